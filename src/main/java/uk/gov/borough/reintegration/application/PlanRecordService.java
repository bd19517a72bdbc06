package uk.gov.borough.reintegration.application;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.meeting.AgreedAction;
import uk.gov.borough.reintegration.domain.model.meeting.Attendee;
import uk.gov.borough.reintegration.domain.model.meeting.ChecklistRow;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;
import uk.gov.borough.reintegration.domain.model.meeting.MeetingKind;
import uk.gov.borough.reintegration.domain.model.meeting.PlanningRecord;
import uk.gov.borough.reintegration.domain.model.plan.Evaluation;
import uk.gov.borough.reintegration.domain.model.plan.EvaluationQuestion;
import uk.gov.borough.reintegration.domain.model.plan.PhasedReturnWeek;

/**
 * The Reintegration Plan's records (P7-P9): its meetings, the phased-return weeks of Stage 2 and
 * the Stage 4 evaluations, each written against the version of the case the caller read.
 */
public interface PlanRecordService {

  /**
   * A meeting of one of the three kinds (P4, P5, P8). A planning meeting for an Olive Academy pupil
   * needs the ratification first (R5). Its attendees' schools are told.
   */
  Meeting scheduleMeeting(Caller caller, long caseId, long version, NewMeeting meeting);

  Meeting rescheduleMeeting(
      Caller caller,
      long caseId,
      long version,
      long meetingId,
      LocalDateTime start,
      LocalDateTime end,
      String location);

  Meeting cancelMeeting(Caller caller, long caseId, long version, long meetingId);

  /**
   * The meeting as held: who was there, the planning record and the Stage 3 checklist. A transition
   * planning meeting without both schools and the pupil does not count (R7).
   */
  Meeting recordMeetingHeld(
      Caller caller, long caseId, long version, long meetingId, HeldMeeting held);

  /** A Stage 4 evaluation by plan week (P9); Olive Academy is kept informed (P5). */
  Evaluation recordEvaluation(Caller caller, long caseId, long version, NewEvaluation evaluation);

  /**
   * The case's own phased return: days expected and days attended in a plan week (Stage 2), not
   * while Stage 1 says the pupil is not on track (R3).
   */
  PhasedReturnWeek recordPhasedReturnWeek(
      Caller caller, long caseId, long version, PlanWeekRecord week);

  record NewMeeting(
      MeetingKind kind,
      LocalDateTime start,
      LocalDateTime end,
      String location,
      boolean alsoTransitionPlanning) {}

  /**
   * A meeting as held: who came, and the record of its kind (P8): a planning meeting's agreed
   * items, the transition planning meeting's Stage 3 checklist, or what a review meeting discussed
   * and the actions it agreed.
   */
  record HeldMeeting(
      List<Attendee> attendees,
      PlanningRecord planningRecord,
      List<ChecklistRow> checklist,
      String discussed,
      List<AgreedAction> agreedActions) {}

  record NewEvaluation(
      EvaluationQuestion question,
      Boolean answer,
      String comments,
      String actions,
      BigDecimal attendancePercent,
      BigDecimal punctualityPercent) {}

  record PlanWeekRecord(
      int planWeek, Integer expectedDays, Integer actualDays, Integer punctualDays, String notes) {}
}
