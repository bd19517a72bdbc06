package uk.gov.borough.reintegration.domain.policy;

import java.util.Locale;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;

/**
 * R7 (P8): a transition planning meeting without either school or the pupil does not count and must
 * be rescheduled.
 */
public final class TransitionMeetingAttended extends HardRule {

  public TransitionMeetingAttended() {
    super(Rule.R7);
  }

  public void check(Meeting meeting) {
    if (!meeting.countsAsTransitionPlanningMeeting()) {
      throw refusal(
          "The transition planning meeting does not count without "
              + meeting.absentForTransitionPlanning().stream()
                  .map(role -> role.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                  .sorted()
                  .reduce((a, b) -> a + " and " + b)
                  .orElse("everyone it needs")
              + ": reschedule it.");
    }
  }
}
