package uk.gov.borough.reintegration.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One party's agreement that the reintegration has been successful: the policy asks that it be
 * "fully completed and agreed by both parties as being successful" (P4).
 */
@Embeddable
public class SignOff implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @NotBlank(message = "Say who signed off the reintegration as successful")
  @Size(max = 200, message = "Keep the name of who signed off to 200 characters")
  @Column(name = "signed_by", length = 200)
  private String signedBy;

  @NotNull(message = "Give the date of the sign-off")
  @PastOrPresent(message = "The date of the sign-off cannot be in the future")
  @Column(name = "signed_on")
  private LocalDate signedOn;

  protected SignOff() {}

  public SignOff(String signedBy, LocalDate signedOn) {
    this.signedBy = signedBy;
    this.signedOn = signedOn;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignOff that
        && Objects.equals(signedBy, that.signedBy)
        && Objects.equals(signedOn, that.signedOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(signedBy, signedOn);
  }
}
