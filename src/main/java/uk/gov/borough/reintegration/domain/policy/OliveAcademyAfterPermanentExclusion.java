package uk.gov.borough.reintegration.domain.policy;

import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.Route;

/**
 * R14 (P6): a pupil returns to Olive Academy after a failed reintegration from a permanent
 * exclusion; any other pupil may return to the referring school (R15).
 */
public final class OliveAcademyAfterPermanentExclusion extends HardRule {

  public OliveAcademyAfterPermanentExclusion() {
    super(Rule.R14);
  }

  public void check(ReintegrationCase reintegration) {
    if (reintegration.getRoute() != Route.PERMANENT_EXCLUSION) {
      throw refusal(
          "Only a pupil who was permanently excluded returns to Olive Academy; this pupil may"
              + " return to the referring school (R15).");
    }
  }
}
