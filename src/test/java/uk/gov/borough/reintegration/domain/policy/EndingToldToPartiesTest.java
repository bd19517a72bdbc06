package uk.gov.borough.reintegration.domain.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static uk.gov.borough.reintegration.domain.policy.Refusals.refusedBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;

/** {@link EndingToldToParties}, allowed and refused. */
class EndingToldToPartiesTest {

  private static final EndingToldToParties RULE = new EndingToldToParties();

  @Test
  @DisplayName("R11 (P5): an ending needs every parent or carer reachable by e-mail or by post")
  void everyParentIsReachable() {
    ReintegrationCase reintegration = Fixtures.permanentExclusionCase();
    refusedBy(Rule.R11, () -> RULE.check(reintegration));

    reintegration.addParentCarer("Donna Example", "Mother", null, null, true);
    refusedBy(Rule.R11, () -> RULE.check(reintegration));

    reintegration.addParentCarer("Sol Example", "Father", "sol@example.org", null, true);
    refusedBy(Rule.R11, () -> RULE.check(reintegration));
  }

  @Test
  @DisplayName("R11 (P5): a parent with a postal address only is told by letter")
  void aLetterReachesAParent() {
    ReintegrationCase reintegration = Fixtures.permanentExclusionCase();
    reintegration.addParentCarer("Donna Example", "Mother", null, "1 High Street, Example", true);
    assertDoesNotThrow(() -> RULE.check(reintegration));
  }
}
