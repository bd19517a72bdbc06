package uk.gov.borough.reintegration.domain.model.plan;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import uk.gov.borough.reintegration.domain.model.cases.BelongsToCase;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;

/**
 * One week of the case's phased return (Stage 2, policy P7): what the plan expects that week and
 * how many days in mainstream it expects, against the days the pupil actually attended and was on
 * time.
 *
 * <p>Week 1 is the week the pupil starts at the AP; {@link IdealPhasedReturn} generates the
 * policy's ideal twelve weeks, which a case may then adjust.
 */
@Entity
@Table(name = "ri_phased_return_week")
public class PhasedReturnWeek implements Serializable, BelongsToCase {

  @Serial private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "ri_phased_return_week_seq",
      sequenceName = "ri_phased_return_week_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ri_phased_return_week_seq")
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private ReintegrationCase reintegrationCase;

  @Min(value = 1, message = "The plan week must be 1 or later")
  @Column(name = "plan_week", nullable = false)
  private int planWeek;

  @Enumerated(EnumType.STRING)
  @Column(name = "step", length = 40)
  private PhasedReturnStep step;

  @NotNull(message = "Give the date the plan week starts")
  @Column(name = "week_starts_on", nullable = false)
  private LocalDate weekStartsOn;

  @Min(value = 0, message = "The expected days in mainstream must be between 0 and 5")
  @Max(value = 5, message = "The expected days in mainstream must be between 0 and 5")
  @Column(name = "expected_days_in_mainstream", nullable = false)
  private int expectedDaysInMainstream;

  @Min(value = 0, message = "The days attended must be between 0 and 5")
  @Max(value = 5, message = "The days attended must be between 0 and 5")
  @Column(name = "actual_days_attended")
  private Integer actualDaysAttended;

  @Min(value = 0, message = "The days on time must be between 0 and 5")
  @Max(value = 5, message = "The days on time must be between 0 and 5")
  @Column(name = "punctual_days")
  private Integer punctualDays;

  @Column(name = "ap_visit_planned", nullable = false)
  private boolean apVisitPlanned;

  @Size(max = 4000, message = "Keep the week's notes to 4000 characters")
  @Column(name = "notes", length = 4000)
  private String notes;

  protected PhasedReturnWeek() {}

  public PhasedReturnWeek(
      ReintegrationCase reintegrationCase,
      int planWeek,
      PhasedReturnStep step,
      LocalDate weekStartsOn,
      int expectedDaysInMainstream,
      boolean apVisitPlanned) {
    this.reintegrationCase = Objects.requireNonNull(reintegrationCase, "case");
    this.planWeek = planWeek;
    this.step = step;
    this.weekStartsOn = weekStartsOn;
    this.expectedDaysInMainstream = expectedDaysInMainstream;
    this.apVisitPlanned = apVisitPlanned;
  }

  /** The days the pupil attended mainstream that week, and of those the days they were on time. */
  /** The case's own plan: the days expected in mainstream this week, adjusted from the ideal. */
  public void expectDaysInMainstream(int days) {
    this.expectedDaysInMainstream = days;
  }

  public void recordAttendance(Integer actualDaysAttended, Integer punctualDays, String notes) {
    this.actualDaysAttended = actualDaysAttended;
    this.punctualDays = punctualDays;
    this.notes = notes;
  }

  @AssertTrue(message = "A plan week starts on a Monday")
  public boolean isStartingOnMonday() {
    return weekStartsOn == null || weekStartsOn.getDayOfWeek() == DayOfWeek.MONDAY;
  }

  @AssertTrue(message = "The days on time cannot be more than the days attended")
  public boolean isPunctualWithinAttended() {
    return punctualDays == null
        || (actualDaysAttended != null && punctualDays <= actualDaysAttended);
  }

  public Long getId() {
    return id;
  }

  @Override
  public ReintegrationCase getReintegrationCase() {
    return reintegrationCase;
  }

  public int getPlanWeek() {
    return planWeek;
  }

  /** What the policy's table expects this week; null in the weeks it leaves blank (2, 5 and 6). */
  public PhasedReturnStep getStep() {
    return step;
  }

  /** The Monday the plan week starts. */
  public LocalDate getWeekStartsOn() {
    return weekStartsOn;
  }

  public int getExpectedDaysInMainstream() {
    return expectedDaysInMainstream;
  }

  public Integer getActualDaysAttended() {
    return actualDaysAttended;
  }

  public Integer getPunctualDays() {
    return punctualDays;
  }

  /** "AP to visit pupil" (P7, week 12). */
  public boolean isApVisitPlanned() {
    return apVisitPlanned;
  }

  public String getNotes() {
    return notes;
  }
}
