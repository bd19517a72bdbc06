package uk.gov.borough.reintegration.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import uk.gov.borough.reintegration.infrastructure.policy.PolicyEditions;

/**
 * {@code /health/ready} is DOWN while the policy settings cannot be taken: an edition no release
 * has, or an override file with a line at fault, named with the file and the line (issue 15). UP,
 * it says the edition new cases are opened under.
 */
@Readiness
@ApplicationScoped
public class PolicyReadinessCheck implements HealthCheck {

  static final String NAME = "reintegration-policy";

  @Inject PolicyEditions editions;

  @Override
  public HealthCheckResponse call() {
    return editions
        .problem()
        .map(problem -> HealthCheckResponse.named(NAME).down().withData("reason", problem).build())
        .orElseGet(
            () ->
                HealthCheckResponse.named(NAME)
                    .up()
                    .withData("edition", editions.forNewCases().toString())
                    .build());
  }
}
