package uk.gov.borough.reintegration.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.borough.reintegration.application.Settings;

/** The limits of {@link DefaultWriteLimits}, checked when the application starts. */
@ApplicationScoped
public class WriteLimitSettings {

  static final String WRITES_KEY = "reintegration.limits.writes-per-minute";
  static final String REFERRALS_KEY = "reintegration.limits.referrals-per-hour";

  @Inject
  @ConfigProperty(name = WRITES_KEY, defaultValue = "60")
  int writesPerMinute;

  @Inject
  @ConfigProperty(name = REFERRALS_KEY, defaultValue = "20")
  int referralsPerHour;

  void checkAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Settings.atLeastOne(WRITES_KEY, writesPerMinute);
    Settings.atLeastOne(REFERRALS_KEY, referralsPerHour);
  }

  int writesPerMinute() {
    return writesPerMinute;
  }

  int referralsPerHour() {
    return referralsPerHour;
  }
}
