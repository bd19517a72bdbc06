package uk.gov.borough.reintegration.infrastructure.security;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import uk.gov.borough.reintegration.domain.model.access.Caller;

/**
 * The borough's OpenID Connect provider, from configuration ({@code reintegration.oidc.*}), so a
 * borough points the plugin at Entra ID, Keycloak or its portal's provider without a rebuild.
 *
 * @param issuer the provider's issuer, where its discovery document is found
 * @param clientId this application at the provider, and the audience its tokens must carry
 * @param groupsClaim the claim listing the person's groups, mapped to roles
 * @param establishmentsClaim the claim listing the DfE URNs of the person's establishments
 */
public record SingleSignOn(
    String issuer,
    String clientId,
    String clientSecret,
    String scopes,
    String groupsClaim,
    String establishmentsClaim) {

  public static final String PROVIDER_URI = "reintegration.oidc.provider-uri";

  /** The provider's discovery document, as OpenID Connect Discovery 1.0 places it. */
  public String discoveryUri() {
    return issuer.replaceFirst("/+$", "") + "/.well-known/openid-configuration";
  }

  /**
   * The caller a token describes: its subject, its name ({@code name}, or the subject), the roles
   * its groups carry and its establishments.
   *
   * @param claim the token's claim of a name, or null when the token does not carry it
   */
  public Caller callerFrom(Function<String, Object> claim, GroupMapping groupMapping) {
    String subject = String.valueOf(claim.apply("sub"));
    Object name = claim.apply("name");
    return new Caller(
        subject,
        name == null ? subject : name.toString(),
        groupMapping.rolesOf(valuesOf(claim.apply(groupsClaim))),
        Set.copyOf(valuesOf(claim.apply(establishmentsClaim))));
  }

  /**
   * The e-mail the provider vouches for ({@code email} with {@code email_verified} true, as OpenID
   * Connect Core 1.0 names them), or null: only a verified e-mail may bind a named lead (issue 16).
   */
  public static String verifiedEmailFrom(Function<String, Object> claim) {
    Object email = claim.apply("email");
    Object verified = claim.apply("email_verified");
    boolean vouched = Boolean.TRUE.equals(verified) || "true".equals(String.valueOf(verified));
    return vouched && email != null && !email.toString().isBlank() ? email.toString() : null;
  }

  /** Without the client secret, which must never reach a log. */
  @Override
  public String toString() {
    return "SingleSignOn[issuer=" + issuer + ", clientId=" + clientId + "]";
  }

  /** A claim's values, whether the provider sends a list or one string. */
  private static List<String> valuesOf(Object claim) {
    if (claim instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return claim == null ? List.of() : List.of(String.valueOf(claim));
  }
}
