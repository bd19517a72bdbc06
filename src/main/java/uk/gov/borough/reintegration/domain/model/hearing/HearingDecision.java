package uk.gov.borough.reintegration.domain.model.hearing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;
import uk.gov.borough.reintegration.domain.model.cases.BelongsToCase;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.party.Establishment;

/**
 * The panel's decision on one case at one hearing (policy P4): ratified with the receiving school,
 * deferred to a named later hearing with reasons, or declined with reasons.
 */
@Entity
@Table(name = "ri_hearing_decision")
public class HearingDecision implements Serializable, BelongsToCase {

  @Serial private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "ri_hearing_decision_seq",
      sequenceName = "ri_hearing_decision_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ri_hearing_decision_seq")
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private ReintegrationCase reintegrationCase;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "hearing_id", nullable = false)
  private IyfapHearing hearing;

  @NotNull(message = "Choose the panel's decision")
  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 20)
  private DecisionOutcome outcome;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "receiving_school_id")
  private Establishment receivingSchool;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "deferred_to_hearing_id")
  private IyfapHearing deferredTo;

  @Size(max = 4000, message = "Keep the reasons to 4000 characters")
  @Column(name = "reasons", length = 4000)
  private String reasons;

  @NotNull(message = "Give the time of the decision")
  @PastOrPresent(message = "The time of the decision cannot be in the future")
  @Column(name = "decided_at", nullable = false)
  private LocalDateTime decidedAt;

  @NotBlank(message = "Say who recorded the decision")
  @Size(max = 200, message = "Keep the name of who recorded the decision to 200 characters")
  @Column(name = "recorded_by", nullable = false, length = 200)
  private String recordedBy;

  protected HearingDecision() {}

  private HearingDecision(
      ReintegrationCase reintegrationCase,
      IyfapHearing hearing,
      DecisionOutcome outcome,
      LocalDateTime decidedAt,
      String recordedBy) {
    this.reintegrationCase = Objects.requireNonNull(reintegrationCase, "case");
    this.hearing = Objects.requireNonNull(hearing, "hearing");
    this.outcome = outcome;
    this.decidedAt = decidedAt;
    this.recordedBy = recordedBy;
  }

  /** The panel ratifies the reintegration and names the receiving school (P4). */
  public static HearingDecision ratified(
      ReintegrationCase reintegrationCase,
      IyfapHearing hearing,
      Establishment receivingSchool,
      LocalDateTime decidedAt,
      String recordedBy) {
    HearingDecision decision =
        new HearingDecision(
            reintegrationCase, hearing, DecisionOutcome.RATIFIED, decidedAt, recordedBy);
    decision.receivingSchool = receivingSchool;
    return decision;
  }

  /** The panel defers its decision to a later hearing, with reasons. */
  public static HearingDecision deferred(
      ReintegrationCase reintegrationCase,
      IyfapHearing hearing,
      IyfapHearing deferredTo,
      String reasons,
      LocalDateTime decidedAt,
      String recordedBy) {
    HearingDecision decision =
        new HearingDecision(
            reintegrationCase, hearing, DecisionOutcome.DEFERRED, decidedAt, recordedBy);
    decision.deferredTo = deferredTo;
    decision.reasons = reasons;
    return decision;
  }

  /** The panel declines the reintegration, with reasons. */
  public static HearingDecision declined(
      ReintegrationCase reintegrationCase,
      IyfapHearing hearing,
      String reasons,
      LocalDateTime decidedAt,
      String recordedBy) {
    HearingDecision decision =
        new HearingDecision(
            reintegrationCase, hearing, DecisionOutcome.DECLINED, decidedAt, recordedBy);
    decision.reasons = reasons;
    return decision;
  }

  // P4: a ratified reintegration names the school the pupil returns to.
  @AssertTrue(message = "A ratified decision must name the receiving school")
  public boolean isReceivingSchoolNamedWhenRatified() {
    return outcome != DecisionOutcome.RATIFIED || receivingSchool != null;
  }

  @AssertTrue(message = "A deferred decision must name a later hearing to go to")
  public boolean isLaterHearingNamedWhenDeferred() {
    if (outcome != DecisionOutcome.DEFERRED) {
      return true;
    }
    return deferredTo != null
        && deferredTo.getPanelDate() != null
        && hearing.getPanelDate() != null
        && deferredTo.getPanelDate().isAfter(hearing.getPanelDate());
  }

  @AssertTrue(message = "Give the reasons for deferring or declining")
  public boolean isReasonGivenWhenDeferredOrDeclined() {
    return outcome == DecisionOutcome.RATIFIED || (reasons != null && !reasons.isBlank());
  }

  public Long getId() {
    return id;
  }

  @Override
  public ReintegrationCase getReintegrationCase() {
    return reintegrationCase;
  }

  public IyfapHearing getHearing() {
    return hearing;
  }

  public DecisionOutcome getOutcome() {
    return outcome;
  }

  /** The school named when ratified; null otherwise. */
  public Establishment getReceivingSchool() {
    return receivingSchool;
  }

  /** The later hearing when deferred; null otherwise. */
  public IyfapHearing getDeferredTo() {
    return deferredTo;
  }

  public String getReasons() {
    return reasons;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
