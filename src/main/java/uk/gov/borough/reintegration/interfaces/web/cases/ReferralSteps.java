package uk.gov.borough.reintegration.interfaces.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uk.gov.borough.reintegration.application.EstablishmentDirectory;
import uk.gov.borough.reintegration.application.ReferralService;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.Consent;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.Stage1Readiness;
import uk.gov.borough.reintegration.domain.model.cases.UniformFunding;
import uk.gov.borough.reintegration.domain.model.cases.UniformSupport;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentKind;
import uk.gov.borough.reintegration.interfaces.RequestValidation;

/**
 * The provider's part of the form (policy P7): parents and carers, consent, Stage 1, uniform, the
 * AP start, and sending the referral to the panel (P4) or agreeing a managed move (P5). Each form
 * comes back as typed when a step is refused.
 */
@Named("referralSteps")
@RequestScoped
public class ReferralSteps {

  @Inject CasePage casePage;

  @Inject ReferralService referralService;

  @Inject EstablishmentDirectory establishments;

  @Inject RequestValidation validation;

  @Inject Caller caller;

  private String parentName;
  private String parentRelationship;
  private String parentEmail;
  private String parentAddress;
  private boolean parentalResponsibility = true;
  private String consentGivenBy;
  private LocalDate consentGivenOn;
  private String consentHowObtained;
  private boolean fullUnderstanding;
  private LocalDate withdrawnOn;
  private String withdrawalReason;
  private String aims;
  private String academicTarget;
  private String behaviourTarget;
  private String attendanceTarget;
  private Boolean onTrack;
  private String notOnTrackReason;
  private String barrierRequirement;
  private Integer estimatedWeeks;
  private boolean asylumSeekerOrRefugee;
  private UniformFunding funding;
  private LocalDate uniformDecidedOn;
  private String uniformNotes;
  private LocalDate apStart;
  private Long receivingSchoolId;

  /** A parent or carer on the case (P7): consent, meetings and letters need them (R11). */
  public String addParentCarer() {
    return casePage.attempt(
        () ->
            referralService.addParentCarer(
                caller,
                casePage.getId(),
                casePage.getVersion(),
                new ReferralService.ParentCarerDetails(
                    parentName,
                    parentRelationship,
                    blankAsNull(parentEmail),
                    blankAsNull(parentAddress),
                    parentalResponsibility)),
        "Parent or carer added.");
  }

  /** Consent given (P4, R1); given again, a stopped case goes on where it stood. */
  public String recordConsent() {
    return casePage.attempt(
        () ->
            referralService.recordConsent(
                caller,
                casePage.getId(),
                casePage.getVersion(),
                validation.valid(
                    new Consent(
                        consentGivenBy, consentGivenOn, consentHowObtained, fullUnderstanding))),
        "Consent recorded.");
  }

  /** Withdrawn consent stops a permanent-exclusion case until it is given again (R1). */
  public String withdrawConsent() {
    return casePage.attempt(
        () ->
            referralService.withdrawConsent(
                caller, casePage.getId(), casePage.getVersion(), withdrawnOn, withdrawalReason),
        "Consent withdrawal recorded.");
  }

  /** Stage 1; not on track pauses the case until it is re-assessed (P7, R3). */
  public String recordStage1() {
    return casePage.attempt(
        () ->
            referralService.recordStage1(
                caller,
                casePage.getId(),
                casePage.getVersion(),
                validation.valid(
                    new Stage1Readiness(
                        aims,
                        academicTarget,
                        behaviourTarget,
                        attendanceTarget,
                        onTrack,
                        blankAsNull(notOnTrackReason),
                        blankAsNull(barrierRequirement),
                        estimatedWeeks))),
        "Stage 1 recorded.");
  }

  /** Who buys the uniform (P5, R4). */
  public String decideUniform() {
    return casePage.attempt(
        () ->
            referralService.decideUniform(
                caller,
                casePage.getId(),
                casePage.getVersion(),
                asylumSeekerOrRefugee,
                validation.valid(new UniformSupport(funding, uniformDecidedOn, uniformNotes))),
        "Uniform support recorded.");
  }

  /** The AP start counts the plan's weeks, the 4-week review and the ideal phased return (P7). */
  public String recordApStart() {
    return casePage.attempt(
        () ->
            referralService.recordApStart(caller, casePage.getId(), casePage.getVersion(), apStart),
        "AP start recorded: the plan's weeks are counted from it.");
  }

  /** To the IYFAP mailbox (P4, R1, R3, R4). */
  public String submitReferral() {
    return casePage.attempt(
        () -> referralService.submitReferral(caller, casePage.getId(), casePage.getVersion()),
        "Referral submitted to the panel.");
  }

  /** A managed move agreed between schools goes to planning with no hearing (P5). */
  public String agreeManagedMove() {
    return casePage.attempt(
        () ->
            referralService.agreeManagedMove(
                caller, casePage.getId(), casePage.getVersion(), receivingSchoolId),
        "Managed move agreed.");
  }

  public UniformFunding[] getFundings() {
    return UniformFunding.values();
  }

  /** The mainstream schools a pupil may return to. */
  public List<Establishment> getSchools() {
    return establishments.list(Optional.of(EstablishmentKind.MAINSTREAM));
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public String getParentName() {
    return parentName;
  }

  public void setParentName(String parentName) {
    this.parentName = parentName;
  }

  public String getParentRelationship() {
    return parentRelationship;
  }

  public void setParentRelationship(String parentRelationship) {
    this.parentRelationship = parentRelationship;
  }

  public String getParentEmail() {
    return parentEmail;
  }

  public void setParentEmail(String parentEmail) {
    this.parentEmail = parentEmail;
  }

  public String getParentAddress() {
    return parentAddress;
  }

  public void setParentAddress(String parentAddress) {
    this.parentAddress = parentAddress;
  }

  public boolean isParentalResponsibility() {
    return parentalResponsibility;
  }

  public void setParentalResponsibility(boolean parentalResponsibility) {
    this.parentalResponsibility = parentalResponsibility;
  }

  public String getConsentGivenBy() {
    return consentGivenBy;
  }

  public void setConsentGivenBy(String consentGivenBy) {
    this.consentGivenBy = consentGivenBy;
  }

  public LocalDate getConsentGivenOn() {
    return consentGivenOn;
  }

  public void setConsentGivenOn(LocalDate consentGivenOn) {
    this.consentGivenOn = consentGivenOn;
  }

  public String getConsentHowObtained() {
    return consentHowObtained;
  }

  public void setConsentHowObtained(String consentHowObtained) {
    this.consentHowObtained = consentHowObtained;
  }

  public boolean isFullUnderstanding() {
    return fullUnderstanding;
  }

  public void setFullUnderstanding(boolean fullUnderstanding) {
    this.fullUnderstanding = fullUnderstanding;
  }

  public LocalDate getWithdrawnOn() {
    return withdrawnOn;
  }

  public void setWithdrawnOn(LocalDate withdrawnOn) {
    this.withdrawnOn = withdrawnOn;
  }

  public String getWithdrawalReason() {
    return withdrawalReason;
  }

  public void setWithdrawalReason(String withdrawalReason) {
    this.withdrawalReason = withdrawalReason;
  }

  /**
   * What Stage 1 holds now, shown in its form when the page is drawn, so a re-assessment changes
   * what changed instead of retyping all four targets (issue 18); a form sent back keeps what was
   * typed.
   */
  private <T> T savedOr(T typed, Function<Stage1Readiness, T> field) {
    ReintegrationCase c = casePage.getReintegration();
    boolean drawn = !FacesContext.getCurrentInstance().isPostback();
    return typed == null && drawn && c != null && c.getStage1() != null
        ? field.apply(c.getStage1())
        : typed;
  }

  public String getAims() {
    return savedOr(aims, Stage1Readiness::getAims);
  }

  public void setAims(String aims) {
    this.aims = aims;
  }

  public String getAcademicTarget() {
    return savedOr(academicTarget, Stage1Readiness::getAcademicTarget);
  }

  public void setAcademicTarget(String academicTarget) {
    this.academicTarget = academicTarget;
  }

  public String getBehaviourTarget() {
    return savedOr(behaviourTarget, Stage1Readiness::getBehaviourTarget);
  }

  public void setBehaviourTarget(String behaviourTarget) {
    this.behaviourTarget = behaviourTarget;
  }

  public String getAttendanceTarget() {
    return savedOr(attendanceTarget, Stage1Readiness::getAttendanceTarget);
  }

  public void setAttendanceTarget(String attendanceTarget) {
    this.attendanceTarget = attendanceTarget;
  }

  public Boolean getOnTrack() {
    return savedOr(onTrack, Stage1Readiness::getOnTrack);
  }

  public void setOnTrack(Boolean onTrack) {
    this.onTrack = onTrack;
  }

  public String getNotOnTrackReason() {
    return savedOr(notOnTrackReason, Stage1Readiness::getNotOnTrackReason);
  }

  public void setNotOnTrackReason(String notOnTrackReason) {
    this.notOnTrackReason = notOnTrackReason;
  }

  public String getBarrierRequirement() {
    return savedOr(barrierRequirement, Stage1Readiness::getBarrierRequirement);
  }

  public void setBarrierRequirement(String barrierRequirement) {
    this.barrierRequirement = barrierRequirement;
  }

  public Integer getEstimatedWeeks() {
    return savedOr(estimatedWeeks, Stage1Readiness::getEstimatedWeeks);
  }

  public void setEstimatedWeeks(Integer estimatedWeeks) {
    this.estimatedWeeks = estimatedWeeks;
  }

  public boolean isAsylumSeekerOrRefugee() {
    return asylumSeekerOrRefugee;
  }

  public void setAsylumSeekerOrRefugee(boolean asylumSeekerOrRefugee) {
    this.asylumSeekerOrRefugee = asylumSeekerOrRefugee;
  }

  public UniformFunding getFunding() {
    return funding;
  }

  public void setFunding(UniformFunding funding) {
    this.funding = funding;
  }

  public LocalDate getUniformDecidedOn() {
    return uniformDecidedOn;
  }

  public void setUniformDecidedOn(LocalDate uniformDecidedOn) {
    this.uniformDecidedOn = uniformDecidedOn;
  }

  public String getUniformNotes() {
    return uniformNotes;
  }

  public void setUniformNotes(String uniformNotes) {
    this.uniformNotes = uniformNotes;
  }

  public LocalDate getApStart() {
    return apStart;
  }

  public void setApStart(LocalDate apStart) {
    this.apStart = apStart;
  }

  public Long getReceivingSchoolId() {
    return receivingSchoolId;
  }

  public void setReceivingSchoolId(Long receivingSchoolId) {
    this.receivingSchoolId = receivingSchoolId;
  }
}
