package uk.gov.borough.reintegration.domain.policy;

import uk.gov.borough.reintegration.domain.model.incident.BreakdownCategory;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;

/**
 * R10 (P5): a placement ends without a meeting only for one of the serious breakdown categories;
 * any other ending needs a meeting, recorded.
 */
public final class GroundsForEnding extends HardRule {

  public GroundsForEnding() {
    super(Rule.R10);
  }

  /**
   * @param category the serious breakdown category, or null
   * @param meeting the meeting that agreed the ending, or null
   */
  public void check(BreakdownCategory category, Meeting meeting) {
    if (category == null && (meeting == null || !meeting.isHeld())) {
      throw refusal(
          "A placement ends without a meeting only for a serious breakdown (one of the policy's"
              + " categories). Otherwise record the meeting that agreed the ending.");
    }
  }
}
