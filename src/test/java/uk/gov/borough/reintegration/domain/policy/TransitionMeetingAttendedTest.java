package uk.gov.borough.reintegration.domain.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;
import uk.gov.borough.reintegration.domain.model.meeting.Attendee;
import uk.gov.borough.reintegration.domain.model.meeting.AttendeeRole;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;
import uk.gov.borough.reintegration.domain.model.meeting.MeetingKind;

/**
 * {@link TransitionMeetingAttended}, allowed and refused, named by its rule and the policy page it
 * comes from.
 */
class TransitionMeetingAttendedTest {

  private static final TransitionMeetingAttended RULE = new TransitionMeetingAttended();

  @Test
  @DisplayName("R7 (P8): a transition planning meeting without the pupil does not count")
  void transitionMeetingAttendance() {
    Meeting meeting =
        new Meeting(
            Fixtures.permanentExclusionCase(),
            MeetingKind.TRANSITION_PLANNING,
            LocalDateTime.of(2026, 11, 26, 15, 30),
            LocalDateTime.of(2026, 11, 26, 16, 30),
            "Receiving school");
    meeting.recordAttendees(
        List.of(
            new Attendee("Head of year", AttendeeRole.RECEIVING_SCHOOL, true),
            new Attendee("AP lead", AttendeeRole.REFERRING_SCHOOL, true),
            new Attendee("Sam", AttendeeRole.PUPIL, false)));
    meeting.markHeld();
    RuleViolation refused = assertThrows(RuleViolation.class, () -> RULE.check(meeting));
    assertEquals(Rule.R7, refused.rule());
    assertTrue(refused.getMessage().contains("pupil"), refused.getMessage());

    meeting.recordAttendees(
        List.of(
            new Attendee("Head of year", AttendeeRole.RECEIVING_SCHOOL, true),
            new Attendee("AP lead", AttendeeRole.REFERRING_SCHOOL, true),
            new Attendee("Sam", AttendeeRole.PUPIL, true)));
    assertDoesNotThrow(() -> RULE.check(meeting));
  }
}
