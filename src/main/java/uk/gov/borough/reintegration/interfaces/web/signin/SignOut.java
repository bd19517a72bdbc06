package uk.gov.borough.reintegration.interfaces.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import uk.gov.borough.reintegration.domain.model.access.Caller;

/**
 * Signing out, from the section's header: ends the session here and, under single sign-on, at the
 * provider, then returns to the sign-in page.
 */
@Named
@RequestScoped
public class SignOut {

  @Inject FacesContext faces;

  @Inject Caller caller;

  public void signOut() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    if (external.isResponseCommitted()) {
      // Under single sign-on the provider's mechanism has ended the session and sent the person
      // on to sign out at the provider too, which brings them back to the sign-in page
      faces.responseComplete();
      return;
    }
    external.invalidateSession();
    external.redirect(request.getContextPath() + "/login.xhtml");
  }

  /** Whether anyone is signed in: the header offers signing out only then. */
  public boolean isSignedIn() {
    return !caller.subject().isEmpty();
  }

  /** Who is signed in, for the header. */
  public String getSignedInName() {
    return caller.name();
  }
}
