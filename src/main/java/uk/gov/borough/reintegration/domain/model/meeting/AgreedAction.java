package uk.gov.borough.reintegration.domain.model.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An action a review meeting agreed, with who will do it and by when (P8, "weekly review meetings";
 * issue 18): what the next review checks first.
 */
@Embeddable
public class AgreedAction implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @NotBlank(message = "Say what was agreed")
  @Size(max = 1000, message = "Keep the action to 1000 characters")
  @Column(name = "action", nullable = false, length = 1000)
  private String action;

  @NotBlank(message = "Name who will do it")
  @Size(max = 200, message = "Keep the name to 200 characters")
  @Column(name = "owner", nullable = false, length = 200)
  private String owner;

  @NotNull(message = "Give the date it is due")
  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  protected AgreedAction() {}

  public AgreedAction(String action, String owner, LocalDate dueOn) {
    this.action = action;
    this.owner = owner;
    this.dueOn = dueOn;
  }

  public String getAction() {
    return action;
  }

  public String getOwner() {
    return owner;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgreedAction that
        && Objects.equals(action, that.action)
        && Objects.equals(owner, that.owner)
        && Objects.equals(dueOn, that.dueOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, owner, dueOn);
  }
}
