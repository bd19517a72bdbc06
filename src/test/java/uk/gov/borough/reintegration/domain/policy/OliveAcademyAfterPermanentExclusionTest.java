package uk.gov.borough.reintegration.domain.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static uk.gov.borough.reintegration.domain.policy.Refusals.refusedBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.Route;

/**
 * {@link OliveAcademyAfterPermanentExclusion}, allowed and refused, named by its rule and the
 * policy page it comes from.
 */
class OliveAcademyAfterPermanentExclusionTest {

  private static final OliveAcademyAfterPermanentExclusion RULE =
      new OliveAcademyAfterPermanentExclusion();

  @Test
  @DisplayName("R14 (P6): only a permanently excluded pupil returns to Olive Academy")
  void returnToOliveAcademy() {
    assertDoesNotThrow(() -> RULE.check(Fixtures.permanentExclusionCase()));
    ReintegrationCase offSite = Fixtures.caseOn(Route.DIRECTION_OFF_SITE);
    refusedBy(Rule.R14, () -> RULE.check(offSite));
  }
}
