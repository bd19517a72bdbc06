package uk.gov.borough.reintegration.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseConnectivity;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseMigration;

/**
 * {@code /health/ready} is UP only while the database is migrated and answers a round trip through
 * JPA; otherwise DOWN with the reason, so a load balancer keeps traffic away and an operator sees
 * why.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  static final String NAME = "reintegration-database";

  @Inject DatabaseMigration migration;

  @Inject DatabaseConnectivity connectivity;

  @Override
  public HealthCheckResponse call() {
    if (!migration.isMigrated()) {
      return HealthCheckResponse.named(NAME).down().withData("reason", migration.problem()).build();
    }
    return connectivity
        .problem()
        .map(reason -> HealthCheckResponse.named(NAME).down().withData("reason", reason).build())
        .orElseGet(() -> HealthCheckResponse.named(NAME).up().build());
  }
}
