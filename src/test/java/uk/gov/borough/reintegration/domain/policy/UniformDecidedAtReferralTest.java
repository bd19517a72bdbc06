package uk.gov.borough.reintegration.domain.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static uk.gov.borough.reintegration.domain.policy.Refusals.refusedBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.UniformFunding;
import uk.gov.borough.reintegration.domain.model.cases.UniformSupport;

/**
 * {@link UniformDecidedAtReferral}, allowed and refused, named by its rule and the policy page it
 * comes from.
 */
class UniformDecidedAtReferralTest {

  private static final UniformDecidedAtReferral RULE = new UniformDecidedAtReferral();

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @Test
  @DisplayName(
      "R4 (P5): the uniform is decided at referral; free school meals mean the school buys")
  void uniformDecided() {
    ReintegrationCase reintegration = Fixtures.permanentExclusionCase();
    refusedBy(Rule.R4, () -> RULE.check(reintegration));

    reintegration.decideUniformSupport(
        new UniformSupport(UniformFunding.FINANCIAL_ASSISTANCE, TODAY, null));
    refusedBy(Rule.R4, () -> RULE.check(reintegration));

    reintegration.recordAsylumSeekerOrRefugee(true);
    assertDoesNotThrow(
        () -> RULE.check(reintegration),
        "an asylum seeker on free school meals may have financial assistance");

    reintegration.recordAsylumSeekerOrRefugee(false);
    reintegration.decideUniformSupport(
        new UniformSupport(UniformFunding.REFERRING_SCHOOL_BUYS, TODAY, null));
    assertDoesNotThrow(() -> RULE.check(reintegration));
  }
}
