package uk.gov.borough.reintegration.domain.model.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * A person invited to a meeting, the part they play and whether they were there: the form asks to
 * "list those present at the meeting" (policy P8).
 */
@Embeddable
public class Attendee implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @NotBlank(message = "Give the attendee's name")
  @Size(max = 200, message = "Keep the attendee's name to 200 characters")
  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @NotNull(message = "Choose the attendee's role in the meeting")
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 30)
  private AttendeeRole role;

  @Column(name = "present", nullable = false)
  private boolean present;

  protected Attendee() {}

  public Attendee(String name, AttendeeRole role, boolean present) {
    this.name = name;
    this.role = role;
    this.present = present;
  }

  public String getName() {
    return name;
  }

  public AttendeeRole getRole() {
    return role;
  }

  public boolean isPresent() {
    return present;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attendee that
        && present == that.present
        && role == that.role
        && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, role, present);
  }
}
