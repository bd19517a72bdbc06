package uk.gov.borough.reintegration.domain.model.cases;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import uk.gov.borough.reintegration.domain.model.party.Establishment;

/**
 * One decision about the pupil's roll: "the referring school MUST NOT remove the pupil from their
 * roll during this process until it has been reported ... as being successful" (policy P4), a
 * successful Olive Academy pupil transfers to the receiving school's roll (P5), and a pupil may
 * return to Olive Academy or the referring school (P6).
 *
 * <p>The MIS stays the source of truth for the roll; this record says what was decided and when, so
 * the plugin can tell people what to change and when they may.
 */
@Entity
@Table(name = "ri_roll_record")
public class RollRecord implements Serializable, BelongsToCase {

  @Serial private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "ri_roll_record_seq",
      sequenceName = "ri_roll_record_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ri_roll_record_seq")
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private ReintegrationCase reintegrationCase;

  @NotNull(message = "Choose the establishment holding the pupil on roll")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "establishment_id", nullable = false)
  private Establishment establishment;

  @NotNull(message = "Choose the roll decision")
  @Enumerated(EnumType.STRING)
  @Column(name = "decision", nullable = false, length = 20)
  private RollDecision decision;

  @NotNull(message = "Give the date of the roll decision")
  @PastOrPresent(message = "The date of the roll decision cannot be in the future")
  @Column(name = "decided_on", nullable = false)
  private LocalDate decidedOn;

  @NotBlank(message = "Say who made the roll decision")
  @Size(max = 200, message = "Keep the name of who made the roll decision to 200 characters")
  @Column(name = "decided_by", nullable = false, length = 200)
  private String decidedBy;

  @Size(max = 4000, message = "Keep the roll notes to 4000 characters")
  @Column(name = "notes", length = 4000)
  private String notes;

  protected RollRecord() {}

  public RollRecord(
      ReintegrationCase reintegrationCase,
      Establishment establishment,
      RollDecision decision,
      LocalDate decidedOn,
      String decidedBy,
      String notes) {
    this.reintegrationCase = Objects.requireNonNull(reintegrationCase, "case");
    this.establishment = establishment;
    this.decision = decision;
    this.decidedOn = decidedOn;
    this.decidedBy = decidedBy;
    this.notes = notes;
  }

  public Long getId() {
    return id;
  }

  @Override
  public ReintegrationCase getReintegrationCase() {
    return reintegrationCase;
  }

  /** The establishment that holds the pupil on roll after this decision. */
  public Establishment getEstablishment() {
    return establishment;
  }

  public RollDecision getDecision() {
    return decision;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getNotes() {
    return notes;
  }
}
