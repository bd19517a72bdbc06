package uk.gov.borough.reintegration.domain.policy;

import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentKind;

/** R5 (P4): a pupil attending Olive Academy is ratified at IYFAP before the planning meeting. */
public final class RatifiedBeforePlanningMeeting extends HardRule {

  public RatifiedBeforePlanningMeeting() {
    super(Rule.R5);
  }

  /**
   * @param ratified whether the panel ratified the reintegration
   */
  public void check(ReintegrationCase reintegration, boolean ratified) {
    if (reintegration.getCurrentProvision().getKind() == EstablishmentKind.AP_ACADEMY
        && !ratified) {
      throw refusal(
          "The pupil attends Olive Academy: the reintegration must be ratified at IYFAP before"
              + " the planning meeting is scheduled.");
    }
  }
}
