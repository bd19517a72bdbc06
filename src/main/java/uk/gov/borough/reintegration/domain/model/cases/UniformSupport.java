package uk.gov.borough.reintegration.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The uniform decision made at referral: "If pupil is in receipt of Free Schools Meals Funding, the
 * referring school is expected to purchase the new school uniform", and financial assistance is
 * available for asylum seekers, refugees and pupils not in receipt of FSM funding (policy P5, R4).
 */
@Embeddable
public class UniformSupport implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @NotNull(message = "Say who pays for the uniform")
  @Enumerated(EnumType.STRING)
  @Column(name = "uniform_funding", length = 30)
  private UniformFunding funding;

  @NotNull(message = "Give the date the uniform support was decided")
  @PastOrPresent(message = "The date the uniform support was decided cannot be in the future")
  @Column(name = "uniform_decided_on")
  private LocalDate decidedOn;

  @Size(max = 1000, message = "Keep the uniform notes to 1000 characters")
  @Column(name = "uniform_notes", length = 1000)
  private String notes;

  protected UniformSupport() {}

  public UniformSupport(UniformFunding funding, LocalDate decidedOn, String notes) {
    this.funding = funding;
    this.decidedOn = decidedOn;
    this.notes = notes;
  }

  public UniformFunding getFunding() {
    return funding;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public String getNotes() {
    return notes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UniformSupport that
        && funding == that.funding
        && Objects.equals(decidedOn, that.decidedOn)
        && Objects.equals(notes, that.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(funding, decidedOn, notes);
  }
}
