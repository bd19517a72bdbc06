package uk.gov.borough.reintegration.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.BelongsToCase;
import uk.gov.borough.reintegration.domain.model.cases.Consent;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.RollDecision;
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.model.cases.Stage1Readiness;
import uk.gov.borough.reintegration.domain.model.cases.UniformSupport;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.hearing.DecisionOutcome;
import uk.gov.borough.reintegration.domain.model.hearing.IyfapHearing;
import uk.gov.borough.reintegration.domain.model.incident.BreakdownCategory;
import uk.gov.borough.reintegration.domain.model.meeting.Attendee;
import uk.gov.borough.reintegration.domain.model.meeting.ChecklistRow;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;
import uk.gov.borough.reintegration.domain.model.meeting.MeetingKind;
import uk.gov.borough.reintegration.domain.model.meeting.PlanningRecord;
import uk.gov.borough.reintegration.domain.model.outbox.OutboxMessage;
import uk.gov.borough.reintegration.domain.model.plan.Evaluation;
import uk.gov.borough.reintegration.domain.model.plan.EvaluationQuestion;
import uk.gov.borough.reintegration.domain.model.plan.PhasedReturnWeek;
import uk.gov.borough.reintegration.domain.policy.DeadlineKind;

/**
 * The policy's process, step by step (P4-P9), for every page and API caller alike: each step checks
 * the caller's scope and permission, the case's version (409 when someone saved first), the
 * workflow's order and the policy's hard rules (422), then records who, when and why, counts the
 * deadlines it sets and writes the messages it must send, all in one transaction.
 *
 * <p>Every method taking a case id and a version returns the case as saved.
 */
public interface CaseWorkflow {

  /** A new referral in draft, by the provider (or the school, for a managed move). */
  ReintegrationCase openReferral(Caller caller, NewReferral referral);

  /** A parent or carer on the case (P7): consent, meetings and letters need them. */
  ReintegrationCase addParentCarer(
      Caller caller, long caseId, long version, ParentCarerDetails parentCarer);

  ReintegrationCase recordConsent(Caller caller, long caseId, long version, Consent consent);

  /** Withdrawn consent stops a permanent-exclusion case until it is given again (R1). */
  ReintegrationCase withdrawConsent(
      Caller caller, long caseId, long version, LocalDate on, String reason);

  /** Stage 1; a pupil not on track sends the case to "not ready" until re-assessed (R3). */
  ReintegrationCase recordStage1(Caller caller, long caseId, long version, Stage1Readiness stage1);

  ReintegrationCase decideUniform(
      Caller caller,
      long caseId,
      long version,
      boolean asylumSeekerOrRefugee,
      UniformSupport uniform);

  /** The AP start: plan weeks, the 4-week review and the ideal phased return (P7). */
  ReintegrationCase recordApStart(Caller caller, long caseId, long version, LocalDate apStart);

  /** To the IYFAP mailbox (R1, R3, R4); a managed move goes straight to planning (P5). */
  ReintegrationCase submitReferral(Caller caller, long caseId, long version);

  IyfapHearing scheduleHearing(Caller caller, LocalDate panelDate, String agendaNotes);

  List<IyfapHearing> hearingsFrom(Caller caller, LocalDate day);

  ReintegrationCase listAtHearing(Caller caller, long caseId, long version, long hearingId);

  /** The panel's decision at the hearing the case is listed at (P4). */
  ReintegrationCase decide(Caller caller, long caseId, long version, Decision decision);

  /** A managed move agreed between schools, with no hearing (P5). */
  ReintegrationCase agreeManagedMove(
      Caller caller, long caseId, long version, long receivingSchoolId);

  /** Progress shown to the receiving school and the return discussed (R2). */
  ReintegrationCase recordReadiness(Caller caller, long caseId, long version, Readiness readiness);

  /** The first day at the receiving school (R2, R3, R8). */
  ReintegrationCase start(Caller caller, long caseId, long version, LocalDate on);

  /** From the weekly reviews to liaison with the provider (P4-P5). */
  ReintegrationCase beginLiaison(Caller caller, long caseId, long version);

  /** Ends the placement (R10), telling the referring school, the parents and IYFAP (R11). */
  ReintegrationCase endPlacement(Caller caller, long caseId, long version, Ending ending);

  /** One party's sign-off; with both, the success is agreed (P4) and reported (R13). */
  ReintegrationCase signOff(Caller caller, long caseId, long version, Party party, LocalDate on);

  /** An inclusion officer acknowledges the success report: the roll gate opens (R12). */
  ReintegrationCase acknowledgeSuccess(Caller caller, long caseId, long version);

  /**
   * The referring school's roll decision (R12, R13). It raises the case's version; one that
   * contradicts a transfer or a return standing is refused, for an inclusion officer to supersede.
   */
  ReintegrationCase recordRoll(
      Caller caller, long caseId, long version, RollDecision decision, LocalDate on, String notes);

  /**
   * An inclusion officer's roll decision superseding the one standing, with the reason (issue 15).
   */
  ReintegrationCase supersedeRoll(
      Caller caller, long caseId, long version, RollDecision decision, LocalDate on, String reason);

  /** Transition complete and the AP withdrew, with what went well and could be improved (P9). */
  ReintegrationCase complete(Caller caller, long caseId, long version, Completion completion);

  /** Back to Olive Academy (R14) or to the referring school (R15). */
  ReintegrationCase returnPupil(
      Caller caller, long caseId, long version, ReturnTo to, String reason);

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

  /** The records of one kind kept on a case the caller may see. */
  <T extends BelongsToCase> List<T> records(Caller caller, long caseId, Class<T> type);

  List<Deadline> deadlines(Caller caller, long caseId);

  /** Moves a deadline with a reason: never refused, always recorded (P3, P4). */
  Deadline extendDeadline(
      Caller caller, long caseId, long version, DeadlineKind kind, LocalDate to, String reason);

  /**
   * Counts the case's open deadlines again on their calendars as they are now: the explicit,
   * recorded step after a calendar changed (a stored date never moves by itself).
   */
  List<Deadline> recountDeadlines(Caller caller, long caseId);

  /**
   * An open case moved by an inclusion officer, with a reason, to the policy edition new cases are
   * opened under now, with the numbers overridden now; its open deadlines are counted again under
   * it, and the move is in the case's history (issue 15).
   */
  ReintegrationCase moveToEditionInForce(Caller caller, long caseId, long version, String reason);

  /** A letter of the case, to print: a message to a parent or carer with no e-mail address. */
  OutboxMessage letter(Caller caller, long caseId, long messageId);

  /** Records that the letter was printed for posting, by whom and when (issue 6). */
  OutboxMessage recordLetterPrinted(Caller caller, long caseId, long messageId);

  /** A failed or dead message tried again from the case (INCLUSION_OFFICER, issue 6). */
  OutboxMessage retryMessage(Caller caller, long caseId, long messageId);

  /**
   * A message held past the day's ceiling to its recipient, let go by an inclusion officer: sent or
   * printed once, like any other (issue 14).
   */
  OutboxMessage releaseMessage(Caller caller, long caseId, long messageId);

  /** The messages the case's events wrote, with their delivery state (INCLUSION_OFFICER). */
  List<OutboxMessage> messages(Caller caller, long caseId);

  record NewMeeting(
      MeetingKind kind,
      LocalDateTime start,
      LocalDateTime end,
      String location,
      boolean alsoTransitionPlanning) {}

  record HeldMeeting(
      List<Attendee> attendees, PlanningRecord planningRecord, List<ChecklistRow> checklist) {}

  record NewEvaluation(
      EvaluationQuestion question,
      Boolean answer,
      String comments,
      String actions,
      BigDecimal attendancePercent,
      BigDecimal punctualityPercent) {}

  record PlanWeekRecord(
      int planWeek, Integer expectedDays, Integer actualDays, Integer punctualDays, String notes) {}

  /** What the provider (or school) gives to open a referral. */
  record NewReferral(
      String pupilUpn,
      Route route,
      long referringSchoolId,
      long currentProvisionId,
      Long proposedReceivingSchoolId) {}

  record ParentCarerDetails(
      String name,
      String relationship,
      String email,
      String postalAddress,
      boolean parentalResponsibility) {}

  /** The panel's decision: the receiving school when ratified, a later hearing when deferred. */
  record Decision(
      DecisionOutcome outcome, Long receivingSchoolId, Long laterHearingId, String reasons) {}

  record Readiness(
      LocalDate progressShownOn,
      String progressNotes,
      LocalDate returnDiscussedOn,
      String discussionNotes) {}

  /**
   * How a placement ended: a serious breakdown category, or the meeting that agreed the ending
   * (R10), with what happened.
   */
  record Ending(LocalDate on, BreakdownCategory category, Long meetingId, String description) {}

  record Completion(LocalDate transitionCompletedOn, String wentWell, String couldBeImproved) {}

  /** Who signs off a success (P4): the receiving school, and the provider. */
  enum Party {
    RECEIVING_SCHOOL,
    PROVIDER
  }

  enum ReturnTo {
    OLIVE_ACADEMY,
    REFERRING_SCHOOL
  }
}
