package uk.gov.borough.reintegration.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.LocalDate;
import uk.gov.borough.reintegration.application.InvalidReferenceException;
import uk.gov.borough.reintegration.application.RecordConflictException;
import uk.gov.borough.reintegration.application.ReferralService;
import uk.gov.borough.reintegration.application.ReferralService.NewReferral;
import uk.gov.borough.reintegration.application.ReferralService.ParentCarerDetails;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.calendar.UkDateFormat;
import uk.gov.borough.reintegration.domain.model.cases.CaseRepository;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.Consent;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.Stage1Readiness;
import uk.gov.borough.reintegration.domain.model.cases.UniformSupport;
import uk.gov.borough.reintegration.domain.model.party.Pupil;
import uk.gov.borough.reintegration.domain.model.party.PupilRepository;
import uk.gov.borough.reintegration.domain.policy.PolicyEdition;
import uk.gov.borough.reintegration.domain.policy.Step;
import uk.gov.borough.reintegration.domain.policy.StepRule;
import uk.gov.borough.reintegration.infrastructure.policy.PolicyEditions;

@Stateless
@Interceptors({RefusalsRecorded.class, WrittenBeforeReturn.class})
public class DefaultReferralService implements ReferralService {

  @Inject CaseAccess access;

  @Inject CaseRepository cases;

  @Inject PupilRepository pupils;

  @Inject OpenCases openCases;

  @Inject DeadlinePlanner deadlines;

  @Inject PolicyEditions editions;

  @Inject Notifications notifications;

  @Inject CaseSteps steps;

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
            steps.establishment("referringSchoolId", referral.referringSchoolId()),
            steps.establishment("currentProvisionId", referral.currentProvisionId()));
    // A provider opens referrals for its own pupils only (DESIGN.md, "Who uses it").
    if (!opening.isTakenBy(caller, c.getRoute(), c::establishmentOf)) {
      throw new InvalidReferenceException(
          "currentProvisionId", "You can open a referral only for your own school or provision");
    }
    steps.runUnder(c, edition);
    if (referral.proposedReceivingSchoolId() != null) {
      c.proposeReceivingSchool(
          steps.establishment("proposedReceivingSchoolId", referral.proposedReceivingSchoolId()));
    }
    // One open case per pupil (issue 13). The check spares the database an error in the usual
    // case; the database's constraint is what holds when two are opened at once.
    if (cases.openCaseOf(pupil).isPresent() || !cases.storeNew(c)) {
      throw openCases.refusalOfSecond(caller, pupil);
    }
    cases.add(c.opened(caller.name(), steps.now()));
    return c;
  }

  @Override
  public ReintegrationCase addParentCarer(
      Caller caller, long caseId, long version, ParentCarerDetails parentCarer) {
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.RECORD_PARENT_CARER);
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
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.RECORD_CONSENT);
    c.recordConsent(consent);
    if (c.getStatus() == CaseStatus.STOPPED_CONSENT_WITHDRAWN) {
      steps.move(c, Step.RESUME_WITH_CONSENT, caller, "Consent given again (R1)");
    }
    return c;
  }

  @Override
  public ReintegrationCase withdrawConsent(
      Caller caller, long caseId, long version, LocalDate on, String reason) {
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.RECORD_CONSENT);
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
      steps.move(c, Step.STOP_FOR_WITHDRAWN_CONSENT, caller, "Consent withdrawn (R1): " + reason);
    }
    return c;
  }

  @Override
  public ReintegrationCase recordStage1(
      Caller caller, long caseId, long version, Stage1Readiness stage1) {
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.RECORD_STAGE1);
    steps.rules(c).onTrack().checkBarrierDescribed(stage1);
    c.recordStage1(stage1);
    if (!stage1.isOnTrack() && steps.belongsWhereItStands(c, Step.FIND_NOT_READY)) {
      steps.move(c, Step.FIND_NOT_READY, caller, "Stage 1: not on track to return (R3)");
    } else if (stage1.isOnTrack() && steps.belongsWhereItStands(c, Step.FIND_READY_AGAIN)) {
      if (c.getStatusBeforeStop() != CaseStatus.DRAFT) {
        steps.rules(c).consent().check(c);
      }
      steps.move(c, Step.FIND_READY_AGAIN, caller, "Stage 1 re-assessed: on track to return (R3)");
    }
    if (stage1.isOnTrack()) {
      notifications.stage1Completed(c, steps.today());
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
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.DECIDE_UNIFORM);
    c.recordAsylumSeekerOrRefugee(asylumSeekerOrRefugee);
    c.decideUniformSupport(uniform);
    steps.rules(c).uniform().check(c);
    return c;
  }

  @Override
  public ReintegrationCase recordApStart(
      Caller caller, long caseId, long version, LocalDate apStart) {
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.RECORD_AP_START);
    deadlines.planFromApStart(c, apStart);
    return c;
  }

  @Override
  public ReintegrationCase submitReferral(Caller caller, long caseId, long version) {
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.SUBMIT_REFERRAL);
    steps.rules(c).unmetBeforeReferral(c).stream()
        .findFirst()
        .ifPresent(
            unmet -> {
              throw unmet;
            });
    c.recordReferralSubmitted(steps.today());
    steps.move(c, Step.SUBMIT_REFERRAL, caller, "Referral submitted to the IYFAP mailbox");
    notifications.referralSubmitted(c);
    return c;
  }

  @Override
  public ReintegrationCase agreeManagedMove(
      Caller caller, long caseId, long version, long receivingSchoolId) {
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.AGREE_MANAGED_MOVE);
    steps.rules(c).onTrack().check(c);
    steps.rules(c).uniform().check(c);
    c.nameReceivingSchool(steps.establishment("receivingSchoolId", receivingSchoolId));
    c.recordReferralSubmitted(steps.today());
    steps.move(c, Step.AGREE_MANAGED_MOVE, caller, "Managed move agreed between the schools");
    notifications.referralSubmitted(c);
    return c;
  }
}
