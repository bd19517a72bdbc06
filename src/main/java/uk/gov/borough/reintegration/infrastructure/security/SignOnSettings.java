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
 * How people sign in, from configuration: the demo logins ({@code reintegration.demo-logins}),
 * which exist only while no single sign-on provider is configured ({@code
 * reintegration.oidc.provider-uri}), and the mapping of the sign-on's groups to roles.
 */
@ApplicationScoped
public class SignOnSettings {

  @Inject Config config;

  private GroupMapping groupMapping;
  private Optional<DemoUsers> demoUsers;

  @PostConstruct
  void read() {
    groupMapping =
        new GroupMapping(key -> config.getOptionalValues(key, String.class).orElse(List.of()));
    boolean demo =
        config.getOptionalValue("reintegration.demo-logins", Boolean.class).orElse(false);
    boolean singleSignOn =
        config.getOptionalValue("reintegration.oidc.provider-uri", String.class).isPresent();
    refuseDemoBesideSingleSignOn(demo, singleSignOn);
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

  /** The demo people, when the demo logins are switched on. */
  public Optional<DemoUsers> demoUsers() {
    return demoUsers;
  }
}
