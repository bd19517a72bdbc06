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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form sent from a page the server no longer holds (the session ended, the server restarted, or
 * the post came from elsewhere) takes the person back to the same page, the same case's page for a
 * case form, saying nothing was saved (issue 5, item 10): no stack trace, and no action taken on a
 * post Faces cannot vouch for (faces-config, cross-site request forgery).
 */
public class ExpiredViews extends ExceptionHandlerFactory {

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
      Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
      while (queued.hasNext()) {
        // Only back to one of the section's own views: never a "//host" an address could carry
        if (getRootCause(queued.next().getContext().getException())
                instanceof ViewExpiredException expired
            && expired.getViewId() != null
            && expired.getViewId().matches("/[\\w/-]+\\.xhtml")) {
          queued.remove();
          backToThePage(expired.getViewId());
        }
      }
      getWrapped().handle();
    }

    private static void backToThePage(String viewId) {
      FacesContext faces = FacesContext.getCurrentInstance();
      ExternalContext external = faces.getExternalContext();
      String caseId =
          external.getRequestParameterMap().entrySet().stream()
              .filter(p -> p.getKey().endsWith(":caseId") && p.getValue().matches("\\d{1,18}"))
              .map(p -> "?id=" + p.getValue())
              .findFirst()
              .orElse("");
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_WARN,
              "This page had expired, so what you sent was not saved. Fill it in again and"
                  + " send it.",
              null));
      external.getFlash().setKeepMessages(true);
      try {
        external.redirect(external.getRequestContextPath() + viewId + caseId);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      faces.responseComplete();
    }
  }
}
