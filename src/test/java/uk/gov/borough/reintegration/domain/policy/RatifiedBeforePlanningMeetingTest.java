package uk.gov.borough.reintegration.domain.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static uk.gov.borough.reintegration.domain.policy.Refusals.refusedBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.Route;

/**
 * {@link RatifiedBeforePlanningMeeting}, allowed and refused, named by its rule and the policy page
 * it comes from.
 */
class RatifiedBeforePlanningMeetingTest {

  private static final RatifiedBeforePlanningMeeting RULE = new RatifiedBeforePlanningMeeting();

  @Test
  @DisplayName("R5 (P4): an Olive Academy pupil is ratified before the planning meeting")
  void ratifiedBeforePlanningMeeting() {
    ReintegrationCase atOlive = Fixtures.permanentExclusionCase();
    refusedBy(Rule.R5, () -> RULE.check(atOlive, false));
    assertDoesNotThrow(() -> RULE.check(atOlive, true));

    ReintegrationCase managedMove = Fixtures.caseOn(Route.MANAGED_MOVE);
    assertDoesNotThrow(() -> RULE.check(managedMove, false));
  }
}
