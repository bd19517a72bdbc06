package uk.gov.borough.reintegration.domain.model.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Permission;
import uk.gov.borough.reintegration.domain.model.hearing.IyfapHearing;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.Lead;
import uk.gov.borough.reintegration.domain.model.party.LeadRole;
import uk.gov.borough.reintegration.domain.model.party.ParentCarer;
import uk.gov.borough.reintegration.domain.model.party.Pupil;
import uk.gov.borough.reintegration.domain.policy.Party;
import uk.gov.borough.reintegration.domain.policy.StepRule;

/**
 * A reintegration: "a supported transfer for pupil's moving from a period of support and
 * intervention or a permanent exclusion in an alternative provision, back into mainstream
 * education", coordinated by the alternative provision and the receiving school (policy P4).
 *
 * <p>The case holds what the Reintegration Plan's case details, Stage 1 and outcome ask for (P7,
 * P9); meetings, plan weeks, evaluations, incidents, documents, notes and history point at the case
 * from their own tables. The case keeps its own process: its status moves only by a step of the
 * edition it runs under ({@link #take}), which the services call once the policy's rules allow it.
 */
@Entity
@Table(name = "ri_reintegration_case")
public class ReintegrationCase implements Serializable, BelongsToCase {

  @Serial private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "ri_reintegration_case_seq",
      sequenceName = "ri_reintegration_case_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ri_reintegration_case_seq")
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @NotNull(message = "Choose the pupil")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pupil_id", nullable = false)
  private Pupil pupil;

  /**
   * The pupil's id while the case is open, null once it is closed: its unique constraint lets a
   * pupil have one open case only, even when two are opened at once (issue 13). H2 has no partial
   * index, so the column stands in for one.
   */
  @Column(name = "open_pupil_id")
  private Long openPupilId;

  @NotNull(message = "Choose the route the pupil is returning by")
  @Enumerated(EnumType.STRING)
  @Column(name = "route", nullable = false, length = 30)
  private Route route;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 40)
  private CaseStatus status;

  @NotNull(message = "Choose the referring school")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "referring_school_id", nullable = false)
  private Establishment referringSchool;

  @NotNull(message = "Choose the current school or AP")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "current_provision_id", nullable = false)
  private Establishment currentProvision;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "proposed_receiving_school_id")
  private Establishment proposedReceivingSchool;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "receiving_school_id")
  private Establishment receivingSchool;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "current_provision_lead_id")
  private Lead currentProvisionLead;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "receiving_school_lead_id")
  private Lead receivingSchoolLead;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "inclusions_officer_id")
  private Lead inclusionsOfficer;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "early_help_worker_id")
  private Lead earlyHelpWorker;

  @Valid
  @OneToMany(mappedBy = "reintegrationCase", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<ParentCarer> parentCarers = new ArrayList<>();

  @Column(name = "ap_start_date")
  private LocalDate apStartDate;

  @Column(name = "four_week_review_date")
  private LocalDate fourWeekReviewDate;

  @DecimalMin(value = "0", message = "Attendance must be between 0 and 100 per cent")
  @DecimalMax(value = "100", message = "Attendance must be between 0 and 100 per cent")
  @Column(name = "attendance_percent", precision = 5, scale = 2)
  private BigDecimal attendancePercent;

  @DecimalMin(value = "0", message = "Punctuality must be between 0 and 100 per cent")
  @DecimalMax(value = "100", message = "Punctuality must be between 0 and 100 per cent")
  @Column(name = "punctuality_percent", precision = 5, scale = 2)
  private BigDecimal punctualityPercent;

  @Column(name = "asylum_seeker_or_refugee", nullable = false)
  private boolean asylumSeekerOrRefugee;

  @Valid @Embedded private UniformSupport uniformSupport;

  @Valid @Embedded private Consent consent;

  @Valid @Embedded private ReadinessEvidence readinessEvidence;

  @Valid @Embedded private Stage1Readiness stage1;

  @Valid @Embedded private Outcome outcome;

  @Column(name = "referral_submitted_on")
  private LocalDate referralSubmittedOn;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "listed_hearing_id")
  private IyfapHearing listedHearing;

  @Column(name = "placement_start_date")
  private LocalDate placementStartDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_before_stop", length = 40)
  private CaseStatus statusBeforeStop;

  // The policy edition the case was opened under, and the numbers overridden then (issue 15)
  @Column(name = "policy_edition", nullable = false, length = 60)
  private String policyEdition;

  @Column(name = "policy_overrides", length = 10000)
  private String policyOverrides;

  protected ReintegrationCase() {}

  /** A new case in {@link CaseStatus#DRAFT}, as the provider starts the referral (P4). */
  public ReintegrationCase(
      Pupil pupil, Route route, Establishment referringSchool, Establishment currentProvision) {
    this.pupil = pupil;
    this.openPupilId = pupil == null ? null : pupil.getId();
    this.route = route;
    this.referringSchool = referringSchool;
    this.currentProvision = currentProvision;
    this.status = CaseStatus.DRAFT;
  }

  /**
   * The edition of the policy the case is run under until it closes, by name, with the numbers the
   * borough overrode then (one {@code key=value} per line), or none.
   */
  public void openUnder(String edition, String overrides) {
    this.policyEdition = edition;
    this.policyOverrides = overrides;
  }

  public String getPolicyEdition() {
    return policyEdition;
  }

  public String getPolicyOverrides() {
    return policyOverrides;
  }

  /** The case itself: changes to it are filed under it in the audit trail. */
  @Override
  public ReintegrationCase getReintegrationCase() {
    return this;
  }

  /** The history entry of the case's opening, as a draft referral (P4). */
  public CaseHistoryEntry opened(String by, LocalDateTime at) {
    return new CaseHistoryEntry(
        this, at, by, CaseHistoryEntry.STATUS_CHANGED, null, status, "Referral opened");
  }

  /**
   * Takes a step of the edition the case runs under: moves, pauses or resumes the case as the step
   * says; a record leaves the status as it is. A step that does not belong where the case stands,
   * or to its route, is refused and changes nothing.
   *
   * @return the history entry of the move; empty for a record
   * @throws StepNotAllowed if the step does not belong where the case stands
   */
  public Optional<CaseHistoryEntry> take(
      StepRule rule, String by, String reason, LocalDateTime at) {
    rule.requireInPlace(status, route, null);
    return switch (rule.move()) {
      case MOVES -> Optional.of(changeStatus(rule.to(), by, reason, at));
      case PAUSES -> Optional.of(pause(rule.to(), by, reason, at));
      case RESUMES -> Optional.of(resume(by, reason, at));
      case RECORDS -> Optional.empty();
    };
  }

  private CaseHistoryEntry changeStatus(
      CaseStatus newStatus, String by, String reason, LocalDateTime at) {
    CaseStatus previous = status;
    status = Objects.requireNonNull(newStatus, "status");
    if (status.isClosed()) {
      openPupilId = null;
    }
    return new CaseHistoryEntry(
        this, at, by, CaseHistoryEntry.STATUS_CHANGED, previous, newStatus, reason);
  }

  /** Pauses the case (R1, R3), remembering where it stood so that it goes on from there. */
  private CaseHistoryEntry pause(CaseStatus pausedAs, String by, String reason, LocalDateTime at) {
    CaseStatus current = status;
    CaseHistoryEntry entry = changeStatus(pausedAs, by, reason, at);
    statusBeforeStop = current;
    return entry;
  }

  /** Goes on from where the case was paused. */
  private CaseHistoryEntry resume(String by, String reason, LocalDateTime at) {
    CaseHistoryEntry entry = changeStatus(statusBeforeStop, by, reason, at);
    statusBeforeStop = null;
    return entry;
  }

  /** The establishment of a party of the case; null for an inclusion officer, or until named. */
  public Establishment establishmentOf(Party party) {
    return switch (party) {
      case PROVIDER -> currentProvision;
      case REFERRING_SCHOOL -> referringSchool;
      // The school proposed is the receiving school's party until the panel names one (P4)
      case RECEIVING_SCHOOL -> receivingSchool != null ? receivingSchool : proposedReceivingSchool;
      case INCLUSION_OFFICER -> null;
    };
  }

  /** The referral went to the IYFAP mailbox (P4). */
  public void recordReferralSubmitted(LocalDate on) {
    this.referralSubmittedOn = on;
  }

  /** On the agenda of a hearing, or of a later one when deferred (P4). */
  public void listAt(IyfapHearing hearing) {
    this.listedHearing = hearing;
  }

  /** The pupil's first day at the receiving school, the first induction day (P4). */
  public void recordPlacementStart(LocalDate on) {
    this.placementStartDate = on;
  }

  /** Names the school proposed to receive the pupil, before the panel decides (P4). */
  public void proposeReceivingSchool(Establishment school) {
    this.proposedReceivingSchool = school;
  }

  /**
   * Names the receiving school decided on: ratified by IYFAP, or agreed for a managed move (P4).
   */
  public void nameReceivingSchool(Establishment school) {
    this.receivingSchool = school;
  }

  /** The lead named in the role, or null while none is (P7). */
  public Lead leadOf(LeadRole role) {
    return switch (role) {
      case CURRENT_SCHOOL_OR_AP_LEAD -> currentProvisionLead;
      case RECEIVING_SCHOOL_LEAD -> receivingSchoolLead;
      case INCLUSIONS_OFFICER -> inclusionsOfficer;
      case EARLY_HELP_OR_SOCIAL_WORKER -> earlyHelpWorker;
    };
  }

  /** The leads named on the case, in the order the plan's case details list them (P7). */
  public List<Lead> namedLeads() {
    return Arrays.stream(LeadRole.values()).map(this::leadOf).filter(Objects::nonNull).toList();
  }

  /**
   * The establishment whose staff a lead of the role works for: the current school or AP, the
   * receiving school (the one proposed until it is named); none for the officer or social worker.
   */
  public Establishment establishmentOfLead(LeadRole role) {
    return switch (role) {
      case CURRENT_SCHOOL_OR_AP_LEAD -> currentProvision;
      case RECEIVING_SCHOOL_LEAD -> establishmentOf(Party.RECEIVING_SCHOOL);
      case INCLUSIONS_OFFICER, EARLY_HELP_OR_SOCIAL_WORKER -> null;
    };
  }

  /** Empties the case-details slot of the role (P7). */
  public void removeLead(LeadRole role) {
    switch (role) {
      case CURRENT_SCHOOL_OR_AP_LEAD -> currentProvisionLead = null;
      case RECEIVING_SCHOOL_LEAD -> receivingSchoolLead = null;
      case INCLUSIONS_OFFICER -> inclusionsOfficer = null;
      case EARLY_HELP_OR_SOCIAL_WORKER -> earlyHelpWorker = null;
    }
  }

  /** Puts the lead in the case-details slot of their role (P7). */
  public void assignLead(Lead lead) {
    switch (lead.getRole()) {
      case CURRENT_SCHOOL_OR_AP_LEAD -> currentProvisionLead = lead;
      case RECEIVING_SCHOOL_LEAD -> receivingSchoolLead = lead;
      case INCLUSIONS_OFFICER -> inclusionsOfficer = lead;
      case EARLY_HELP_OR_SOCIAL_WORKER -> earlyHelpWorker = lead;
    }
  }

  /**
   * Whether a parent or carer of this name and relationship is on the case already, whatever the
   * case and spacing they were typed in: one person recorded twice would get every letter twice.
   */
  public boolean hasParentCarer(String name, String relationship) {
    return parentCarers.stream()
        .anyMatch(
            p -> sameWords(p.getName(), name) && sameWords(p.getRelationship(), relationship));
  }

  private static boolean sameWords(String recorded, String typed) {
    return typed != null && words(recorded).equals(words(typed));
  }

  private static String words(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the referral has gone to the panel, or the managed move was agreed: no longer a draft,
   * nor a draft paused (R1, R3). From then on the case's parties are the borough's to know (P4).
   */
  public boolean isReferred() {
    CaseStatus standing =
        status == CaseStatus.NOT_READY || status == CaseStatus.STOPPED_CONSENT_WITHDRAWN
            ? statusBeforeStop
            : status;
    return standing != CaseStatus.DRAFT;
  }

  /**
   * Whether the caller is shown the pupil's date of birth, SEN status and free-school-meals flag
   * (issue 13): the borough's officers always; the case's parties once it is referred. A draft can
   * be opened for any pupil, so opening one must not be a way to read a child's details.
   */
  public boolean showsPupilDetailsTo(Caller caller) {
    return caller.may(Permission.VIEW_ALL_CASES) || isReferred();
  }

  /** Records a parent or carer on the case and gives the new record. */
  public ParentCarer addParentCarer(
      String name,
      String relationship,
      String email,
      String postalAddress,
      boolean parentalResponsibility) {
    ParentCarer parentCarer =
        new ParentCarer(this, name, relationship, email, postalAddress, parentalResponsibility);
    parentCarers.add(parentCarer);
    return parentCarer;
  }

  public void removeParentCarer(ParentCarer parentCarer) {
    parentCarers.remove(parentCarer);
  }

  /** The week the pupil started at the AP: plan week 1 (P7, Stage 2). */
  public void recordApStart(LocalDate apStartDate) {
    this.apStartDate = apStartDate;
  }

  /** The 4-week review date, as the case's policy edition counts it (P7). */
  public void scheduleFourWeekReview(LocalDate fourWeekReviewDate) {
    this.fourWeekReviewDate = fourWeekReviewDate;
  }

  /** Attendance and punctuality at the AP, as per cent, for the case details (P7). */
  public void recordAttendance(BigDecimal attendancePercent, BigDecimal punctualityPercent) {
    this.attendancePercent = attendancePercent;
    this.punctualityPercent = punctualityPercent;
  }

  /** Asylum seekers and refugees may get financial assistance for the uniform (P5, R4). */
  public void recordAsylumSeekerOrRefugee(boolean asylumSeekerOrRefugee) {
    this.asylumSeekerOrRefugee = asylumSeekerOrRefugee;
  }

  /** The uniform decision made at referral (P5, R4). */
  public void decideUniformSupport(UniformSupport uniformSupport) {
    this.uniformSupport = uniformSupport;
  }

  /** Consent given, or given again after a withdrawal (P4, R1). */
  public void recordConsent(Consent consent) {
    this.consent = consent;
  }

  /**
   * The parent or carer withdrew consent (P4, R1).
   *
   * @throws IllegalStateException if no consent is on record, or it was already withdrawn
   */
  public void withdrawConsent(LocalDate on, String reason) {
    if (consent == null) {
      throw new IllegalStateException("No consent is on record to withdraw");
    }
    consent = consent.withdrawn(on, reason);
  }

  /** The provider showed the receiving school the pupil's progress from the baseline (P4, R2). */
  public void recordProgressShown(LocalDate on, String notes) {
    readinessEvidence = getReadinessEvidence().withProgressShown(on, notes);
  }

  /** The provider discussed the return with the pupil and their parent (P4, R2). */
  public void recordReturnDiscussed(LocalDate on, String notes) {
    readinessEvidence = getReadinessEvidence().withReturnDiscussed(on, notes);
  }

  /** Stage 1 of the plan, completed or re-assessed (P7, R3). */
  public void recordStage1(Stage1Readiness stage1) {
    this.stage1 = stage1;
  }

  /** The receiving school agrees the reintegration is successful (P4). */
  public void signOffByReceivingSchool(SignOff signOff) {
    outcome = getOutcome().signedOffByReceivingSchool(signOff);
  }

  /** The provider agrees the reintegration is successful (P4). */
  public void signOffByProvider(SignOff signOff) {
    outcome = getOutcome().signedOffByProvider(signOff);
  }

  /** An inclusion officer acknowledges the success report (P4, R12). */
  public void acknowledgeSuccess(String inclusionOfficer, LocalDate on) {
    outcome = getOutcome().acknowledged(inclusionOfficer, on);
  }

  /** What went well with this transition and what could be improved (P9). */
  public void recordReflection(String whatWentWell, String whatCouldBeImproved) {
    outcome = getOutcome().withReflection(whatWentWell, whatCouldBeImproved);
  }

  /** The transition is complete and the AP withdrew (P9). */
  public void recordTransitionComplete(LocalDate on) {
    outcome = getOutcome().withTransitionCompletedOn(on);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Pupil getPupil() {
    return pupil;
  }

  public Route getRoute() {
    return route;
  }

  public CaseStatus getStatus() {
    return status;
  }

  /** The school of roll, which keeps responsibility for the pupil until success (P4). */
  public Establishment getReferringSchool() {
    return referringSchool;
  }

  /** The "Current School / AP" of the case details (P7). */
  public Establishment getCurrentProvision() {
    return currentProvision;
  }

  /** The school proposed to receive the pupil; null until one is proposed. */
  public Establishment getProposedReceivingSchool() {
    return proposedReceivingSchool;
  }

  /** The receiving school decided on; null until it is decided. */
  public Establishment getReceivingSchool() {
    return receivingSchool;
  }

  public Lead getCurrentProvisionLead() {
    return currentProvisionLead;
  }

  public Lead getReceivingSchoolLead() {
    return receivingSchoolLead;
  }

  public Lead getInclusionsOfficer() {
    return inclusionsOfficer;
  }

  public Lead getEarlyHelpWorker() {
    return earlyHelpWorker;
  }

  public List<ParentCarer> getParentCarers() {
    return Collections.unmodifiableList(parentCarers);
  }

  public LocalDate getApStartDate() {
    return apStartDate;
  }

  public LocalDate getFourWeekReviewDate() {
    return fourWeekReviewDate;
  }

  public BigDecimal getAttendancePercent() {
    return attendancePercent;
  }

  public BigDecimal getPunctualityPercent() {
    return punctualityPercent;
  }

  public boolean isAsylumSeekerOrRefugee() {
    return asylumSeekerOrRefugee;
  }

  /** The uniform decision; null until it is made. */
  public UniformSupport getUniformSupport() {
    return uniformSupport;
  }

  /** The parent or carer's consent; null until it is recorded. */
  public Consent getConsent() {
    return consent;
  }

  /** Never null: empty until the provider records the first piece of evidence. */
  public ReadinessEvidence getReadinessEvidence() {
    return readinessEvidence == null ? ReadinessEvidence.none() : readinessEvidence;
  }

  /** Stage 1 of the plan; null until the provider completes it. */
  public Stage1Readiness getStage1() {
    return stage1;
  }

  /** Never null: empty until the first party signs off. */
  public LocalDate getReferralSubmittedOn() {
    return referralSubmittedOn;
  }

  /** The hearing the case is listed at; null when it is on no agenda. */
  public IyfapHearing getListedHearing() {
    return listedHearing;
  }

  public LocalDate getPlacementStartDate() {
    return placementStartDate;
  }

  public CaseStatus getStatusBeforeStop() {
    return statusBeforeStop;
  }

  public Outcome getOutcome() {
    return outcome == null ? Outcome.none() : outcome;
  }
}
