package uk.gov.borough.reintegration.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.LocalDateTime;
import uk.gov.borough.reintegration.application.InvalidReferenceException;
import uk.gov.borough.reintegration.application.PlanRecordService;
import uk.gov.borough.reintegration.application.PlanRecordService.HeldMeeting;
import uk.gov.borough.reintegration.application.PlanRecordService.NewEvaluation;
import uk.gov.borough.reintegration.application.PlanRecordService.NewMeeting;
import uk.gov.borough.reintegration.application.PlanRecordService.PlanWeekRecord;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.CaseRepository;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.hearing.DecisionOutcome;
import uk.gov.borough.reintegration.domain.model.hearing.HearingDecision;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;
import uk.gov.borough.reintegration.domain.model.meeting.MeetingKind;
import uk.gov.borough.reintegration.domain.model.outbox.PolicyEvent;
import uk.gov.borough.reintegration.domain.model.plan.Evaluation;
import uk.gov.borough.reintegration.domain.model.plan.PhasedReturnWeek;
import uk.gov.borough.reintegration.domain.policy.DeadlineKind;
import uk.gov.borough.reintegration.domain.policy.Step;

@Stateless
@Interceptors({RefusalsRecorded.class, WrittenBeforeReturn.class})
public class DefaultPlanRecordService implements PlanRecordService {

  @Inject CaseRepository cases;

  @Inject DeadlinePlanner deadlines;

  @Inject Notifications notifications;

  @Inject CaseSteps steps;

  @Override
  public Meeting scheduleMeeting(Caller caller, long caseId, long version, NewMeeting meeting) {
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.arranging(meeting.kind()));
    if (meeting.kind() == MeetingKind.PLANNING) {
      boolean ratified =
          cases.recordsOf(c, HearingDecision.class).stream()
              .anyMatch(d -> d.getOutcome() == DecisionOutcome.RATIFIED);
      steps.rules(c).ratifiedBeforePlanningMeeting().check(c, ratified);
    }
    requireInReach(meeting.start());
    Meeting scheduled =
        new Meeting(c, meeting.kind(), meeting.start(), meeting.end(), meeting.location());
    if (meeting.alsoTransitionPlanning()) {
      if (meeting.kind() != MeetingKind.PLANNING) {
        throw new InvalidReferenceException(
            "alsoTransitionPlanning",
            "Only a planning meeting can also be the transition planning meeting");
      }
      scheduled.alsoCountAsTransitionPlanning();
    }
    cases.add(scheduled);
    notifications.meeting(c, scheduled, PolicyEvent.MEETING_SCHEDULED);
    return scheduled;
  }

  @Override
  public Meeting rescheduleMeeting(
      Caller caller,
      long caseId,
      long version,
      long meetingId,
      LocalDateTime start,
      LocalDateTime end,
      String location) {
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.PLAN_MEETING);
    Meeting meeting = openMeeting(c, meetingId);
    requireInReach(start);
    meeting.reschedule(start, end, location);
    // Refused now, naming the field, not when the invitations' query writes the meeting (issue 13)
    steps.requireValid(meeting);
    notifications.meeting(c, meeting, PolicyEvent.MEETING_MOVED);
    return meeting;
  }

  @Override
  public Meeting cancelMeeting(Caller caller, long caseId, long version, long meetingId) {
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.PLAN_MEETING);
    Meeting meeting = openMeeting(c, meetingId);
    meeting.cancel();
    notifications.meeting(c, meeting, PolicyEvent.MEETING_CANCELLED);
    return meeting;
  }

  @Override
  public Meeting recordMeetingHeld(
      Caller caller, long caseId, long version, long meetingId, HeldMeeting held) {
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.PLAN_MEETING);
    Meeting meeting = openMeeting(c, meetingId);
    meeting.recordAttendees(held.attendees());
    meeting.markHeld();
    if (meeting.isTransitionPlanning()) {
      steps.rules(c).transitionMeetingAttended().check(meeting);
      held.checklist().forEach(meeting::recordChecklistRow);
    }
    if (held.planningRecord() != null) {
      meeting.recordPlanning(held.planningRecord());
    }
    if (meeting.getKind() == MeetingKind.REVIEW) {
      meeting.recordReview(held.discussed(), held.agreedActions());
    } else if (held.discussed() != null || !held.agreedActions().isEmpty()) {
      throw new InvalidReferenceException(
          "agreedActions",
          "What was discussed and the actions agreed are the record of a review meeting, and this is"
              + " not one.");
    }
    if (meeting.getKind() == MeetingKind.PLANNING) {
      deadlines.meet(c, DeadlineKind.PLANNING_MEETING, meeting.getScheduledStart().toLocalDate());
    }
    return meeting;
  }

  @Override
  public Evaluation recordEvaluation(
      Caller caller, long caseId, long version, NewEvaluation evaluation) {
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.RECORD_EVALUATION);
    Evaluation recorded =
        cases.add(
            new Evaluation(
                c,
                evaluation.question(),
                evaluation.answer(),
                evaluation.comments(),
                evaluation.actions(),
                evaluation.attendancePercent(),
                evaluation.punctualityPercent(),
                caller.name(),
                steps.now()));
    // The review is held when its plan week is evaluated (P7, P9).
    if (recorded.getPlanWeek() == deadlines.reviewPlanWeek(c)) {
      deadlines.meet(c, DeadlineKind.FOUR_WEEK_REVIEW, steps.today());
    }
    notifications.evaluationRecorded(c, recorded);
    return recorded;
  }

  @Override
  public PhasedReturnWeek recordPhasedReturnWeek(
      Caller caller, long caseId, long version, PlanWeekRecord record) {
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.RECORD_PHASED_RETURN_WEEK);
    PhasedReturnWeek week =
        cases.recordsOf(c, PhasedReturnWeek.class).stream()
            .filter(w -> w.getPlanWeek() == record.planWeek())
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidReferenceException(
                        "planWeek", "The plan has no such week: record the AP start first"));
    // The phased return is Stage 2: none of it while Stage 1 says "not on track" (P7, R3)
    steps.rules(c).onTrack().checkNotRefusedByStage1(c);
    if (record.expectedDays() != null) {
      week.expectDaysInMainstream(record.expectedDays());
    }
    week.recordAttendance(record.actualDays(), record.punctualDays(), record.notes());
    return week;
  }

  /** A meeting of the case that is still to be held. */
  private Meeting openMeeting(ReintegrationCase c, long meetingId) {
    Meeting meeting =
        cases.recordsOf(c, Meeting.class).stream()
            .filter(m -> m.getId() == meetingId)
            .findFirst()
            .orElseThrow(
                () -> new InvalidReferenceException("meetingId", "No such meeting on this case"));
    if (meeting.isHeld() || meeting.isCancelled()) {
      throw new InvalidReferenceException(
          "meetingId", "The meeting was already " + (meeting.isHeld() ? "held" : "cancelled"));
    }
    return meeting;
  }

  private void requireInReach(LocalDateTime start) {
    if (start != null && !Meeting.isInReach(start, steps.today())) {
      throw new InvalidReferenceException(
          "start",
          "Give a start within a year from today: meetings are arranged for the weeks of the plan.");
    }
  }
}
