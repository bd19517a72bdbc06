package uk.gov.borough.reintegration.domain.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static uk.gov.borough.reintegration.domain.policy.Refusals.refusedBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;

/**
 * {@link ReadinessShownBeforeStart}, allowed and refused, named by its rule and the policy page it
 * comes from.
 */
class ReadinessShownBeforeStartTest {

  private static final ReadinessShownBeforeStart RULE = new ReadinessShownBeforeStart();

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @Test
  @DisplayName("R2 (P4): progress shown and the return discussed before the start")
  void readinessBeforeStart() {
    ReintegrationCase reintegration = Fixtures.permanentExclusionCase();
    refusedBy(Rule.R2, () -> RULE.check(reintegration));

    reintegration.recordProgressShown(TODAY, "Baseline and now, shared");
    refusedBy(Rule.R2, () -> RULE.check(reintegration));

    reintegration.recordReturnDiscussed(TODAY, "With Sam and mum");
    assertDoesNotThrow(() -> RULE.check(reintegration));
  }
}
