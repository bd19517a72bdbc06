package uk.gov.borough.reintegration.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The page's messages, sorted for the GOV.UK error summary (issue 18): each refusal with the field
 * it is about, in the order of the page, and what was done.
 */
@Named("errorSummary")
@ApplicationScoped
public class ErrorSummary {

  /**
   * A refusal, and the client id of its field; null for one about the whole form or the address (a
   * view parameter has no field to go to).
   */
  public record Error(String field, String text) {}

  /** The refusals, each with its field: read afresh, as the form's phases add them. */
  public List<Error> getErrors() {
    List<Error> errors = new ArrayList<>();
    each(
        (field, message) -> {
          if (message.getSeverity().compareTo(FacesMessage.SEVERITY_WARN) >= 0) {
            errors.add(
                new Error(
                    field != null && field.contains(":") ? field : null, message.getSummary()));
          }
        });
    return errors;
  }

  /** What was done: the page's own messages that refuse nothing. */
  public List<String> getDone() {
    List<String> done = new ArrayList<>();
    each(
        (field, message) -> {
          if (field == null && message.getSeverity().compareTo(FacesMessage.SEVERITY_WARN) < 0) {
            done.add(message.getSummary());
          }
        });
    return done;
  }

  private static void each(BiConsumer<String, FacesMessage> reader) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<String> fields = faces.getClientIdsWithMessages();
    while (fields.hasNext()) {
      String field = fields.next();
      faces.getMessageList(field).forEach(message -> reader.accept(field, message));
    }
  }
}
