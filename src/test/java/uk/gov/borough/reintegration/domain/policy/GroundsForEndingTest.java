package uk.gov.borough.reintegration.domain.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static uk.gov.borough.reintegration.domain.policy.Refusals.refusedBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.incident.BreakdownCategory;

/**
 * {@link GroundsForEnding}, allowed and refused, named by its rule and the policy page it comes
 * from.
 */
class GroundsForEndingTest {

  private static final GroundsForEnding RULE = new GroundsForEnding();

  @Test
  @DisplayName("R10 (P5): an ending without a meeting only for a serious breakdown category")
  void groundsForEnding() {
    refusedBy(Rule.R10, () -> RULE.check(null, null));
    assertDoesNotThrow(() -> RULE.check(BreakdownCategory.OFFENSIVE_WEAPON, null));
  }
}
