package uk.gov.borough.reintegration.infrastructure.security;

import jakarta.enterprise.event.Event;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.gov.borough.reintegration.domain.model.access.SignedIn;

/**
 * Hands the OpenID Connect mechanism the request, and makes the caller it signs in (on login and on
 * each token refresh) the {@link SignedInPrincipal} the ID token's claims describe, so the rest of
 * the application sees an OIDC session as it sees any other.
 */
final class SignedInByProvider extends HttpMessageContextWrapper {

  private static final Logger LOG = Logger.getLogger(SignedInByProvider.class.getName());

  private final OpenIdContext tokens;
  private final SingleSignOn provider;
  private final GroupMapping groupMapping;
  private final Event<SignedIn> signedIn;

  SignedInByProvider(
      HttpMessageContext context,
      OpenIdContext tokens,
      SingleSignOn provider,
      GroupMapping groupMapping,
      Event<SignedIn> signedIn) {
    super(context);
    this.tokens = tokens;
    this.provider = provider;
    this.groupMapping = groupMapping;
    this.signedIn = signedIn;
  }

  @Override
  public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return super.notifyContainerAboutLogin(result);
    }
    Function<String, Object> claims = tokens.getIdentityToken().getClaims()::get;
    SignedInPrincipal principal = new SignedInPrincipal(provider.callerFrom(claims, groupMapping));
    try {
      signedIn.fire(new SignedIn(principal.caller(), SingleSignOn.verifiedEmailFrom(claims)));
    } catch (RuntimeException databaseAway) {
      // Binding a lead waits for the next sign-in; signing in does not wait for it
      LOG.log(
          Level.WARNING,
          "Sign-in of {0} not followed up: {1}",
          new Object[] {principal.caller().subject(), databaseAway.toString()});
    }
    return super.notifyContainerAboutLogin(principal, principal.groups());
  }
}
