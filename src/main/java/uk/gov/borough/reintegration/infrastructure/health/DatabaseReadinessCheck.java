package uk.gov.borough.reintegration.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseConnectivity;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseFailureLog;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseMigration;
import uk.gov.borough.reintegration.infrastructure.persistence.audit.AuditTrailProtection;

/**
 * {@code /health/ready} is UP only while the database is migrated and answers a round trip;
 * otherwise DOWN with the reason, so a load balancer keeps traffic away and an operator sees why.
 *
 * <p>While UP it still says why requests were lately answered 503 (a statement past its timeout, no
 * connection free: the database answers, but not every request in time), and when the audit trail
 * is not safe from the application's own user (issue 13, points 6 and 7).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  static final String NAME = "reintegration-database";

  /** As long as a person is asked to wait before trying again (the 503's Retry-After). */
  private static final Duration RECENT = Duration.ofSeconds(30);

  @Inject DatabaseMigration migration;

  @Inject DatabaseConnectivity connectivity;

  @Inject DatabaseFailureLog failures;

  @Inject AuditTrailProtection auditTrail;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
    if (!migration.isMigrated()) {
      return response.down().withData("reason", migration.problem()).build();
    }
    connectivity
        .problem()
        .ifPresentOrElse(
            reason -> response.down().withData("reason", reason),
            () -> {
              failures.databaseAnswered();
              response.up();
            });
    failures
        .latestOutageWithin(RECENT)
        .ifPresent(latest -> response.withData("turnedAway", latest));
    auditTrail.weakness().ifPresent(weakness -> response.withData("auditTrail", weakness));
    return response.build();
  }
}
