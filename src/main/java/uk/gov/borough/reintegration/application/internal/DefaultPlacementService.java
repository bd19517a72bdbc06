package uk.gov.borough.reintegration.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import uk.gov.borough.reintegration.application.InvalidReferenceException;
import uk.gov.borough.reintegration.application.PlacementService;
import uk.gov.borough.reintegration.application.PlacementService.Completion;
import uk.gov.borough.reintegration.application.PlacementService.Ending;
import uk.gov.borough.reintegration.application.PlacementService.Party;
import uk.gov.borough.reintegration.application.PlacementService.Readiness;
import uk.gov.borough.reintegration.application.PlacementService.ReturnTo;
import uk.gov.borough.reintegration.application.RecordConflictException;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.calendar.UkDateFormat;
import uk.gov.borough.reintegration.domain.model.cases.CaseRepository;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.RollDecision;
import uk.gov.borough.reintegration.domain.model.cases.RollRecord;
import uk.gov.borough.reintegration.domain.model.cases.SignOff;
import uk.gov.borough.reintegration.domain.model.incident.Incident;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.policy.DeadlineKind;
import uk.gov.borough.reintegration.domain.policy.Step;
import uk.gov.borough.reintegration.infrastructure.policy.PolicyEditions;

@Stateless
@Interceptors({RefusalsRecorded.class, WrittenBeforeReturn.class})
public class DefaultPlacementService implements PlacementService {

  @Inject CaseAccess access;

  @Inject CaseRepository cases;

  @Inject DeadlinePlanner deadlines;

  @Inject PolicyEditions editions;

  @Inject Notifications notifications;

  @Inject CaseSteps steps;

  @Override
  public ReintegrationCase recordReadiness(
      Caller caller, long caseId, long version, Readiness readiness) {
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.RECORD_READINESS);
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
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.START);
    steps.rules(c).onTrack().check(c);
    steps.rules(c).readinessShown().check(c);
    c.recordPlacementStart(on);
    steps.move(c, Step.START, caller, "First day at " + c.getReceivingSchool().getName());
    deadlines.planFromStart(c, on);
    return c;
  }

  @Override
  public ReintegrationCase beginLiaison(Caller caller, long caseId, long version) {
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.BEGIN_LIAISON);
    steps.move(c, Step.BEGIN_LIAISON, caller, "Weekly reviews done: liaison with the provider");
    return c;
  }

  @Override
  public ReintegrationCase endPlacement(Caller caller, long caseId, long version, Ending ending) {
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.END_PLACEMENT);
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
    steps.rules(c).groundsForEnding().check(ending.category(), meeting);
    steps.rules(c).endingTold().check(c);
    cases.add(new Incident(c, ending.on(), caller.name(), ending.description(), ending.category()));
    steps.move(
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
      steps.move(c, Step.AGREE_SUCCESS, caller, "Both parties signed off the success");
      deadlines.planAfterSuccess(c, on);
      notifications.successAgreed(c);
    }
    return c;
  }

  @Override
  public ReintegrationCase acknowledgeSuccess(Caller caller, long caseId, long version) {
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.ACKNOWLEDGE_SUCCESS);
    c.acknowledgeSuccess(caller.name(), steps.today());
    steps.move(
        c, Step.ACKNOWLEDGE_SUCCESS, caller, "Success report acknowledged: the roll may change");
    deadlines.meet(c, DeadlineKind.SUCCESS_REPORTED, steps.today());
    return c;
  }

  @Override
  public ReintegrationCase recordRoll(
      Caller caller, long caseId, long version, RollDecision decision, LocalDate on, String notes) {
    // The school of roll decides: a mainstream school, or Olive Academy for a permanently
    // excluded pupil (P4).
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.DECIDE_ROLL);
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
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.SUPERSEDE_ROLL);
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
    steps.rules(c).rollAfterAcknowledgement().check(c, decision);
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
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.COMPLETE);
    c.recordReflection(completion.wentWell(), completion.couldBeImproved());
    c.recordTransitionComplete(completion.transitionCompletedOn());
    steps.move(c, Step.COMPLETE, caller, "Transition complete; the AP withdrew");
    return c;
  }

  @Override
  public ReintegrationCase returnPupil(
      Caller caller, long caseId, long version, ReturnTo to, String reason) {
    Step step =
        to == ReturnTo.OLIVE_ACADEMY
            ? Step.RETURN_TO_OLIVE_ACADEMY
            : Step.RETURN_TO_REFERRING_SCHOOL;
    ReintegrationCase c = steps.forStep(caller, caseId, version, step);
    if (to == ReturnTo.OLIVE_ACADEMY) {
      steps.rules(c).oliveAcademyReturn().check(c);
    }
    steps.move(c, step, caller, reason);
    return c;
  }
}
