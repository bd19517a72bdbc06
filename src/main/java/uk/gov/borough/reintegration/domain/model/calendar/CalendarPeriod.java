package uk.gov.borough.reintegration.domain.model.calendar;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A run of days in a school calendar, from its first to its last day inclusive: a term, a half
 * term, a holiday, a bank holiday, an INSET day or a closure.
 */
@Entity
@Table(name = "ri_calendar_period")
public class CalendarPeriod implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "ri_calendar_period_seq",
      sequenceName = "ri_calendar_period_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ri_calendar_period_seq")
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "calendar_id", nullable = false)
  private SchoolCalendar calendar;

  @NotNull(message = "Choose the kind of period")
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private PeriodKind kind;

  @NotBlank(message = "Give the period's label")
  @Size(max = 200, message = "Keep the period's label to 200 characters")
  @Column(name = "label", nullable = false, length = 200)
  private String label;

  @NotNull(message = "Give the period's first day")
  @Column(name = "first_day", nullable = false)
  private LocalDate firstDay;

  @NotNull(message = "Give the period's last day")
  @Column(name = "last_day", nullable = false)
  private LocalDate lastDay;

  protected CalendarPeriod() {}

  public CalendarPeriod(
      SchoolCalendar calendar,
      PeriodKind kind,
      String label,
      LocalDate firstDay,
      LocalDate lastDay) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.kind = kind;
    this.label = label;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
  }

  @AssertTrue(message = "The period's last day cannot be before its first day")
  public boolean isLastDayOnOrAfterFirstDay() {
    return firstDay == null || lastDay == null || !lastDay.isBefore(firstDay);
  }

  public Long getId() {
    return id;
  }

  public SchoolCalendar getCalendar() {
    return calendar;
  }

  public PeriodKind getKind() {
    return kind;
  }

  public String getLabel() {
    return label;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  /** The last day of the period, inclusive. */
  public LocalDate getLastDay() {
    return lastDay;
  }

  /** Whether the day falls in the period, its first and last days included. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }
}
