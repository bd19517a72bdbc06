package uk.gov.borough.reintegration.infrastructure.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism;
import uk.gov.borough.reintegration.domain.model.access.SignedIn;
import uk.gov.borough.reintegration.interfaces.rest.ApiError;
import uk.gov.borough.reintegration.interfaces.web.PublicAddress;

/**
 * The application's one authentication mechanism (Jakarta Security allows one). With single
 * sign-on, people sign in at the provider (OpenID Connect, handed to Soteria's mechanism) and API
 * callers send the provider's access token; without it, people sign in on the login page as demo
 * people and API callers use HTTP Basic. People stay signed in for the session; API callers send
 * their credentials with each call and are never redirected.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class AuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/login.xhtml";

  /** Where a person was going when the provider's login began, for {@code /signed-in}. */
  public static final String CONTINUE_TO = AuthenticationMechanism.class.getName() + ".continue";

  /** The JASPIC key by which the container keeps the signed-in caller in the session. */
  private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

  private static final String BASIC = "Basic ";
  private static final String BEARER = "Bearer ";
  private static final String BEARER_MESSAGE =
      "Sign in: send a valid access token from the borough's sign-on with each call"
          + " (Authorization: Bearer).";

  @Inject IdentityStoreHandler identityStores;

  @Inject SignOnSettings settings;

  @Inject BearerTokens bearerTokens;

  @Inject Event<SignedIn> signedIn;

  @Inject PublicAddress publicAddress;

  /** Soteria's OpenID Connect mechanism, which the browsers' login goes to under single sign-on. */
  @Inject Instance<OpenIdAuthenticationMechanism> openId;

  @Inject Instance<OpenIdContext> openIdContext;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    Credential signIn = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && signIn != null) {
      return check(signIn, context);
    }
    Optional<SingleSignOn> provider = settings.singleSignOn();
    if (ApiError.isApiCall(request)) {
      // Each call carries its credentials and leaves no session behind: a session per call would
      // fill the heap, and a browser's session cookie must be no way into the API (no CSRF)
      return provider.isPresent()
          ? checkBearer(request, response, context)
          : checkBasic(request, response, context);
    }
    if (request.getUserPrincipal() != null && !context.getAuthParameters().isNewAuthentication()) {
      // The provider's mechanism sees every request of its sessions: it refreshes expired
      // tokens, and ends the session when that fails
      return provider.isPresent()
          ? signOnAtProvider(request, response, context, provider.get())
          : continueSession(request, context);
    }
    if (provider.isPresent()) {
      if (context.isProtected()) {
        request.getSession().setAttribute(CONTINUE_TO, originalAddress(request));
      }
      return signOnAtProvider(request, response, context, provider.get());
    }
    if (context.isProtected()) {
      // Set here, not by the container, which would name the request's own Host (issue 14)
      response.setStatus(HttpServletResponse.SC_FOUND);
      response.setHeader(
          "Location",
          publicAddress.of(
              request,
              request.getContextPath()
                  + LOGIN_PAGE
                  + "?continue="
                  + URLEncoder.encode(originalAddress(request), StandardCharsets.UTF_8)));
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.doNothing();
  }

  @Override
  public AuthenticationStatus secureResponse(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return settings.singleSignOn().isPresent() && !ApiError.isApiCall(request)
        ? openId.get().secureResponse(request, response, context)
        : HttpAuthenticationMechanism.super.secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (settings.singleSignOn().isPresent()) {
      openId.get().cleanSubject(request, response, context);
    } else {
      HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
  }

  private AuthenticationStatus signOnAtProvider(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      SingleSignOn provider)
      throws AuthenticationException {
    return openId
        .get()
        .validateRequest(
            request,
            response,
            new SignedInByProvider(
                context, openIdContext.get(), provider, settings.groupMapping(), signedIn));
  }

  /** A demo person signed in earlier in this session (what {@code @AutoApplySession} does). */
  private static AuthenticationStatus continueSession(
      HttpServletRequest request, HttpMessageContext context) throws AuthenticationException {
    try {
      context
          .getHandler()
          .handle(
              new Callback[] {
                new CallerPrincipalCallback(context.getClientSubject(), request.getUserPrincipal())
              });
    } catch (IOException | UnsupportedCallbackException e) {
      throw new AuthenticationException(e);
    }
    return AuthenticationStatus.SUCCESS;
  }

  /** Demo people's HTTP Basic, while the demo logins are on (the identity store says). */
  private AuthenticationStatus checkBasic(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null || !authorization.startsWith(BASIC)) {
      return context.isProtected() ? refuseApiCall(response) : context.doNothing();
    }
    return check(basicCredential(authorization), context);
  }

  private AuthenticationStatus check(Credential credential, HttpMessageContext context) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      if (!ApiError.isApiCall(context.getRequest())) {
        // Kept in the session, so the person signs in once
        context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
      }
      return context.notifyContainerAboutLogin(result);
    }
    // The sign-in page says what went wrong itself: answering "not done" keeps the container
    // from sending a bare 401 in its place. API callers get the 401 and its challenge.
    return ApiError.isApiCall(context.getRequest())
        ? refuseApiCall(context.getResponse())
        : context.doNothing();
  }

  /** With single sign-on, API callers send the provider's access token (RFC 6750). */
  private AuthenticationStatus checkBearer(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return context.isProtected()
          ? refuse(response, "Bearer realm=\"reintegration\"", BEARER_MESSAGE)
          : context.doNothing();
    }
    return bearerTokens
        .callerOf(authorization.substring(BEARER.length()).trim())
        .map(SignedInPrincipal::new)
        .map(principal -> context.notifyContainerAboutLogin(principal, principal.groups()))
        .orElseGet(
            () ->
                refuse(
                    response,
                    "Bearer realm=\"reintegration\", error=\"invalid_token\"",
                    BEARER_MESSAGE));
  }

  private static AuthenticationStatus refuseApiCall(HttpServletResponse response) {
    return refuse(
        response,
        "Basic realm=\"reintegration\", charset=\"UTF-8\"",
        "Sign in: send your user name and password with each call (HTTP Basic).");
  }

  /**
   * 401 with a challenge and a JSON body like every other API answer, written and sent here so that
   * no HTML error page takes its place.
   */
  private static AuthenticationStatus refuse(
      HttpServletResponse response, String challenge, String message) {
    response.setHeader("WWW-Authenticate", challenge);
    try {
      new ApiError(HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", message, List.of())
          .writeTo(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
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
