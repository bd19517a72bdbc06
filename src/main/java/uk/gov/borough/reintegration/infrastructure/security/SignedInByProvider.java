package uk.gov.borough.reintegration.infrastructure.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;

/**
 * Hands the OpenID Connect mechanism the request, and makes the caller it signs in (on login and on
 * each token refresh) the {@link SignedInPrincipal} the ID token's claims describe, so the rest of
 * the application sees an OIDC session as it sees any other.
 */
final class SignedInByProvider extends HttpMessageContextWrapper {

  private final OpenIdContext tokens;
  private final SingleSignOn provider;
  private final GroupMapping groupMapping;

  SignedInByProvider(
      HttpMessageContext context,
      OpenIdContext tokens,
      SingleSignOn provider,
      GroupMapping groupMapping) {
    super(context);
    this.tokens = tokens;
    this.provider = provider;
    this.groupMapping = groupMapping;
  }

  @Override
  public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return super.notifyContainerAboutLogin(result);
    }
    SignedInPrincipal principal =
        new SignedInPrincipal(
            provider.callerFrom(tokens.getIdentityToken().getClaims()::get, groupMapping));
    return super.notifyContainerAboutLogin(principal, principal.groups());
  }
}
