package uk.gov.borough.reintegration.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock every service reads "today" from: the borough's time zone, so a school day begins at
 * midnight in England whatever the server's own zone.
 */
@ApplicationScoped
public class ClockProducer {

  @Inject
  @ConfigProperty(name = "reintegration.time-zone", defaultValue = "Europe/London")
  String timeZone;

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(ZoneId.of(timeZone));
  }
}
