package uk.gov.borough.reintegration.domain.model.cases;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How a reintegration ended well: agreed successful by both parties (policy P4), the success report
 * acknowledged by an inclusion officer before the pupil leaves the referring school's roll (P4,
 * R12), and the close of the plan, "what went well with this transition and what could be improved"
 * and "transition complete and AP withdrew" (P9).
 *
 * <p>A value built up step by step: each step gives a new value.
 */
@Embeddable
public class Outcome implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Valid
  @Embedded
  @AttributeOverrides({
    @AttributeOverride(
        name = "signedBy",
        column = @Column(name = "outcome_school_signed_by", length = 200)),
    @AttributeOverride(name = "signedOn", column = @Column(name = "outcome_school_signed_on"))
  })
  private SignOff receivingSchoolSignOff;

  @Valid
  @Embedded
  @AttributeOverrides({
    @AttributeOverride(
        name = "signedBy",
        column = @Column(name = "outcome_provider_signed_by", length = 200)),
    @AttributeOverride(name = "signedOn", column = @Column(name = "outcome_provider_signed_on"))
  })
  private SignOff providerSignOff;

  @Size(max = 200, message = "Keep the name of the inclusion officer to 200 characters")
  @Column(name = "outcome_acknowledged_by", length = 200)
  private String acknowledgedBy;

  @PastOrPresent(message = "The date of the acknowledgement cannot be in the future")
  @Column(name = "outcome_acknowledged_on")
  private LocalDate acknowledgedOn;

  @Size(max = 4000, message = "Keep what went well to 4000 characters")
  @Column(name = "outcome_went_well", length = 4000)
  private String whatWentWell;

  @Size(max = 4000, message = "Keep what could be improved to 4000 characters")
  @Column(name = "outcome_could_improve", length = 4000)
  private String whatCouldBeImproved;

  @PastOrPresent(message = "The date the transition completed cannot be in the future")
  @Column(name = "outcome_transition_completed_on")
  private LocalDate transitionCompletedOn;

  protected Outcome() {}

  /** An outcome with nothing recorded yet. */
  public static Outcome none() {
    return new Outcome();
  }

  /** The same outcome, signed off by the receiving school. */
  public Outcome signedOffByReceivingSchool(SignOff signOff) {
    Outcome outcome = copy();
    outcome.receivingSchoolSignOff = Objects.requireNonNull(signOff, "sign-off");
    return outcome;
  }

  /** The same outcome, signed off by the provider. */
  public Outcome signedOffByProvider(SignOff signOff) {
    Outcome outcome = copy();
    outcome.providerSignOff = Objects.requireNonNull(signOff, "sign-off");
    return outcome;
  }

  /**
   * The same outcome, with the success report acknowledged by an inclusion officer (R12, P4).
   *
   * @throws IllegalStateException unless both parties have signed off
   */
  public Outcome acknowledged(String inclusionOfficer, LocalDate on) {
    if (!isAgreedByBothParties()) {
      throw new IllegalStateException(
          "The success report needs the sign-off of both the receiving school and the provider"
              + " before an inclusion officer acknowledges it");
    }
    Outcome outcome = copy();
    outcome.acknowledgedBy = Objects.requireNonNull(inclusionOfficer, "acknowledged by");
    outcome.acknowledgedOn = Objects.requireNonNull(on, "acknowledged on");
    return outcome;
  }

  /** The same outcome, with what went well and what could be improved (P9). */
  public Outcome withReflection(String whatWentWell, String whatCouldBeImproved) {
    Outcome outcome = copy();
    outcome.whatWentWell = whatWentWell;
    outcome.whatCouldBeImproved = whatCouldBeImproved;
    return outcome;
  }

  /** The same outcome, with the date the transition completed and the AP withdrew (P9). */
  public Outcome withTransitionCompletedOn(LocalDate on) {
    Outcome outcome = copy();
    outcome.transitionCompletedOn = Objects.requireNonNull(on, "transition completed on");
    return outcome;
  }

  private Outcome copy() {
    Outcome copy = new Outcome();
    copy.receivingSchoolSignOff = receivingSchoolSignOff;
    copy.providerSignOff = providerSignOff;
    copy.acknowledgedBy = acknowledgedBy;
    copy.acknowledgedOn = acknowledgedOn;
    copy.whatWentWell = whatWentWell;
    copy.whatCouldBeImproved = whatCouldBeImproved;
    copy.transitionCompletedOn = transitionCompletedOn;
    return copy;
  }

  // P4: success is "agreed by both parties": the receiving school and the provider each sign off.
  public boolean isAgreedByBothParties() {
    return receivingSchoolSignOff != null && providerSignOff != null;
  }

  // R12 (P4): the pupil may leave the referring school's roll only once this is true.
  public boolean isAcknowledged() {
    return acknowledgedOn != null;
  }

  // P9: "Transition complete and AP withdrew".
  public boolean isTransitionComplete() {
    return transitionCompletedOn != null;
  }

  public SignOff getReceivingSchoolSignOff() {
    return receivingSchoolSignOff;
  }

  public SignOff getProviderSignOff() {
    return providerSignOff;
  }

  public String getAcknowledgedBy() {
    return acknowledgedBy;
  }

  public LocalDate getAcknowledgedOn() {
    return acknowledgedOn;
  }

  public String getWhatWentWell() {
    return whatWentWell;
  }

  public String getWhatCouldBeImproved() {
    return whatCouldBeImproved;
  }

  public LocalDate getTransitionCompletedOn() {
    return transitionCompletedOn;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Outcome that
        && Objects.equals(receivingSchoolSignOff, that.receivingSchoolSignOff)
        && Objects.equals(providerSignOff, that.providerSignOff)
        && Objects.equals(acknowledgedBy, that.acknowledgedBy)
        && Objects.equals(acknowledgedOn, that.acknowledgedOn)
        && Objects.equals(whatWentWell, that.whatWentWell)
        && Objects.equals(whatCouldBeImproved, that.whatCouldBeImproved)
        && Objects.equals(transitionCompletedOn, that.transitionCompletedOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(receivingSchoolSignOff, providerSignOff, acknowledgedOn);
  }
}
