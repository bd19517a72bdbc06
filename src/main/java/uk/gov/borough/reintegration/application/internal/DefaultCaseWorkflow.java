package uk.gov.borough.reintegration.application.internal;

import static uk.gov.borough.reintegration.domain.model.access.Permission.DECIDE_AT_PANEL;
import static uk.gov.borough.reintegration.domain.model.access.Permission.EDIT_REFERRAL_AND_PLAN;
import static uk.gov.borough.reintegration.domain.model.access.Permission.READ_AUDIT;
import static uk.gov.borough.reintegration.domain.model.access.Permission.RECORD_SCHOOL_STEPS;
import static uk.gov.borough.reintegration.domain.model.access.Permission.VIEW_CASES;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.gov.borough.reintegration.application.CaseWorkflow;
import uk.gov.borough.reintegration.application.InvalidReferenceException;
import uk.gov.borough.reintegration.application.RecordConflictException;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.calendar.UkDateFormat;
import uk.gov.borough.reintegration.domain.model.cases.BelongsToCase;
import uk.gov.borough.reintegration.domain.model.cases.CaseHistoryEntry;
import uk.gov.borough.reintegration.domain.model.cases.CaseRepository;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.Consent;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.RollDecision;
import uk.gov.borough.reintegration.domain.model.cases.RollRecord;
import uk.gov.borough.reintegration.domain.model.cases.SignOff;
import uk.gov.borough.reintegration.domain.model.cases.Stage1Readiness;
import uk.gov.borough.reintegration.domain.model.cases.UniformSupport;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.hearing.DecisionOutcome;
import uk.gov.borough.reintegration.domain.model.hearing.HearingDecision;
import uk.gov.borough.reintegration.domain.model.hearing.HearingRepository;
import uk.gov.borough.reintegration.domain.model.hearing.IyfapHearing;
import uk.gov.borough.reintegration.domain.model.incident.Incident;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;
import uk.gov.borough.reintegration.domain.model.meeting.MeetingKind;
import uk.gov.borough.reintegration.domain.model.outbox.MessageState;
import uk.gov.borough.reintegration.domain.model.outbox.OutboxMessage;
import uk.gov.borough.reintegration.domain.model.outbox.PolicyEvent;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentRepository;
import uk.gov.borough.reintegration.domain.model.party.Pupil;
import uk.gov.borough.reintegration.domain.model.party.PupilRepository;
import uk.gov.borough.reintegration.domain.model.plan.Evaluation;
import uk.gov.borough.reintegration.domain.model.plan.PhasedReturnWeek;
import uk.gov.borough.reintegration.domain.policy.DeadlineKind;
import uk.gov.borough.reintegration.domain.policy.EditionOverrides;
import uk.gov.borough.reintegration.domain.policy.HardRules;
import uk.gov.borough.reintegration.domain.policy.PolicyEdition;
import uk.gov.borough.reintegration.domain.policy.Step;
import uk.gov.borough.reintegration.domain.policy.StepRule;
import uk.gov.borough.reintegration.infrastructure.policy.PolicyEditions;

@Stateless
@Interceptors({RefusalsRecorded.class, WrittenBeforeReturn.class})
public class DefaultCaseWorkflow implements CaseWorkflow {

  @Inject CaseAccess access;

  @Inject CaseRepository cases;

  @Inject HearingRepository hearings;

  @Inject EstablishmentRepository establishments;

  @Inject PupilRepository pupils;

  @Inject OpenCases openCases;

  @Inject DeadlinePlanner deadlines;

  @Inject PolicyEditions editions;

  @Inject Notifications notifications;

  @Inject Clock clock;

  @Inject Validator validator;

  @Override
  public ReintegrationCase openReferral(Caller caller, NewReferral referral) {
    PolicyEdition edition = editions.forNewCases();
    StepRule opening = edition.step(Step.OPEN_REFERRAL);
    access.requireRoleFor(caller, opening, referral.route());
    Pupil pupil =
        pupils
            .findByUpn(referral.pupilUpn())
            .orElseThrow(
                () ->
                    new InvalidReferenceException(
                        "pupilUpn", "No pupil with that UPN is in the portal's records"));
    ReintegrationCase c =
        new ReintegrationCase(
            pupil,
            referral.route(),
            establishment("referringSchoolId", referral.referringSchoolId()),
            establishment("currentProvisionId", referral.currentProvisionId()));
    // A provider opens referrals for its own pupils only (DESIGN.md, "Who uses it").
    if (!opening.isTakenBy(caller, c.getRoute(), c::establishmentOf)) {
      throw new InvalidReferenceException(
          "currentProvisionId", "You can open a referral only for your own school or provision");
    }
    runUnder(c, edition);
    if (referral.proposedReceivingSchoolId() != null) {
      c.proposeReceivingSchool(
          establishment("proposedReceivingSchoolId", referral.proposedReceivingSchoolId()));
    }
    // One open case per pupil (issue 13). The check spares the database an error in the usual
    // case; the database's constraint is what holds when two are opened at once.
    if (cases.openCaseOf(pupil).isPresent() || !cases.storeNew(c)) {
      throw openCases.refusalOfSecond(caller, pupil);
    }
    cases.add(c.opened(caller.name(), now()));
    return c;
  }

  @Override
  public ReintegrationCase addParentCarer(
      Caller caller, long caseId, long version, ParentCarerDetails parentCarer) {
    ReintegrationCase c = step(caller, caseId, version, Step.RECORD_PARENT_CARER);
    if (c.hasParentCarer(parentCarer.name(), parentCarer.relationship())) {
      throw new RecordConflictException(
          "name",
          parentCarer.name().strip()
              + " is already on the case as "
              + parentCarer.relationship().strip()
              + ": each parent or carer is recorded once, so that they get each letter once.");
    }
    c.addParentCarer(
        parentCarer.name(),
        parentCarer.relationship(),
        parentCarer.email(),
        parentCarer.postalAddress(),
        parentCarer.parentalResponsibility());
    return c;
  }

  @Override
  public ReintegrationCase recordConsent(
      Caller caller, long caseId, long version, Consent consent) {
    ReintegrationCase c = step(caller, caseId, version, Step.RECORD_CONSENT);
    c.recordConsent(consent);
    if (c.getStatus() == CaseStatus.STOPPED_CONSENT_WITHDRAWN) {
      move(c, Step.RESUME_WITH_CONSENT, caller, "Consent given again (R1)");
    }
    return c;
  }

  @Override
  public ReintegrationCase withdrawConsent(
      Caller caller, long caseId, long version, LocalDate on, String reason) {
    ReintegrationCase c = step(caller, caseId, version, Step.RECORD_CONSENT);
    Consent consent = c.getConsent();
    if (consent == null) {
      throw new RecordConflictException(
          null, "No consent is on record to withdraw: record the consent that was given first.");
    }
    if (consent.isWithdrawn()) {
      throw new RecordConflictException(
          null,
          "Consent was already withdrawn on "
              + UkDateFormat.DATE.format(consent.getWithdrawnOn())
              + ": record consent given again before it can be withdrawn again.");
    }
    c.withdrawConsent(on, reason);
    // R1: a permanent exclusion case stops until consent is given again. One already paused
    // as not ready stays so, and cannot go on without consent (checked when it is re-assessed).
    if (editions.of(c).step(Step.STOP_FOR_WITHDRAWN_CONSENT).belongsTo(c.getRoute())
        && c.getStatus() != CaseStatus.NOT_READY) {
      move(c, Step.STOP_FOR_WITHDRAWN_CONSENT, caller, "Consent withdrawn (R1): " + reason);
    }
    return c;
  }

  @Override
  public ReintegrationCase recordStage1(
      Caller caller, long caseId, long version, Stage1Readiness stage1) {
    ReintegrationCase c = step(caller, caseId, version, Step.RECORD_STAGE1);
    rules(c).onTrack().checkBarrierDescribed(stage1);
    c.recordStage1(stage1);
    if (!stage1.isOnTrack() && belongsWhereItStands(c, Step.FIND_NOT_READY)) {
      move(c, Step.FIND_NOT_READY, caller, "Stage 1: not on track to return (R3)");
    } else if (stage1.isOnTrack() && belongsWhereItStands(c, Step.FIND_READY_AGAIN)) {
      if (c.getStatusBeforeStop() != CaseStatus.DRAFT) {
        rules(c).consent().check(c);
      }
      move(c, Step.FIND_READY_AGAIN, caller, "Stage 1 re-assessed: on track to return (R3)");
    }
    if (stage1.isOnTrack()) {
      notifications.stage1Completed(c, today());
    }
    return c;
  }

  @Override
  public ReintegrationCase decideUniform(
      Caller caller,
      long caseId,
      long version,
      boolean asylumSeekerOrRefugee,
      UniformSupport uniform) {
    ReintegrationCase c = step(caller, caseId, version, Step.DECIDE_UNIFORM);
    c.recordAsylumSeekerOrRefugee(asylumSeekerOrRefugee);
    c.decideUniformSupport(uniform);
    rules(c).uniform().check(c);
    return c;
  }

  @Override
  public ReintegrationCase recordApStart(
      Caller caller, long caseId, long version, LocalDate apStart) {
    ReintegrationCase c = step(caller, caseId, version, Step.RECORD_AP_START);
    deadlines.planFromApStart(c, apStart);
    return c;
  }

  @Override
  public ReintegrationCase submitReferral(Caller caller, long caseId, long version) {
    ReintegrationCase c = step(caller, caseId, version, Step.SUBMIT_REFERRAL);
    rules(c).consent().check(c);
    rules(c).onTrack().check(c);
    rules(c).uniform().check(c);
    c.recordReferralSubmitted(today());
    move(c, Step.SUBMIT_REFERRAL, caller, "Referral submitted to the IYFAP mailbox");
    notifications.referralSubmitted(c);
    return c;
  }

  @Override
  public IyfapHearing scheduleHearing(Caller caller, LocalDate panelDate, String agendaNotes) {
    access.require(caller, null, DECIDE_AT_PANEL);
    IyfapHearing hearing = new IyfapHearing(panelDate);
    hearing.writeAgendaNotes(agendaNotes);
    return hearings.store(hearing);
  }

  @Override
  public List<IyfapHearing> hearingsFrom(Caller caller, LocalDate day) {
    access.require(caller, null, VIEW_CASES);
    return hearings.from(day);
  }

  @Override
  public ReintegrationCase listAtHearing(Caller caller, long caseId, long version, long hearingId) {
    ReintegrationCase c = step(caller, caseId, version, Step.LIST_AT_HEARING);
    IyfapHearing hearing = hearing("hearingId", hearingId);
    c.listAt(hearing);
    move(c, Step.LIST_AT_HEARING, caller, "Listed at the hearing of " + hearing.getPanelDate());
    return c;
  }

  @Override
  public ReintegrationCase decide(Caller caller, long caseId, long version, Decision decision) {
    ReintegrationCase c =
        step(
            caller,
            caseId,
            version,
            switch (decision.outcome()) {
              case RATIFIED -> Step.RATIFY;
              case DEFERRED -> Step.DEFER;
              case DECLINED -> Step.DECLINE;
            });
    IyfapHearing hearing = c.getListedHearing();
    if (hearing == null) {
      throw new InvalidReferenceException("hearingId", "List the case at a hearing first");
    }
    HearingDecision recorded =
        switch (decision.outcome()) {
          case RATIFIED -> {
            Establishment receiving =
                establishment(
                    "receivingSchoolId",
                    required("receivingSchoolId", decision.receivingSchoolId()));
            c.nameReceivingSchool(receiving);
            yield HearingDecision.ratified(c, hearing, receiving, now(), caller.name());
          }
          case DEFERRED -> {
            IyfapHearing later =
                hearing("laterHearingId", required("laterHearingId", decision.laterHearingId()));
            if (!later.getPanelDate().isAfter(hearing.getPanelDate())) {
              throw new InvalidReferenceException(
                  "laterHearingId", "Defer to a hearing after the one that heard the case");
            }
            yield HearingDecision.deferred(
                c, hearing, later, decision.reasons(), now(), caller.name());
          }
          case DECLINED -> {
            yield HearingDecision.declined(c, hearing, decision.reasons(), now(), caller.name());
          }
        };
    if (!recorded.isReasonGivenWhenDeferredOrDeclined()) {
      throw new InvalidReferenceException("reasons", "Give the panel's reasons");
    }
    cases.add(recorded);
    switch (decision.outcome()) {
      case RATIFIED -> {
        move(c, Step.RATIFY, caller, "Ratified at IYFAP");
        deadlines.planAfterHearing(c, hearing);
      }
      case DEFERRED -> {
        move(c, Step.DEFER, caller, decision.reasons());
        c.listAt(recorded.getDeferredTo());
      }
      case DECLINED -> move(c, Step.DECLINE, caller, decision.reasons());
    }
    notifications.hearingDecided(c, recorded);
    return c;
  }

  @Override
  public ReintegrationCase agreeManagedMove(
      Caller caller, long caseId, long version, long receivingSchoolId) {
    ReintegrationCase c = step(caller, caseId, version, Step.AGREE_MANAGED_MOVE);
    rules(c).onTrack().check(c);
    rules(c).uniform().check(c);
    c.nameReceivingSchool(establishment("receivingSchoolId", receivingSchoolId));
    c.recordReferralSubmitted(today());
    move(c, Step.AGREE_MANAGED_MOVE, caller, "Managed move agreed between the schools");
    notifications.referralSubmitted(c);
    return c;
  }

  @Override
  public ReintegrationCase recordReadiness(
      Caller caller, long caseId, long version, Readiness readiness) {
    ReintegrationCase c = step(caller, caseId, version, Step.RECORD_READINESS);
    if (readiness.progressShownOn() != null) {
      c.recordProgressShown(readiness.progressShownOn(), readiness.progressNotes());
    }
    if (readiness.returnDiscussedOn() != null) {
      c.recordReturnDiscussed(readiness.returnDiscussedOn(), readiness.discussionNotes());
    }
    return c;
  }

  @Override
  public ReintegrationCase start(Caller caller, long caseId, long version, LocalDate on) {
    ReintegrationCase c = step(caller, caseId, version, Step.START);
    rules(c).onTrack().check(c);
    rules(c).readinessShown().check(c);
    c.recordPlacementStart(on);
    move(c, Step.START, caller, "First day at " + c.getReceivingSchool().getName());
    deadlines.planFromStart(c, on);
    return c;
  }

  @Override
  public ReintegrationCase beginLiaison(Caller caller, long caseId, long version) {
    ReintegrationCase c = step(caller, caseId, version, Step.BEGIN_LIAISON);
    move(c, Step.BEGIN_LIAISON, caller, "Weekly reviews done: liaison with the provider");
    return c;
  }

  @Override
  public ReintegrationCase endPlacement(Caller caller, long caseId, long version, Ending ending) {
    ReintegrationCase c = step(caller, caseId, version, Step.END_PLACEMENT);
    Meeting meeting =
        ending.meetingId() == null
            ? null
            : cases.recordsOf(c, Meeting.class).stream()
                .filter(m -> m.getId().equals(ending.meetingId()))
                .findFirst()
                .orElseThrow(
                    () ->
                        new InvalidReferenceException(
                            "meetingId", "No such meeting is recorded on this case"));
    rules(c).groundsForEnding().check(ending.category(), meeting);
    rules(c).endingTold().check(c);
    cases.add(new Incident(c, ending.on(), caller.name(), ending.description(), ending.category()));
    move(
        c,
        Step.END_PLACEMENT,
        caller,
        ending.category() != null
            ? "Serious breakdown: " + editions.of(c).breakdownCategories().get(ending.category())
            : "Ending agreed at the meeting of " + meeting.getScheduledStart().toLocalDate());
    notifications.placementEnded(c, ending.on());
    return c;
  }

  @Override
  public ReintegrationCase signOff(
      Caller caller, long caseId, long version, Party party, LocalDate on) {
    ReintegrationCase c =
        access.caseForStepAs(
            caller,
            caseId,
            version,
            Step.SIGN_OFF,
            uk.gov.borough.reintegration.domain.policy.Party.valueOf(party.name()));
    SignOff signOff = new SignOff(caller.name(), on);
    if (party == Party.RECEIVING_SCHOOL) {
      c.signOffByReceivingSchool(signOff);
    } else {
      c.signOffByProvider(signOff);
    }
    // Success is agreed by both parties (P4), then reported before the next hearing (R13).
    if (c.getOutcome().isAgreedByBothParties()) {
      move(c, Step.AGREE_SUCCESS, caller, "Both parties signed off the success");
      deadlines.planAfterSuccess(c, on);
      notifications.successAgreed(c);
    }
    return c;
  }

  @Override
  public ReintegrationCase acknowledgeSuccess(Caller caller, long caseId, long version) {
    ReintegrationCase c = step(caller, caseId, version, Step.ACKNOWLEDGE_SUCCESS);
    c.acknowledgeSuccess(caller.name(), today());
    move(c, Step.ACKNOWLEDGE_SUCCESS, caller, "Success report acknowledged: the roll may change");
    deadlines.meet(c, DeadlineKind.SUCCESS_REPORTED, today());
    return c;
  }

  @Override
  public ReintegrationCase recordRoll(
      Caller caller, long caseId, long version, RollDecision decision, LocalDate on, String notes) {
    // The school of roll decides: a mainstream school, or Olive Academy for a permanently
    // excluded pupil (P4).
    ReintegrationCase c = step(caller, caseId, version, Step.DECIDE_ROLL);
    standingRoll(c)
        .filter(standing -> standing.getDecision().isFinal() && standing.getDecision() != decision)
        .ifPresent(
            standing -> {
              throw new RecordConflictException(
                  "decision",
                  "The roll decision of "
                      + UkDateFormat.DATE.format(standing.getDecidedOn())
                      + " ("
                      + standing.getDecision().name().toLowerCase(Locale.ROOT)
                      + ") stands: an inclusion officer may supersede it, giving the reason");
            });
    return decideRoll(c, caller, decision, on, notes);
  }

  @Override
  public ReintegrationCase supersedeRoll(
      Caller caller,
      long caseId,
      long version,
      RollDecision decision,
      LocalDate on,
      String reason) {
    ReintegrationCase c = step(caller, caseId, version, Step.SUPERSEDE_ROLL);
    RollRecord standing =
        standingRoll(c)
            .orElseThrow(
                () ->
                    new InvalidReferenceException(
                        "decision",
                        "No roll decision is recorded yet: the referring school makes it"));
    if (reason == null || reason.isBlank()) {
      throw new InvalidReferenceException("reason", "Give the reason for superseding the decision");
    }
    return decideRoll(
        c,
        caller,
        decision,
        on,
        "Supersedes the decision of "
            + UkDateFormat.DATE.format(standing.getDecidedOn())
            + ": "
            + reason);
  }

  /** The latest roll decision, the one that stands. */
  private Optional<RollRecord> standingRoll(ReintegrationCase c) {
    return cases.recordsOf(c, RollRecord.class).stream()
        .max(Comparator.comparing(RollRecord::getId));
  }

  private ReintegrationCase decideRoll(
      ReintegrationCase c, Caller caller, RollDecision decision, LocalDate on, String notes) {
    rules(c).rollAfterAcknowledgement().check(c, decision);
    // R13: a successful pupil moves to the receiving school's roll; otherwise the referring
    // school's roll stands (or is returned to).
    Establishment roll =
        decision == RollDecision.TRANSFER ? c.getReceivingSchool() : c.getReferringSchool();
    cases.add(new RollRecord(c, roll, decision, on, caller.name(), notes));
    return c;
  }

  @Override
  public ReintegrationCase complete(
      Caller caller, long caseId, long version, Completion completion) {
    ReintegrationCase c = step(caller, caseId, version, Step.COMPLETE);
    c.recordReflection(completion.wentWell(), completion.couldBeImproved());
    c.recordTransitionComplete(completion.transitionCompletedOn());
    move(c, Step.COMPLETE, caller, "Transition complete; the AP withdrew");
    return c;
  }

  @Override
  public ReintegrationCase returnPupil(
      Caller caller, long caseId, long version, ReturnTo to, String reason) {
    Step step =
        to == ReturnTo.OLIVE_ACADEMY
            ? Step.RETURN_TO_OLIVE_ACADEMY
            : Step.RETURN_TO_REFERRING_SCHOOL;
    ReintegrationCase c = step(caller, caseId, version, step);
    if (to == ReturnTo.OLIVE_ACADEMY) {
      rules(c).oliveAcademyReturn().check(c);
    }
    move(c, step, caller, reason);
    return c;
  }

  @Override
  public Meeting scheduleMeeting(Caller caller, long caseId, long version, NewMeeting meeting) {
    ReintegrationCase c = step(caller, caseId, version, Step.arranging(meeting.kind()));
    if (meeting.kind() == MeetingKind.PLANNING) {
      boolean ratified =
          cases.recordsOf(c, HearingDecision.class).stream()
              .anyMatch(d -> d.getOutcome() == DecisionOutcome.RATIFIED);
      rules(c).ratifiedBeforePlanningMeeting().check(c, ratified);
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
    ReintegrationCase c = step(caller, caseId, version, Step.PLAN_MEETING);
    Meeting meeting = openMeeting(c, meetingId);
    requireInReach(start);
    meeting.reschedule(start, end, location);
    // Refused now, naming the field, not when the invitations' query writes the meeting (issue 13)
    Set<ConstraintViolation<Meeting>> violations = validator.validate(meeting);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    notifications.meeting(c, meeting, PolicyEvent.MEETING_MOVED);
    return meeting;
  }

  @Override
  public Meeting cancelMeeting(Caller caller, long caseId, long version, long meetingId) {
    ReintegrationCase c = step(caller, caseId, version, Step.PLAN_MEETING);
    Meeting meeting = openMeeting(c, meetingId);
    meeting.cancel();
    notifications.meeting(c, meeting, PolicyEvent.MEETING_CANCELLED);
    return meeting;
  }

  @Override
  public Meeting recordMeetingHeld(
      Caller caller, long caseId, long version, long meetingId, HeldMeeting held) {
    ReintegrationCase c = step(caller, caseId, version, Step.PLAN_MEETING);
    Meeting meeting = openMeeting(c, meetingId);
    meeting.recordAttendees(held.attendees());
    meeting.markHeld();
    if (meeting.isTransitionPlanning()) {
      rules(c).transitionMeetingAttended().check(meeting);
      held.checklist().forEach(meeting::recordChecklistRow);
    }
    if (held.planningRecord() != null) {
      meeting.recordPlanning(held.planningRecord());
    }
    if (meeting.getKind() == MeetingKind.PLANNING) {
      deadlines.meet(c, DeadlineKind.PLANNING_MEETING, meeting.getScheduledStart().toLocalDate());
    }
    return meeting;
  }

  @Override
  public Evaluation recordEvaluation(
      Caller caller, long caseId, long version, NewEvaluation evaluation) {
    ReintegrationCase c = step(caller, caseId, version, Step.RECORD_EVALUATION);
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
                now()));
    // The review is held when its plan week is evaluated (P7, P9).
    if (recorded.getPlanWeek() == deadlines.reviewPlanWeek(c)) {
      deadlines.meet(c, DeadlineKind.FOUR_WEEK_REVIEW, today());
    }
    notifications.evaluationRecorded(c, recorded);
    return recorded;
  }

  @Override
  public PhasedReturnWeek recordPhasedReturnWeek(
      Caller caller, long caseId, long version, PlanWeekRecord record) {
    ReintegrationCase c = step(caller, caseId, version, Step.RECORD_PHASED_RETURN_WEEK);
    PhasedReturnWeek week =
        cases.recordsOf(c, PhasedReturnWeek.class).stream()
            .filter(w -> w.getPlanWeek() == record.planWeek())
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidReferenceException(
                        "planWeek", "The plan has no such week: record the AP start first"));
    // The phased return is Stage 2: none of it while Stage 1 says "not on track" (P7, R3)
    rules(c).onTrack().checkNotRefusedByStage1(c);
    if (record.expectedDays() != null) {
      week.expectDaysInMainstream(record.expectedDays());
    }
    week.recordAttendance(record.actualDays(), record.punctualDays(), record.notes());
    return week;
  }

  @Override
  public <T extends BelongsToCase> List<T> records(Caller caller, long caseId, Class<T> type) {
    return cases.recordsOf(access.caseFor(caller, caseId, VIEW_CASES), type);
  }

  @Override
  public List<Deadline> deadlines(Caller caller, long caseId) {
    return cases.recordsOf(access.caseFor(caller, caseId, VIEW_CASES), Deadline.class);
  }

  @Override
  public Deadline extendDeadline(
      Caller caller, long caseId, long version, DeadlineKind kind, LocalDate to, String reason) {
    ReintegrationCase c = step(caller, caseId, version, Step.EXTEND_DEADLINE);
    Deadline deadline =
        deadlines
            .find(c, kind)
            .orElseThrow(
                () -> new InvalidReferenceException("kind", "The case has no such deadline yet"));
    deadline.extend(to, reason, caller.name());
    return deadline;
  }

  @Override
  public List<Deadline> recountDeadlines(Caller caller, long caseId) {
    ReintegrationCase c =
        access.caseFor(
            caller, caseId, EDIT_REFERRAL_AND_PLAN, RECORD_SCHOOL_STEPS, DECIDE_AT_PANEL);
    List<Deadline> all = cases.recordsOf(c, Deadline.class);
    all.stream().filter(d -> d.getMetOn() == null).forEach(d -> deadlines.recount(c, d));
    return all;
  }

  @Override
  public ReintegrationCase moveToEditionInForce(
      Caller caller, long caseId, long version, String reason) {
    ReintegrationCase c = step(caller, caseId, version, Step.MOVE_TO_EDITION_IN_FORCE);
    if (reason == null || reason.isBlank()) {
      throw new InvalidReferenceException("reason", "Give the reason for the move");
    }
    PolicyEdition from = editions.of(c);
    PolicyEdition to = editions.forNewCases();
    if (editions.runsUnderEditionInForce(c)) {
      throw new InvalidReferenceException(
          "reason", "The case is already run under " + to + ", the edition in force");
    }
    runUnder(c, to);
    cases.add(
        new CaseHistoryEntry(
            c,
            now(),
            caller.name(),
            "POLICY_EDITION_CHANGED",
            null,
            null,
            reason + " (was " + from + "; now " + to + ")"));
    cases.recordsOf(c, Deadline.class).stream()
        .filter(d -> d.getMetOn() == null)
        .forEach(d -> deadlines.recount(c, d));
    return c;
  }

  /** The case is run under the edition, with the numbers it overrides, until it closes. */
  private static void runUnder(ReintegrationCase c, PolicyEdition edition) {
    c.openUnder(
        edition.name(),
        edition.overrides().isEmpty() ? null : EditionOverrides.write(edition.overrides()));
  }

  @Override
  public OutboxMessage letter(Caller caller, long caseId, long messageId) {
    return letterOf(
        access.caseFor(
            caller, caseId, EDIT_REFERRAL_AND_PLAN, RECORD_SCHOOL_STEPS, DECIDE_AT_PANEL),
        messageId);
  }

  @Override
  public OutboxMessage recordLetterPrinted(Caller caller, long caseId, long messageId) {
    OutboxMessage letter = letter(caller, caseId, messageId);
    letter.recordPrinted(caller.name(), now());
    return letter;
  }

  /** A letter to print; a held one waits for an inclusion officer to release it (issue 14). */
  private OutboxMessage letterOf(ReintegrationCase c, long messageId) {
    OutboxMessage letter =
        cases.recordsOf(c, OutboxMessage.class).stream()
            .filter(m -> m.getId() == messageId && m.isLetter())
            .findFirst()
            .orElseThrow(
                () -> new InvalidReferenceException("messageId", "No such letter on this case"));
    if (letter.getState() == MessageState.HELD) {
      throw new InvalidReferenceException(
          "messageId", "This letter is held: an inclusion officer releases it first");
    }
    return letter;
  }

  @Override
  public OutboxMessage retryMessage(Caller caller, long caseId, long messageId) {
    OutboxMessage message = messageOf(caller, caseId, messageId);
    if (message.isLetter()) {
      throw new InvalidReferenceException("messageId", "A letter is printed, not sent");
    }
    if (message.getState() == MessageState.SENT || message.getState() == MessageState.HELD) {
      throw new InvalidReferenceException(
          "messageId",
          message.getState() == MessageState.SENT ? "It was sent" : "It is held: release it");
    }
    message.retry(now());
    return message;
  }

  @Override
  public OutboxMessage releaseMessage(Caller caller, long caseId, long messageId) {
    OutboxMessage message = messageOf(caller, caseId, messageId);
    if (message.getState() != MessageState.HELD) {
      throw new InvalidReferenceException("messageId", "It is not held");
    }
    message.release(now());
    return message;
  }

  /** One of the case's messages, for those who look after its delivery. */
  private OutboxMessage messageOf(Caller caller, long caseId, long messageId) {
    return cases.recordsOf(access.caseFor(caller, caseId, READ_AUDIT), OutboxMessage.class).stream()
        .filter(m -> m.getId() == messageId)
        .findFirst()
        .orElseThrow(
            () -> new InvalidReferenceException("messageId", "No such message on this case"));
  }

  @Override
  public List<OutboxMessage> messages(Caller caller, long caseId) {
    return cases.recordsOf(access.caseFor(caller, caseId, READ_AUDIT), OutboxMessage.class);
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
    if (start != null && !Meeting.isInReach(start, today())) {
      throw new InvalidReferenceException(
          "start",
          "Give a start within a year from today: meetings are arranged for the weeks of the plan.");
    }
  }

  /** The case, for a step of the edition it runs under (CaseAccess#caseForStep). */
  private ReintegrationCase step(Caller caller, long caseId, long version, Step step) {
    return access.caseForStep(caller, caseId, version, step);
  }

  /** The hard rules of the edition the case runs under. */
  private HardRules rules(ReintegrationCase c) {
    return editions.of(c).rules();
  }

  /** Whether the step belongs where the case stands, on its route. */
  private boolean belongsWhereItStands(ReintegrationCase c, Step step) {
    return editions.of(c).step(step).belongsWhere(c.getStatus(), c.getRoute());
  }

  /** Takes the step of the case's edition, recording the move in the history. */
  private void move(ReintegrationCase c, Step step, Caller caller, String reason) {
    c.take(editions.of(c).step(step), caller.name(), reason, now()).ifPresent(cases::add);
  }

  private Establishment establishment(String field, long id) {
    return establishments
        .find(id)
        .orElseThrow(() -> new InvalidReferenceException(field, "No establishment has that id"));
  }

  private IyfapHearing hearing(String field, long id) {
    return hearings
        .find(id)
        .orElseThrow(() -> new InvalidReferenceException(field, "No hearing has that id"));
  }

  private static long required(String field, Long id) {
    if (id == null) {
      throw new InvalidReferenceException(field, "Give " + field);
    }
    return id;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
