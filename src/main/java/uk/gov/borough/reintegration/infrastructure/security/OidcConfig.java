package uk.gov.borough.reintegration.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * The browser's OpenID Connect login (authorization code flow), its settings read from
 * configuration through this bean when the mechanism first needs them, so they are never read while
 * no provider is configured. The provider sends the person back to {@code /signed-in}, which then
 * takes them where they were going (and keeps {@code code} and {@code state} out of the address
 * bar); expired tokens are refreshed, and the session ends when that fails. Signing out ends the
 * session at the provider too, which sends the person back to the sign-in page.
 */
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${oidcConfig.providerUri}",
    clientId = "${oidcConfig.clientId}",
    clientSecret = "${oidcConfig.clientSecret}",
    scopeExpression = "${oidcConfig.scopes}",
    redirectURI = "${baseURL}" + OidcConfig.SIGNED_IN,
    redirectToOriginalResource = false,
    tokenAutoRefresh = true,
    claimsDefinition = @ClaimsDefinition(callerGroupsClaim = "${oidcConfig.groupsClaim}"),
    logout =
        @LogoutDefinition(
            notifyProvider = true,
            accessTokenExpiry = true,
            identityTokenExpiry = true,
            redirectURI = "${baseURL}" + AuthenticationMechanism.LOGIN_PAGE))
@Named("oidcConfig")
@ApplicationScoped
public class OidcConfig {

  /** Where the provider returns the person after they have signed in there. */
  public static final String SIGNED_IN = "/signed-in";

  @Inject SignOnSettings settings;

  private SingleSignOn provider() {
    return settings
        .singleSignOn()
        .orElseThrow(() -> new IllegalStateException(SingleSignOn.PROVIDER_URI + " is not set"));
  }

  public String getProviderUri() {
    return provider().issuer();
  }

  public String getClientId() {
    return provider().clientId();
  }

  public String getClientSecret() {
    return provider().clientSecret();
  }

  public String getScopes() {
    return provider().scopes();
  }

  public String getGroupsClaim() {
    return provider().groupsClaim();
  }
}
