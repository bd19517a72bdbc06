package uk.gov.borough.reintegration.domain.model.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;

class MeetingTest {

  private static final LocalDateTime START = LocalDateTime.of(2025, 2, 4, 10, 0);

  private static Meeting meeting(MeetingKind kind) {
    return new Meeting(
        Fixtures.permanentExclusionCase(), kind, START, START.plusHours(1), "Receiving school");
  }

  private static List<Attendee> everyoneNeeded(boolean pupilPresent) {
    return List.of(
        new Attendee("Head of year, referring school", AttendeeRole.REFERRING_SCHOOL, true),
        new Attendee("SENCo, receiving school", AttendeeRole.RECEIVING_SCHOOL, true),
        new Attendee("Sam", AttendeeRole.PUPIL, pupilPresent),
        new Attendee("Mother", AttendeeRole.PARENT_CARER, true));
  }

  @Test
  @DisplayName("R7 (P8): held with both schools and the pupil present, the meeting counts")
  void countsWithBothSchoolsAndThePupil() {
    Meeting meeting = meeting(MeetingKind.TRANSITION_PLANNING);
    meeting.recordAttendees(everyoneNeeded(true));
    meeting.markHeld();
    assertTrue(meeting.countsAsTransitionPlanningMeeting());
    assertEquals(Set.of(), meeting.absentForTransitionPlanning());
  }

  @Test
  @DisplayName("R7 (P8): with the pupil absent the meeting does not count")
  void pupilAbsent() {
    Meeting meeting = meeting(MeetingKind.TRANSITION_PLANNING);
    meeting.recordAttendees(everyoneNeeded(false));
    meeting.markHeld();
    assertFalse(meeting.countsAsTransitionPlanningMeeting());
    assertEquals(Set.of(AttendeeRole.PUPIL), meeting.absentForTransitionPlanning());
  }

  @Test
  @DisplayName("R7 (P8): with the receiving school absent the meeting does not count")
  void receivingSchoolAbsent() {
    Meeting meeting = meeting(MeetingKind.TRANSITION_PLANNING);
    meeting.recordAttendees(
        List.of(
            new Attendee("Head of year", AttendeeRole.REFERRING_SCHOOL, true),
            new Attendee("SENCo", AttendeeRole.RECEIVING_SCHOOL, false),
            new Attendee("Sam", AttendeeRole.PUPIL, true)));
    meeting.markHeld();
    assertFalse(meeting.countsAsTransitionPlanningMeeting());
    assertEquals(Set.of(AttendeeRole.RECEIVING_SCHOOL), meeting.absentForTransitionPlanning());
  }

  @Test
  @DisplayName("R7 (P8): a meeting not yet held does not count")
  void notHeld() {
    Meeting meeting = meeting(MeetingKind.TRANSITION_PLANNING);
    meeting.recordAttendees(everyoneNeeded(true));
    assertFalse(meeting.countsAsTransitionPlanningMeeting());
  }

  @Test
  @DisplayName("R7 (P8): a planning meeting counts only when it is also the transition meeting")
  void planningMeetingAlsoTransitionPlanning() {
    Meeting meeting = meeting(MeetingKind.PLANNING);
    meeting.recordAttendees(everyoneNeeded(true));
    meeting.markHeld();
    assertFalse(meeting.countsAsTransitionPlanningMeeting());

    meeting.alsoCountAsTransitionPlanning();
    assertTrue(meeting.countsAsTransitionPlanningMeeting());
  }

  @Test
  @DisplayName("R7 (P8): a review meeting is never the transition planning meeting")
  void reviewMeetingNeverCounts() {
    Meeting meeting = meeting(MeetingKind.REVIEW);
    meeting.recordAttendees(everyoneNeeded(true));
    meeting.markHeld();
    assertFalse(meeting.countsAsTransitionPlanningMeeting());
    assertThrows(IllegalStateException.class, meeting::alsoCountAsTransitionPlanning);
  }

  @Test
  @DisplayName("P8: a cancelled meeting cannot be held, and a held one cannot be cancelled")
  void heldAndCancelledExcludeEachOther() {
    Meeting cancelled = meeting(MeetingKind.TRANSITION_PLANNING);
    cancelled.cancel();
    assertThrows(IllegalStateException.class, cancelled::markHeld);

    Meeting held = meeting(MeetingKind.TRANSITION_PLANNING);
    held.markHeld();
    assertThrows(IllegalStateException.class, held::cancel);
  }

  @Test
  @DisplayName("Stage 3 (P8): one checklist row per item, the latest replacing the earlier")
  void checklistRowReplacesSameItem() {
    Meeting meeting = meeting(MeetingKind.TRANSITION_PLANNING);
    meeting.recordChecklistRow(
        new ChecklistRow(TransitionChecklistItem.PROPOSED_START_DATE, "3 March", null));
    meeting.recordChecklistRow(
        new ChecklistRow(TransitionChecklistItem.EQUIPMENT, "PE kit", "Parent agreed"));
    meeting.recordChecklistRow(
        new ChecklistRow(TransitionChecklistItem.PROPOSED_START_DATE, "10 March", "Agreed"));

    assertEquals(2, meeting.getChecklist().size());
    assertTrue(
        meeting
            .getChecklist()
            .contains(
                new ChecklistRow(
                    TransitionChecklistItem.PROPOSED_START_DATE, "10 March", "Agreed")));
  }

  @Test
  @DisplayName("Stage 3 (P8): the checklist belongs to the transition planning meeting")
  void checklistOnlyOnTransitionPlanning() {
    Meeting review = meeting(MeetingKind.REVIEW);
    ChecklistRow row = new ChecklistRow(TransitionChecklistItem.EQUIPMENT, "PE kit", null);
    assertThrows(IllegalStateException.class, () -> review.recordChecklistRow(row));
  }

  @Test
  @DisplayName("Stage 3 (P8): the checklist rows are the policy's eleven, in its words")
  void checklistItemsAreThePolicys() {
    assertEquals(11, TransitionChecklistItem.values().length);
    assertEquals(
        "Proposed transition start date", TransitionChecklistItem.PROPOSED_START_DATE.label());
    assertEquals(
        "Parent and pupil are clear on attendance and punctuality policy",
        TransitionChecklistItem.ATTENDANCE_AND_PUNCTUALITY_POLICY.label());
    assertEquals(
        "Any other information that will support this transition back to school",
        TransitionChecklistItem.OTHER_INFORMATION.label());
  }

  @Test
  @DisplayName("P8: a meeting ends after it starts and has a location")
  void meetingShape() {
    Meeting meeting =
        new Meeting(Fixtures.permanentExclusionCase(), MeetingKind.REVIEW, START, START, " ");
    assertEquals(
        Set.of("The meeting must end after it starts", "Give the meeting's location"),
        Fixtures.violations(meeting));
  }

  @Test
  @DisplayName("Issue 13: a meeting is arranged at most a year ahead; a later start is mistyped")
  void aStartMoreThanAYearAheadIsOutOfReach() {
    LocalDate today = LocalDate.of(2026, 12, 7);
    assertTrue(Meeting.isInReach(LocalDateTime.of(2027, 12, 7, 23, 0), today));
    assertTrue(Meeting.isInReach(LocalDateTime.of(2026, 9, 1, 10, 0), today), "one held before");
    assertFalse(Meeting.isInReach(LocalDateTime.of(2027, 12, 8, 9, 0), today));
  }
}
