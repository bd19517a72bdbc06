package uk.gov.borough.reintegration.interfaces.rest.cases;

import static uk.gov.borough.reintegration.interfaces.rest.Refusal.CONFLICT;
import static uk.gov.borough.reintegration.interfaces.rest.Refusal.OUT_OF_PLACE;
import static uk.gov.borough.reintegration.interfaces.rest.Refusal.POLICY_RULE;
import static uk.gov.borough.reintegration.interfaces.rest.Refusal.STALE_VERSION;
import static uk.gov.borough.reintegration.interfaces.rest.Refusal.TERM_DATES;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.borough.reintegration.application.DeadlineService;
import uk.gov.borough.reintegration.application.PanelService;
import uk.gov.borough.reintegration.application.PanelService.Decision;
import uk.gov.borough.reintegration.application.PlacementService;
import uk.gov.borough.reintegration.application.PlacementService.Completion;
import uk.gov.borough.reintegration.application.PlacementService.Ending;
import uk.gov.borough.reintegration.application.PlacementService.Party;
import uk.gov.borough.reintegration.application.PlacementService.Readiness;
import uk.gov.borough.reintegration.application.PlacementService.ReturnTo;
import uk.gov.borough.reintegration.application.ReferralService;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.Consent;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.RollDecision;
import uk.gov.borough.reintegration.domain.model.cases.Stage1Readiness;
import uk.gov.borough.reintegration.domain.model.cases.UniformFunding;
import uk.gov.borough.reintegration.domain.model.cases.UniformSupport;
import uk.gov.borough.reintegration.domain.model.hearing.DecisionOutcome;
import uk.gov.borough.reintegration.domain.model.incident.BreakdownCategory;
import uk.gov.borough.reintegration.domain.policy.Step;
import uk.gov.borough.reintegration.interfaces.RequestValidation;
import uk.gov.borough.reintegration.interfaces.rest.Allowed;
import uk.gov.borough.reintegration.interfaces.rest.Refuses;

/**
 * The steps of the policy's process on one case (P4-P9). Every request carries the version of the
 * case the caller read: 409 if someone saved it since, 409 too for a step out of place, 422 when a
 * hard rule refuses it (naming the rule), 400 naming each bad field. Each answers the case's new
 * version and status.
 */
@Tag(
    name = "Steps",
    description =
        "The policy's steps on a case, from consent and Stage 1 to the outcome and the roll (P4-P9, R1-R15)")
@Path("cases/{id}/steps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseStepsResource {

  private static final String SEND_JSON = "Send the step as JSON, with the case's version";

  @Inject ReferralService referralService;

  @Inject PanelService panelService;

  @Inject PlacementService placementService;

  @Inject DeadlineService deadlineService;

  @Inject Caller caller;

  @Inject RequestValidation validation;

  @PathParam("id")
  long id;

  /** Where the case stands after a step. */
  public record StepResult(long id, long version, CaseStatus status) {

    static StepResult of(ReintegrationCase c) {
      return new StepResult(c.getId(), c.getVersion(), c.getStatus());
    }
  }

  /** Any step that needs nothing but the version. */
  public record Plain(@NotNull(message = "Give the version of the case you read") Long version) {}

  public record ConsentRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      String givenBy,
      LocalDate givenOn,
      String howObtained,
      boolean fullUnderstanding) {}

  public record ParentCarerRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      @NotBlank(message = "Give the parent or carer's name")
          @Size(max = 200, message = "Keep the parent or carer's name to 200 characters")
          String name,
      @NotBlank(message = "Give their relationship to the pupil")
          @Size(max = 100, message = "Keep the relationship to the pupil to 100 characters")
          String relationship,
      @Email(message = "Give the parent or carer's e-mail as an e-mail address")
          @Size(max = 254, message = "Keep the parent or carer's e-mail to 254 characters")
          String email,
      @Size(max = 500, message = "Keep the parent or carer's postal address to 500 characters")
          String postalAddress,
      boolean parentalResponsibility) {

    /** Letters and e-mails must reach them (R11). */
    @AssertTrue(message = "Give an e-mail or a postal address for the parent or carer")
    public boolean isReachable() {
      return (email != null && !email.isBlank())
          || (postalAddress != null && !postalAddress.isBlank());
    }
  }

  public record WithdrawalRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      @NotNull(message = "Give the date consent was withdrawn") LocalDate on,
      @NotBlank(message = "Give the reason consent was withdrawn") @Size(max = 4000)
          String reason) {}

  public record Stage1Request(
      @NotNull(message = "Give the version of the case you read") Long version,
      String aims,
      String academicTarget,
      String behaviourTarget,
      String attendanceTarget,
      Boolean onTrack,
      String notOnTrackReason,
      String barrierRequirement,
      Integer estimatedWeeks) {}

  public record UniformRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      boolean asylumSeekerOrRefugee,
      UniformFunding funding,
      LocalDate decidedOn,
      String notes) {}

  public record DateRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      @NotNull(message = "Give the date") LocalDate on) {}

  public record HearingRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      @NotNull(message = "Choose the hearing") Long hearingId) {}

  public record DecisionRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      @NotNull(message = "Choose the decision: RATIFIED, DEFERRED or DECLINED")
          DecisionOutcome outcome,
      Long receivingSchoolId,
      Long laterHearingId,
      @Size(max = 4000, message = "Keep the reasons to 4000 characters") String reasons) {}

  public record ManagedMoveRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      @NotNull(message = "Choose the receiving school") Long receivingSchoolId) {}

  public record ReadinessRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      LocalDate progressShownOn,
      @Size(max = 4000) String progressNotes,
      LocalDate returnDiscussedOn,
      @Size(max = 4000) String discussionNotes) {}

  public record EndingRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      @NotNull(message = "Give the date the placement ended") LocalDate on,
      BreakdownCategory category,
      Long meetingId,
      @NotBlank(message = "Say what happened")
          @Size(max = 4000, message = "Keep what happened to 4000 characters")
          String description) {}

  public record SignOffRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      @NotNull(message = "Say who signs off: RECEIVING_SCHOOL or PROVIDER") Party party,
      @NotNull(message = "Give the date of the sign-off") LocalDate on) {}

  public record RollRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      @NotNull(message = "Choose the roll decision: REMAIN, TRANSFER or RETURN")
          RollDecision decision,
      @NotNull(message = "Give the date of the roll decision") LocalDate on,
      @Size(max = 4000) String notes) {}

  public record RollSupersessionRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      @NotNull(message = "Choose the roll decision: REMAIN, TRANSFER or RETURN")
          RollDecision decision,
      @NotNull(message = "Give the date of the roll decision") LocalDate on,
      @NotBlank(message = "Give the reason for superseding the decision") @Size(max = 3000)
          String reason) {}

  public record CompletionRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      @NotNull(message = "Give the date the transition completed and the AP withdrew")
          LocalDate transitionCompletedOn,
      @Size(max = 4000) String wentWell,
      @Size(max = 4000) String couldBeImproved) {}

  public record ReturnRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      @NotNull(message = "Say where the pupil returns: OLIVE_ACADEMY or REFERRING_SCHOOL")
          ReturnTo to,
      @NotBlank(message = "Give the reason for the return") @Size(max = 4000) String reason) {}

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE, CONFLICT})
  @Path("parent-carer")
  @Allowed(steps = Step.RECORD_PARENT_CARER)
  @Operation(
      summary = "Add a parent or carer",
      description =
          "Records a parent or carer of the pupil, with an e-mail or a postal address for letters.")
  public StepResult addParentCarer(@NotNull(message = SEND_JSON) @Valid ParentCarerRequest r) {
    return StepResult.of(
        referralService.addParentCarer(
            caller,
            id,
            r.version(),
            new ReferralService.ParentCarerDetails(
                r.name(),
                r.relationship(),
                r.email(),
                r.postalAddress(),
                r.parentalResponsibility())));
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE})
  @Path("consent")
  @Allowed(steps = {Step.RECORD_CONSENT, Step.RESUME_WITH_CONSENT})
  @Operation(
      summary = "Record consent",
      description =
          "Records the parent's or carer's consent to the referral (R1); resumes a case stopped when consent was withdrawn.")
  public StepResult recordConsent(@NotNull(message = SEND_JSON) @Valid ConsentRequest r) {
    Consent consent =
        validation.valid(
            new Consent(r.givenBy(), r.givenOn(), r.howObtained(), r.fullUnderstanding()));
    return StepResult.of(referralService.recordConsent(caller, id, r.version(), consent));
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE, CONFLICT})
  @Path("consent-withdrawal")
  @Allowed(steps = {Step.RECORD_CONSENT, Step.STOP_FOR_WITHDRAWN_CONSENT})
  @Operation(
      summary = "Record consent withdrawn",
      description = "Records that consent was withdrawn: the case stops where it stands (R1).")
  public StepResult withdrawConsent(@NotNull(message = SEND_JSON) @Valid WithdrawalRequest r) {
    return StepResult.of(
        referralService.withdrawConsent(caller, id, r.version(), r.on(), r.reason()));
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE, POLICY_RULE})
  @Path("stage-1")
  @Allowed(steps = {Step.RECORD_STAGE1, Step.FIND_NOT_READY, Step.FIND_READY_AGAIN})
  @Operation(
      summary = "Record Stage 1",
      description =
          "Records the Stage 1 readiness assessment; a pupil not on track makes the case not ready (R3).")
  public StepResult recordStage1(@NotNull(message = SEND_JSON) @Valid Stage1Request r) {
    Stage1Readiness stage1 =
        validation.valid(
            new Stage1Readiness(
                r.aims(),
                r.academicTarget(),
                r.behaviourTarget(),
                r.attendanceTarget(),
                r.onTrack(),
                r.notOnTrackReason(),
                r.barrierRequirement(),
                r.estimatedWeeks()));
    return StepResult.of(referralService.recordStage1(caller, id, r.version(), stage1));
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE, POLICY_RULE})
  @Path("uniform")
  @Allowed(steps = Step.DECIDE_UNIFORM)
  @Operation(
      summary = "Decide the uniform",
      description = "Decides who funds the uniform, before the referral is submitted (R4).")
  public StepResult decideUniform(@NotNull(message = SEND_JSON) @Valid UniformRequest r) {
    UniformSupport uniform =
        validation.valid(new UniformSupport(r.funding(), r.decidedOn(), r.notes()));
    return StepResult.of(
        referralService.decideUniform(caller, id, r.version(), r.asylumSeekerOrRefugee(), uniform));
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE, TERM_DATES})
  @Path("ap-start")
  @Allowed(steps = Step.RECORD_AP_START)
  @Operation(
      summary = "Record the AP start",
      description =
          "Records the day the pupil started at the provision; counts the 4-week review and the ideal phased return (P7).")
  public StepResult recordApStart(@NotNull(message = SEND_JSON) @Valid DateRequest r) {
    return StepResult.of(referralService.recordApStart(caller, id, r.version(), r.on()));
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE, POLICY_RULE})
  @Path("referral")
  @Allowed(steps = Step.SUBMIT_REFERRAL)
  @Operation(
      summary = "Submit the referral",
      description =
          "Submits the referral to the IYFAP with consent (R1), Stage 1 on track (R3) and the uniform decided (R4).")
  public StepResult submitReferral(@NotNull(message = SEND_JSON) @Valid Plain r) {
    return StepResult.of(referralService.submitReferral(caller, id, r.version()));
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE, CONFLICT})
  @Path("hearing")
  @Allowed(steps = Step.LIST_AT_HEARING)
  @Operation(
      summary = "List at a hearing",
      description = "Lists the case at an IYFAP hearing (inclusion officers).")
  public StepResult listAtHearing(@NotNull(message = SEND_JSON) @Valid HearingRequest r) {
    return StepResult.of(panelService.listAtHearing(caller, id, r.version(), r.hearingId()));
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE, TERM_DATES})
  @Path("decision")
  @Allowed(steps = {Step.RATIFY, Step.DEFER, Step.DECLINE})
  @Operation(
      summary = "Record the panel's decision",
      description =
          "Ratifies, defers or declines the case at the hearing that heard it; ratification counts the planning meeting (R6) and the start (R8).")
  public StepResult decide(@NotNull(message = SEND_JSON) @Valid DecisionRequest r) {
    return StepResult.of(
        panelService.decide(
            caller,
            id,
            r.version(),
            new Decision(r.outcome(), r.receivingSchoolId(), r.laterHearingId(), r.reasons())));
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE, POLICY_RULE})
  @Path("managed-move")
  @Allowed(steps = Step.AGREE_MANAGED_MOVE)
  @Operation(
      summary = "Agree a managed move",
      description = "Agrees a managed move with the receiving school named (P5).")
  public StepResult agreeManagedMove(@NotNull(message = SEND_JSON) @Valid ManagedMoveRequest r) {
    return StepResult.of(
        referralService.agreeManagedMove(caller, id, r.version(), r.receivingSchoolId()));
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE})
  @Path("readiness")
  @Allowed(steps = Step.RECORD_READINESS)
  @Operation(
      summary = "Record readiness",
      description = "Records the evidence that the pupil is ready to start (R2).")
  public StepResult recordReadiness(@NotNull(message = SEND_JSON) @Valid ReadinessRequest r) {
    return StepResult.of(
        placementService.recordReadiness(
            caller,
            id,
            r.version(),
            new Readiness(
                r.progressShownOn(),
                r.progressNotes(),
                r.returnDiscussedOn(),
                r.discussionNotes())));
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE, POLICY_RULE, TERM_DATES})
  @Path("start")
  @Allowed(steps = Step.START)
  @Operation(
      summary = "Record the first day",
      description =
          "Records the pupil's first day at the receiving school (R8); counts the first judgement (R9).")
  public StepResult start(@NotNull(message = SEND_JSON) @Valid DateRequest r) {
    return StepResult.of(placementService.start(caller, id, r.version(), r.on()));
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE})
  @Path("liaison")
  @Allowed(steps = Step.BEGIN_LIAISON)
  @Operation(
      summary = "Begin liaison",
      description =
          "The weekly reviews are done: the schools now liaise with the provider on the success.")
  public StepResult beginLiaison(@NotNull(message = SEND_JSON) @Valid Plain r) {
    return StepResult.of(placementService.beginLiaison(caller, id, r.version()));
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE, POLICY_RULE})
  @Path("ending")
  @Allowed(steps = Step.END_PLACEMENT)
  @Operation(
      summary = "End the placement",
      description =
          "Ends the placement after a serious breakdown or an ending meeting (R10); the parties and parents are told (R11).")
  public StepResult endPlacement(@NotNull(message = SEND_JSON) @Valid EndingRequest r) {
    return StepResult.of(
        placementService.endPlacement(
            caller,
            id,
            r.version(),
            new Ending(r.on(), r.category(), r.meetingId(), r.description())));
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE})
  @Path("sign-off")
  @Allowed(steps = Step.SIGN_OFF)
  @Operation(
      summary = "Sign off the success",
      description =
          "Signs off the reintegration for the receiving school or the provider; both sign-offs agree the success (P4).")
  public StepResult signOff(@NotNull(message = SEND_JSON) @Valid SignOffRequest r) {
    return StepResult.of(placementService.signOff(caller, id, r.version(), r.party(), r.on()));
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE})
  @Path("acknowledgement")
  @Allowed(steps = Step.ACKNOWLEDGE_SUCCESS)
  @Operation(
      summary = "Acknowledge the success",
      description = "The Admissions & Inclusion team acknowledges the success report (R12, R13).")
  public StepResult acknowledgeSuccess(@NotNull(message = SEND_JSON) @Valid Plain r) {
    return StepResult.of(placementService.acknowledgeSuccess(caller, id, r.version()));
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE, CONFLICT, POLICY_RULE})
  @Path("roll")
  @Allowed(steps = Step.DECIDE_ROLL)
  @Operation(
      summary = "Decide the roll",
      description = "Records who holds the pupil on roll after the success (P9).")
  public StepResult recordRoll(@NotNull(message = SEND_JSON) @Valid RollRequest r) {
    return StepResult.of(
        placementService.recordRoll(caller, id, r.version(), r.decision(), r.on(), r.notes()));
  }

  @POST
  @Refuses({STALE_VERSION, POLICY_RULE})
  @Path("roll-supersession")
  @Allowed(steps = Step.SUPERSEDE_ROLL)
  @Operation(
      summary = "Supersede a roll decision",
      description = "Replaces a roll decision with another, giving the reason.")
  public StepResult supersedeRoll(@NotNull(message = SEND_JSON) @Valid RollSupersessionRequest r) {
    return StepResult.of(
        placementService.supersedeRoll(caller, id, r.version(), r.decision(), r.on(), r.reason()));
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE})
  @Path("completion")
  @Allowed(steps = Step.COMPLETE)
  @Operation(
      summary = "Complete the transition",
      description = "Completes the case with what went well and what could be improved (P9).")
  public StepResult complete(@NotNull(message = SEND_JSON) @Valid CompletionRequest r) {
    return StepResult.of(
        placementService.complete(
            caller,
            id,
            r.version(),
            new Completion(r.transitionCompletedOn(), r.wentWell(), r.couldBeImproved())));
  }

  /**
   * The case moved to the policy edition new cases are opened under, with the reason (issue 15).
   */
  public record EditionMoveRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      @NotBlank(message = "Give the reason for the move") @Size(max = 3000) String reason) {}

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE, TERM_DATES})
  @Path("policy-edition")
  @Allowed(steps = Step.MOVE_TO_EDITION_IN_FORCE)
  @Operation(
      summary = "Move to the edition in force",
      description =
          "Moves an open case to the policy edition now in force, recounting its deadlines.")
  public StepResult moveToEditionInForce(
      @NotNull(message = SEND_JSON) @Valid EditionMoveRequest r) {
    return StepResult.of(deadlineService.moveToEditionInForce(caller, id, r.version(), r.reason()));
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE, POLICY_RULE})
  @Path("return")
  @Allowed(steps = {Step.RETURN_TO_OLIVE_ACADEMY, Step.RETURN_TO_REFERRING_SCHOOL})
  @Operation(
      summary = "Return the pupil",
      description =
          "After a breakdown, the pupil returns to Olive Academy or to the referring school (R14, R15).")
  public StepResult returnPupil(@NotNull(message = SEND_JSON) @Valid ReturnRequest r) {
    return StepResult.of(placementService.returnPupil(caller, id, r.version(), r.to(), r.reason()));
  }
}
