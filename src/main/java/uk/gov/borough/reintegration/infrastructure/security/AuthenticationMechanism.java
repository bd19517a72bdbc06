package uk.gov.borough.reintegration.infrastructure.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The application's one authentication mechanism (Jakarta Security allows one): people sign in on
 * the login page and stay signed in for the session; API callers send their credentials with each
 * call and are never redirected. The sign-in is checked by the identity stores (the demo people,
 * until single sign-on is configured).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
@AutoApplySession
public class AuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";
  private static final String BASIC = "Basic ";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential signIn = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && signIn != null) {
      return check(signIn, context);
    }
    if (isApiCall(request)) {
      String authorization = request.getHeader("Authorization");
      if (authorization != null && authorization.startsWith(BASIC)) {
        return check(basicCredential(authorization), context);
      }
      return context.isProtected() ? refuseApiCall(response, context) : context.doNothing();
    }
    if (context.isProtected()) {
      return context.redirect(
          request.getContextPath()
              + LOGIN_PAGE
              + "?continue="
              + URLEncoder.encode(originalAddress(request), StandardCharsets.UTF_8));
    }
    return context.doNothing();
  }

  private AuthenticationStatus check(Credential credential, HttpMessageContext context) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(result);
    }
    // The sign-in page says what went wrong itself: answering "not done" keeps the container
    // from sending a bare 401 in its place. API callers get the 401 and its challenge.
    return isApiCall(context.getRequest())
        ? refuseApiCall(context.getResponse(), context)
        : context.doNothing();
  }

  /**
   * 401 with a challenge and a JSON body like every other API answer, written and sent here so that
   * no HTML error page takes its place.
   */
  private static AuthenticationStatus refuseApiCall(
      HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"reintegration\", charset=\"UTF-8\"");
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    try {
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("status", HttpServletResponse.SC_UNAUTHORIZED)
                  .add("error", "Unauthorized")
                  .add(
                      "message",
                      "Sign in: send your user name and password with each call (HTTP Basic).")
                  .add("fields", Json.createArrayBuilder())
                  .build()
                  .toString());
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean isApiCall(HttpServletRequest request) {
    return request.getServletPath().startsWith("/api");
  }

  /** A malformed header is a wrong password, not a server error. */
  private static Credential basicCredential(String authorization) {
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0
          ? new UsernamePasswordCredential(decoded, "")
          : new UsernamePasswordCredential(
              decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException notBase64) {
      return new UsernamePasswordCredential("", "");
    }
  }

  /** Where the person was going, within this application only. */
  private static String originalAddress(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
  }
}
