package uk.gov.borough.reintegration.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;
import uk.gov.borough.reintegration.domain.model.cases.Consent;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.model.cases.Stage1Readiness;
import uk.gov.borough.reintegration.domain.model.cases.UniformFunding;
import uk.gov.borough.reintegration.domain.model.cases.UniformSupport;

/** What a draft referral waits for before it goes to the panel, as its task list says it. */
class HardRulesTest {

  private static final HardRules RULES = HardRules.of2020();

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @Test
  @DisplayName(
      "P4: the referral waits for consent (R1), Stage 1 on track (R3) and the uniform (R4)")
  void eachUnmetRuleIsListedInTurnUntilNoneIs() {
    ReintegrationCase reintegration = Fixtures.permanentExclusionCase();
    assertEquals(List.of(Rule.R1, Rule.R3, Rule.R4), rulesUnmet(reintegration));

    reintegration.recordConsent(new Consent("Donna Example (mother)", TODAY, "At the AP", true));
    assertEquals(List.of(Rule.R3, Rule.R4), rulesUnmet(reintegration));

    reintegration.recordStage1(
        new Stage1Readiness("Aims", "Reading", "Behaviour", "95%", true, null, null, null));
    reintegration.decideUniformSupport(
        new UniformSupport(UniformFunding.REFERRING_SCHOOL_BUYS, TODAY, null));
    assertEquals(List.of(), rulesUnmet(reintegration), "nothing stops the referral now");
  }

  @Test
  @DisplayName("R1 asks consent of a permanent exclusion only")
  void aDirectionOffSiteWaitsForNoConsent() {
    assertEquals(List.of(Rule.R3, Rule.R4), rulesUnmet(Fixtures.caseOn(Route.DIRECTION_OFF_SITE)));
  }

  private static List<Rule> rulesUnmet(ReintegrationCase reintegration) {
    return RULES.unmetBeforeReferral(reintegration).stream().map(RuleViolation::rule).toList();
  }
}
