package uk.gov.borough.reintegration.domain.model.incident;

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
import uk.gov.borough.reintegration.domain.model.cases.BelongsToCase;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;

/**
 * Something that happened during the placement, reported by the receiving school. An incident in
 * one of the policy's categories of serious breakdown allows the placement to be ended without a
 * meeting (policy P5, R10); any other incident is on record for the reviews.
 */
@Entity
@Table(name = "ri_incident")
public class Incident implements Serializable, BelongsToCase {

  @Serial private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "ri_incident_seq",
      sequenceName = "ri_incident_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ri_incident_seq")
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private ReintegrationCase reintegrationCase;

  @NotNull(message = "Give the date of the incident")
  @PastOrPresent(message = "The date of the incident cannot be in the future")
  @Column(name = "occurred_on", nullable = false)
  private LocalDate occurredOn;

  @NotBlank(message = "Say who reported the incident")
  @Size(max = 200, message = "Keep the name of who reported the incident to 200 characters")
  @Column(name = "reported_by", nullable = false, length = 200)
  private String reportedBy;

  @NotBlank(message = "Describe the incident")
  @Size(max = 4000, message = "Keep the description of the incident to 4000 characters")
  @Column(name = "description", nullable = false, length = 4000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "breakdown_category", length = 40)
  private BreakdownCategory breakdownCategory;

  protected Incident() {}

  public Incident(
      ReintegrationCase reintegrationCase,
      LocalDate occurredOn,
      String reportedBy,
      String description,
      BreakdownCategory breakdownCategory) {
    this.reintegrationCase = Objects.requireNonNull(reintegrationCase, "case");
    this.occurredOn = occurredOn;
    this.reportedBy = reportedBy;
    this.description = description;
    this.breakdownCategory = breakdownCategory;
  }

  // R10 (P5): only an incident in one of the policy's categories ends a placement without a
  // meeting.
  public boolean isSeriousBreakdown() {
    return breakdownCategory != null;
  }

  public Long getId() {
    return id;
  }

  @Override
  public ReintegrationCase getReintegrationCase() {
    return reintegrationCase;
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public String getReportedBy() {
    return reportedBy;
  }

  public String getDescription() {
    return description;
  }

  /** The policy's category of serious breakdown; null for any other incident. */
  public BreakdownCategory getBreakdownCategory() {
    return breakdownCategory;
  }
}
