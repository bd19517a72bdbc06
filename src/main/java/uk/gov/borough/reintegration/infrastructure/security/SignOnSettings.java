package uk.gov.borough.reintegration.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * How people sign in, from configuration: the single sign-on provider ({@code
 * reintegration.oidc.*}), the demo logins ({@code reintegration.demo-logins}), which exist only
 * while no provider is configured, and the mapping of the sign-on's groups to roles.
 */
@ApplicationScoped
public class SignOnSettings {

  @Inject Config config;

  private GroupMapping groupMapping;
  private Optional<DemoUsers> demoUsers;
  private Optional<SingleSignOn> singleSignOn;

  @PostConstruct
  void read() {
    groupMapping =
        new GroupMapping(key -> config.getOptionalValues(key, String.class).orElse(List.of()));
    boolean demo =
        config.getOptionalValue("reintegration.demo-logins", Boolean.class).orElse(false);
    singleSignOn =
        config
            .getOptionalValue(SingleSignOn.PROVIDER_URI, String.class)
            .map(
                issuer ->
                    new SingleSignOn(
                        issuer,
                        required("reintegration.oidc.client-id"),
                        required("reintegration.oidc.client-secret"),
                        setting("reintegration.oidc.scopes", "openid profile email"),
                        setting("reintegration.oidc.groups-claim", "groups"),
                        setting("reintegration.oidc.establishments-claim", "establishments")));
    refuseDemoBesideSingleSignOn(demo, singleSignOn.isPresent());
    demoUsers =
        demo
            ? Optional.of(
                DemoUsers.load(
                    config
                        .getOptionalValue("reintegration.demo-logins.password", String.class)
                        .orElseThrow(
                            () ->
                                new IllegalStateException(
                                    "reintegration.demo-logins is true but"
                                        + " reintegration.demo-logins.password is not set"))))
            : Optional.empty();
  }

  private String required(String key) {
    return config
        .getOptionalValue(key, String.class)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    SingleSignOn.PROVIDER_URI + " is set but " + key + " is not"));
  }

  private String setting(String key, String byDefault) {
    return config.getOptionalValue(key, String.class).orElse(byDefault);
  }

  /** The demo people must never be able to sign in where real people do. */
  static void refuseDemoBesideSingleSignOn(boolean demo, boolean singleSignOn) {
    if (demo && singleSignOn) {
      throw new IllegalStateException(
          "reintegration.demo-logins is true while single sign-on is configured"
              + " (reintegration.oidc.provider-uri): the demo logins must never run beside real"
              + " sign-on. Switch one of them off.");
    }
  }

  /** Reads the settings while the application starts, so a refused combination stops it there. */
  void atStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
    groupMapping();
  }

  public GroupMapping groupMapping() {
    return groupMapping;
  }

  /** The single sign-on provider, when one is configured. */
  public Optional<SingleSignOn> singleSignOn() {
    return singleSignOn;
  }

  /** The demo people, when the demo logins are switched on. */
  public Optional<DemoUsers> demoUsers() {
    return demoUsers;
  }
}
