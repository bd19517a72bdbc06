package uk.gov.borough.reintegration.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The parent or carer's consent to the reintegration: after a permanent exclusion, "reintegration
 * can only take place with the full consent and understanding of parent / carer's" (policy P4, R1).
 *
 * <p>A value: withdrawing consent gives a new value, and consent given again replaces it.
 */
@Embeddable
public class Consent implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @NotBlank(message = "Say who gave consent")
  @Size(max = 200, message = "Keep the name of who gave consent to 200 characters")
  @Column(name = "consent_given_by", length = 200)
  private String givenBy;

  @NotNull(message = "Give the date consent was given")
  @PastOrPresent(message = "The date consent was given cannot be in the future")
  @Column(name = "consent_given_on")
  private LocalDate givenOn;

  @NotBlank(message = "Say how consent was obtained")
  @Size(max = 500, message = "Keep how consent was obtained to 500 characters")
  @Column(name = "consent_how_obtained", length = 500)
  private String howObtained;

  @Column(name = "consent_full_understanding")
  private boolean fullUnderstandingConfirmed;

  @PastOrPresent(message = "The date consent was withdrawn cannot be in the future")
  @Column(name = "consent_withdrawn_on")
  private LocalDate withdrawnOn;

  @Size(max = 4000, message = "Keep the reason consent was withdrawn to 4000 characters")
  @Column(name = "consent_withdrawal_reason", length = 4000)
  private String withdrawalReason;

  protected Consent() {}

  public Consent(
      String givenBy, LocalDate givenOn, String howObtained, boolean fullUnderstandingConfirmed) {
    this.givenBy = givenBy;
    this.givenOn = givenOn;
    this.howObtained = howObtained;
    this.fullUnderstandingConfirmed = fullUnderstandingConfirmed;
  }

  /**
   * The same consent, withdrawn.
   *
   * @throws IllegalStateException if it was already withdrawn
   */
  public Consent withdrawn(LocalDate on, String reason) {
    if (isWithdrawn()) {
      throw new IllegalStateException("Consent was already withdrawn on " + withdrawnOn);
    }
    Consent withdrawn = new Consent(givenBy, givenOn, howObtained, fullUnderstandingConfirmed);
    withdrawn.withdrawnOn = Objects.requireNonNull(on, "withdrawn on");
    withdrawn.withdrawalReason = reason;
    return withdrawn;
  }

  // R1 (P4): withdrawn consent stops the case until consent is given again.
  public boolean isWithdrawn() {
    return withdrawnOn != null;
  }

  // R1 (P4): only consent given with full understanding, and not withdrawn, lets the case go on.
  public boolean isInForce() {
    return fullUnderstandingConfirmed && !isWithdrawn();
  }

  @AssertTrue(message = "Give the reason consent was withdrawn")
  public boolean isWithdrawalExplained() {
    return !isWithdrawn() || (withdrawalReason != null && !withdrawalReason.isBlank());
  }

  @AssertTrue(message = "Consent cannot be withdrawn before the date it was given")
  public boolean isWithdrawnAfterGiven() {
    return !isWithdrawn() || givenOn == null || !withdrawnOn.isBefore(givenOn);
  }

  public String getGivenBy() {
    return givenBy;
  }

  public LocalDate getGivenOn() {
    return givenOn;
  }

  public String getHowObtained() {
    return howObtained;
  }

  public boolean isFullUnderstandingConfirmed() {
    return fullUnderstandingConfirmed;
  }

  public LocalDate getWithdrawnOn() {
    return withdrawnOn;
  }

  public String getWithdrawalReason() {
    return withdrawalReason;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Consent that
        && fullUnderstandingConfirmed == that.fullUnderstandingConfirmed
        && Objects.equals(givenBy, that.givenBy)
        && Objects.equals(givenOn, that.givenOn)
        && Objects.equals(howObtained, that.howObtained)
        && Objects.equals(withdrawnOn, that.withdrawnOn)
        && Objects.equals(withdrawalReason, that.withdrawalReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(givenBy, givenOn, withdrawnOn);
  }
}
