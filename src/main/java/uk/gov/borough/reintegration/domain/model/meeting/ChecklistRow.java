package uk.gov.borough.reintegration.domain.model.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/** One row of the Stage 3 checklist with its "Details" and "Outcome" columns (policy P8). */
@Embeddable
public class ChecklistRow implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @NotNull(message = "Choose the checklist row")
  @Enumerated(EnumType.STRING)
  @Column(name = "item", nullable = false, length = 40)
  private TransitionChecklistItem item;

  @Size(max = 4000, message = "Keep the row's details to 4000 characters")
  @Column(name = "details", length = 4000)
  private String details;

  @Size(max = 4000, message = "Keep the row's outcome to 4000 characters")
  @Column(name = "outcome", length = 4000)
  private String outcome;

  protected ChecklistRow() {}

  public ChecklistRow(TransitionChecklistItem item, String details, String outcome) {
    this.item = item;
    this.details = details;
    this.outcome = outcome;
  }

  public TransitionChecklistItem getItem() {
    return item;
  }

  public String getDetails() {
    return details;
  }

  public String getOutcome() {
    return outcome;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChecklistRow that
        && item == that.item
        && Objects.equals(details, that.details)
        && Objects.equals(outcome, that.outcome);
  }

  @Override
  public int hashCode() {
    return Objects.hash(item, details, outcome);
  }
}
