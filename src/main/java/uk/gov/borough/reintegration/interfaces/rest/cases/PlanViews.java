package uk.gov.borough.reintegration.interfaces.rest.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import uk.gov.borough.reintegration.domain.model.meeting.AgreedAction;
import uk.gov.borough.reintegration.domain.model.meeting.Attendee;
import uk.gov.borough.reintegration.domain.model.meeting.ChecklistRow;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;
import uk.gov.borough.reintegration.domain.model.meeting.MeetingKind;
import uk.gov.borough.reintegration.domain.model.meeting.PlanningRecord;
import uk.gov.borough.reintegration.domain.model.plan.Evaluation;
import uk.gov.borough.reintegration.domain.model.plan.EvaluationQuestion;
import uk.gov.borough.reintegration.domain.model.plan.PhasedReturnStep;
import uk.gov.borough.reintegration.domain.model.plan.PhasedReturnWeek;

/** The plan's records as the API shows them: meetings, the phased return, the evaluations. */
public final class PlanViews {

  private PlanViews() {}

  public record MeetingView(
      long id,
      MeetingKind kind,
      boolean alsoTransitionPlanning,
      LocalDateTime start,
      LocalDateTime end,
      String location,
      boolean held,
      boolean cancelled,
      boolean countsAsTransitionPlanningMeeting,
      List<Attendee> attendees,
      PlanningRecord planningRecord,
      List<ChecklistRow> checklist,
      String discussed,
      List<AgreedAction> agreedActions) {

    static MeetingView of(Meeting m) {
      return new MeetingView(
          m.getId(),
          m.getKind(),
          m.isAlsoTransitionPlanning(),
          m.getScheduledStart(),
          m.getScheduledEnd(),
          m.getLocation(),
          m.isHeld(),
          m.isCancelled(),
          m.countsAsTransitionPlanningMeeting(),
          m.getAttendees(),
          m.getPlanningRecord(),
          m.getChecklist(),
          m.getDiscussed(),
          m.getAgreedActions());
    }
  }

  /** A plan week of the phased return: expected against actual days (Stage 2). */
  public record PlanWeekView(
      int planWeek,
      PhasedReturnStep step,
      LocalDate weekStartsOn,
      int expectedDaysInMainstream,
      Integer actualDaysAttended,
      Integer punctualDays,
      boolean apVisitPlanned,
      String notes) {

    static PlanWeekView of(PhasedReturnWeek w) {
      return new PlanWeekView(
          w.getPlanWeek(),
          w.getStep(),
          w.getWeekStartsOn(),
          w.getExpectedDaysInMainstream(),
          w.getActualDaysAttended(),
          w.getPunctualDays(),
          w.isApVisitPlanned(),
          w.getNotes());
    }
  }

  /** A Stage 4 answer, with the question as the form asks it (P9). */
  public record EvaluationView(
      long id,
      int planWeek,
      EvaluationQuestion question,
      String asked,
      Boolean answer,
      String comments,
      String actions,
      BigDecimal attendancePercent,
      BigDecimal punctualityPercent,
      String recordedBy,
      LocalDateTime recordedAt) {

    static EvaluationView of(Evaluation e) {
      return new EvaluationView(
          e.getId(),
          e.getPlanWeek(),
          e.getQuestion(),
          e.getQuestion().text(),
          e.getAnswer(),
          e.getComments(),
          e.getActions(),
          e.getAttendancePercent(),
          e.getPunctualityPercent(),
          e.getRecordedBy(),
          e.getRecordedAt());
    }
  }
}
