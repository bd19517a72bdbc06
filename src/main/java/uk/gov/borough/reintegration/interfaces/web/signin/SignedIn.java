package uk.gov.borough.reintegration.interfaces.web.signin;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import uk.gov.borough.reintegration.infrastructure.security.AuthenticationMechanism;
import uk.gov.borough.reintegration.infrastructure.security.OidcConfig;

/**
 * Where the single sign-on provider returns a person: the login is complete by the time this runs,
 * so it takes them where they were going, leaving {@code code} and {@code state} out of the address
 * bar.
 */
@WebServlet(OidcConfig.SIGNED_IN)
public class SignedIn extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getUserPrincipal() == null) {
      response.sendRedirect(request.getContextPath() + "/");
      return;
    }
    HttpSession session = request.getSession();
    String continueTo = (String) session.getAttribute(AuthenticationMechanism.CONTINUE_TO);
    session.removeAttribute(AuthenticationMechanism.CONTINUE_TO);
    // A new session id on sign-in, so an id planted before it is worth nothing (ASVS 3.2.1)
    request.changeSessionId();
    response.sendRedirect(
        request.getContextPath()
            + SignIn.localPathOrHome(continueTo, getServletContext()::getResource));
  }
}
