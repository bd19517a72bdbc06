package uk.gov.borough.reintegration.interfaces.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;

/**
 * A form sent without its page's CSP nonce, which PrimeFaces' script adds to every form, is taken
 * back to its page saying nothing was saved, before anything in it is taken (issue 13): PrimeFaces
 * would not draw the page again for such a post, and the person would get an error page. It comes
 * from a browser with JavaScript off, or from elsewhere. The sign-in form carries its nonce itself,
 * so signing in works without JavaScript.
 */
public class ScriptlessPosts implements PhaseListener {

  /** The request parameter the nonce is sent in, and the key PrimeFaces keeps the page's under. */
  private static final String NONCE = "primefaces.nonce";

  private static final String NOT_SAVED =
      "This page needs JavaScript to send a form, so what you sent was not saved. Turn"
          + " JavaScript on, then fill it in again and send it.";

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.APPLY_REQUEST_VALUES;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    // A page asked for with parameters (case.xhtml?id=) goes through this phase too
    if (!faces.isPostback()) {
      return;
    }
    UIViewRoot page = faces.getViewRoot();
    Map<String, Object> pageState = page.getViewMap(false);
    Object pageNonce = pageState == null ? null : pageState.get(NONCE);
    if (pageNonce == null
        || !pageNonce.equals(faces.getExternalContext().getRequestParameterMap().get(NONCE))) {
      ExpiredViews.backToThePage(faces, page.getViewId(), NOT_SAVED);
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {}
}
