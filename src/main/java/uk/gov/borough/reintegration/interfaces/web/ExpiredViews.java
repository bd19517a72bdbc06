package uk.gov.borough.reintegration.interfaces.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.render.ResponseStateManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A form sent from a page the server no longer holds (the session ended, the server restarted, or
 * the post came from elsewhere) takes the person back to the same page, the same case's page for a
 * case form, saying nothing was saved (issue 5, item 10): no stack trace, and no action taken on a
 * post Faces cannot vouch for (faces-config, cross-site request forgery). So does a post claiming
 * its page kept no state ({@code ViewState=stateless}): no page here is stateless, so it is forged
 * (issue 13).
 */
public class ExpiredViews extends ExceptionHandlerFactory {

  /** Only back to one of the section's own views: never a "//host" an address could carry. */
  private static final Pattern SECTION_VIEW = Pattern.compile("/[\\w-]+\\.xhtml");

  private static final String NOT_SAVED =
      "This page had expired, so what you sent was not saved. Fill it in again and send it.";

  public ExpiredViews(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      FacesContext faces = FacesContext.getCurrentInstance();
      Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
      while (queued.hasNext()) {
        Throwable failure = getRootCause(queued.next().getContext().getException());
        String viewId =
            failure instanceof ViewExpiredException expired
                ? expired.getViewId()
                : isForgedStateless(faces)
                    ? faces.getExternalContext().getRequestServletPath()
                    : null;
        if (viewId != null && SECTION_VIEW.matcher(viewId).matches()) {
          queued.remove();
          // One answer, should the post have failed more than once
          if (!faces.getResponseComplete()) {
            backToThePage(faces, viewId, NOT_SAVED);
          }
        }
      }
      getWrapped().handle();
    }

    private static boolean isForgedStateless(FacesContext faces) {
      return "stateless"
          .equals(
              faces
                  .getExternalContext()
                  .getRequestParameterMap()
                  .get(ResponseStateManager.VIEW_STATE_PARAM));
    }
  }

  /**
   * Back to the page the post came from, with the message, before anything in the post is taken:
   * the same case's page, at the part the form was on, for a case form.
   */
  static void backToThePage(FacesContext faces, String viewId, String message) {
    ExternalContext external = faces.getExternalContext();
    Map<String, String> sent = external.getRequestParameterMap();
    String part = sent.getOrDefault("part", "");
    String caseId =
        sent.entrySet().stream()
            .filter(p -> p.getKey().endsWith(":caseId") && p.getValue().matches("\\d{1,18}"))
            .map(p -> "?id=" + p.getValue() + (part.matches("[a-z]{1,20}") ? "&part=" + part : ""))
            .findFirst()
            .orElse("");
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, message, null));
    external.getFlash().setKeepMessages(true);
    try {
      external.redirect(external.getRequestContextPath() + viewId + caseId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
