package uk.gov.borough.reintegration.interfaces.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.gov.borough.reintegration.application.DeadlineService;
import uk.gov.borough.reintegration.application.PlacementService;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.RollDecision;
import uk.gov.borough.reintegration.domain.model.incident.BreakdownCategory;
import uk.gov.borough.reintegration.domain.policy.DeadlineKind;
import uk.gov.borough.reintegration.infrastructure.policy.PolicyEditions;

/**
 * The return itself (P4-P6, P9): readiness shown to the receiving school, the first day, the move
 * to liaison, an ending, the sign-offs, the acknowledgement, the roll, completion, a return, and a
 * deadline moved with its reason.
 */
@Named("returnSteps")
@RequestScoped
public class ReturnSteps {

  @Inject CasePage casePage;

  @Inject PlacementService placementService;

  @Inject DeadlineService deadlineService;

  @Inject Caller caller;

  @Inject PolicyEditions editions;

  private LocalDate progressShownOn;
  private String progressNotes;
  private LocalDate returnDiscussedOn;
  private String discussionNotes;
  private LocalDate startOn;
  private LocalDate endedOn;
  private BreakdownCategory category;
  private Long endingMeetingId;
  private String whatHappened;
  private PlacementService.Party party;
  private LocalDate signedOn;
  private RollDecision rollDecision;
  private LocalDate rollOn;
  private String rollNotes;
  private String rollReason;
  private String editionReason;
  private LocalDate completedOn;
  private String wentWell;
  private String couldBeImproved;
  private PlacementService.ReturnTo returnTo;
  private String returnReason;
  private DeadlineKind deadlineKind;
  private LocalDate extendTo;
  private String extensionReason;

  /** Progress shown to the receiving school and the return discussed (R2). */
  public String recordReadiness() {
    return casePage.attempt(
        () ->
            placementService.recordReadiness(
                caller,
                casePage.getId(),
                casePage.getVersion(),
                new PlacementService.Readiness(
                    progressShownOn, progressNotes, returnDiscussedOn, discussionNotes)),
        "Readiness recorded.");
  }

  /** The first day at the receiving school (R2, R3, R8). */
  public String start() {
    return casePage.attempt(
        () -> placementService.start(caller, casePage.getId(), casePage.getVersion(), startOn),
        "First day recorded: the phased return has started.");
  }

  /** From the weekly reviews to liaison with the provider (P4-P5). */
  public String beginLiaison() {
    return casePage.attempt(
        () -> placementService.beginLiaison(caller, casePage.getId(), casePage.getVersion()),
        "Liaison with the provider begun.");
  }

  /** A serious breakdown, or an ending agreed at a meeting (R10); everyone is told (R11). */
  public String endPlacement() {
    return casePage.attempt(
        () ->
            placementService.endPlacement(
                caller,
                casePage.getId(),
                casePage.getVersion(),
                new PlacementService.Ending(endedOn, category, endingMeetingId, whatHappened)),
        "Placement ended. The referring school, the parents and IYFAP are told.");
  }

  /** One party's sign-off of the success (P4). */
  public String signOff() {
    return casePage.attempt(
        () ->
            placementService.signOff(
                caller, casePage.getId(), casePage.getVersion(), party, signedOn),
        "Sign-off recorded.");
  }

  /** The success report acknowledged: the roll gate opens (R12). */
  public String acknowledgeSuccess() {
    return casePage.attempt(
        () -> placementService.acknowledgeSuccess(caller, casePage.getId(), casePage.getVersion()),
        "Success acknowledged.");
  }

  /** The referring school's roll decision (R12, R13). */
  public String recordRoll() {
    return casePage.attempt(
        () ->
            placementService.recordRoll(
                caller, casePage.getId(), casePage.getVersion(), rollDecision, rollOn, rollNotes),
        "Roll decision recorded.");
  }

  /** An inclusion officer's roll decision superseding the one standing, with the reason. */
  public String supersedeRoll() {
    return casePage.attempt(
        () ->
            placementService.supersedeRoll(
                caller, casePage.getId(), casePage.getVersion(), rollDecision, rollOn, rollReason),
        "Roll decision superseded.");
  }

  /** The case moved to the policy edition in force, with the reason (issue 15). */
  public String moveToEditionInForce() {
    return casePage.attempt(
        () ->
            deadlineService.moveToEditionInForce(
                caller, casePage.getId(), casePage.getVersion(), editionReason),
        "Moved to the policy edition in force; its open deadlines were counted again.");
  }

  /** The transition complete and the AP withdrawn, with what was learnt (P9). */
  public String complete() {
    return casePage.attempt(
        () ->
            placementService.complete(
                caller,
                casePage.getId(),
                casePage.getVersion(),
                new PlacementService.Completion(completedOn, wentWell, couldBeImproved)),
        "Transition completed.");
  }

  /** Back to Olive Academy (R14) or to the referring school (R15). */
  public String returnPupil() {
    return casePage.attempt(
        () ->
            placementService.returnPupil(
                caller, casePage.getId(), casePage.getVersion(), returnTo, returnReason),
        "Return recorded.");
  }

  /** A deadline moved with a reason: never refused, always recorded (P3, P4). */
  public String extendDeadline() {
    return casePage.attempt(
        () ->
            deadlineService.extendDeadline(
                caller,
                casePage.getId(),
                casePage.getVersion(),
                deadlineKind,
                extendTo,
                extensionReason),
        "Deadline moved.");
  }

  /** The serious breakdown categories in the words of the case's edition, by those words. */
  public Map<String, BreakdownCategory> getCategories() {
    Map<String, BreakdownCategory> byWords = new LinkedHashMap<>();
    editions
        .of(casePage.getReintegration())
        .breakdownCategories()
        .forEach((category, words) -> byWords.put(words, category));
    return byWords;
  }

  public PlacementService.Party[] getParties() {
    return PlacementService.Party.values();
  }

  public RollDecision[] getRollDecisions() {
    return RollDecision.values();
  }

  public PlacementService.ReturnTo[] getReturnPlaces() {
    return PlacementService.ReturnTo.values();
  }

  public LocalDate getProgressShownOn() {
    return progressShownOn;
  }

  public void setProgressShownOn(LocalDate progressShownOn) {
    this.progressShownOn = progressShownOn;
  }

  public String getProgressNotes() {
    return progressNotes;
  }

  public void setProgressNotes(String progressNotes) {
    this.progressNotes = progressNotes;
  }

  public LocalDate getReturnDiscussedOn() {
    return returnDiscussedOn;
  }

  public void setReturnDiscussedOn(LocalDate returnDiscussedOn) {
    this.returnDiscussedOn = returnDiscussedOn;
  }

  public String getDiscussionNotes() {
    return discussionNotes;
  }

  public void setDiscussionNotes(String discussionNotes) {
    this.discussionNotes = discussionNotes;
  }

  public LocalDate getStartOn() {
    return startOn;
  }

  public void setStartOn(LocalDate startOn) {
    this.startOn = startOn;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public void setEndedOn(LocalDate endedOn) {
    this.endedOn = endedOn;
  }

  public BreakdownCategory getCategory() {
    return category;
  }

  public void setCategory(BreakdownCategory category) {
    this.category = category;
  }

  public Long getEndingMeetingId() {
    return endingMeetingId;
  }

  public void setEndingMeetingId(Long endingMeetingId) {
    this.endingMeetingId = endingMeetingId;
  }

  public String getWhatHappened() {
    return whatHappened;
  }

  public void setWhatHappened(String whatHappened) {
    this.whatHappened = whatHappened;
  }

  public PlacementService.Party getParty() {
    return party;
  }

  public void setParty(PlacementService.Party party) {
    this.party = party;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public void setSignedOn(LocalDate signedOn) {
    this.signedOn = signedOn;
  }

  public RollDecision getRollDecision() {
    return rollDecision;
  }

  public void setRollDecision(RollDecision rollDecision) {
    this.rollDecision = rollDecision;
  }

  public LocalDate getRollOn() {
    return rollOn;
  }

  public void setRollOn(LocalDate rollOn) {
    this.rollOn = rollOn;
  }

  public String getRollReason() {
    return rollReason;
  }

  public void setRollReason(String rollReason) {
    this.rollReason = rollReason;
  }

  public String getEditionReason() {
    return editionReason;
  }

  public void setEditionReason(String editionReason) {
    this.editionReason = editionReason;
  }

  public String getRollNotes() {
    return rollNotes;
  }

  public void setRollNotes(String rollNotes) {
    this.rollNotes = rollNotes;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public void setCompletedOn(LocalDate completedOn) {
    this.completedOn = completedOn;
  }

  public String getWentWell() {
    return wentWell;
  }

  public void setWentWell(String wentWell) {
    this.wentWell = wentWell;
  }

  public String getCouldBeImproved() {
    return couldBeImproved;
  }

  public void setCouldBeImproved(String couldBeImproved) {
    this.couldBeImproved = couldBeImproved;
  }

  public PlacementService.ReturnTo getReturnTo() {
    return returnTo;
  }

  public void setReturnTo(PlacementService.ReturnTo returnTo) {
    this.returnTo = returnTo;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public void setReturnReason(String returnReason) {
    this.returnReason = returnReason;
  }

  public DeadlineKind getDeadlineKind() {
    return deadlineKind;
  }

  public void setDeadlineKind(DeadlineKind deadlineKind) {
    this.deadlineKind = deadlineKind;
  }

  public LocalDate getExtendTo() {
    return extendTo;
  }

  public void setExtendTo(LocalDate extendTo) {
    this.extendTo = extendTo;
  }

  public String getExtensionReason() {
    return extensionReason;
  }

  public void setExtensionReason(String extensionReason) {
    this.extensionReason = extensionReason;
  }
}
