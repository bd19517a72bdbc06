package uk.gov.borough.reintegration.domain.policy;

import java.time.LocalDate;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolDays;

/**
 * One of the policy's deadlines as an edition sets it: its clock, its count, the party whose
 * calendar counts it (none for a day before a hearing) and the party responsible for meeting it.
 */
public record DeadlineRule(
    DeadlineKind kind, DeadlineClock clock, int count, Party countedOn, Party responsible) {

  /** The count in other words, for an override file and the help page: "school-days". */
  public String unit() {
    return switch (clock) {
      case PLAN_WEEKS -> "plan-week";
      case SCHOOL_DAYS_AFTER_HEARING -> "school-days";
      case PLACEMENT_WEEKS -> "weeks";
      case BEFORE_NEXT_HEARING -> "days-before-hearing";
    };
  }

  /** A count of this deadline's clock, as staff read it: "plan week 5", "12 school days". */
  String inWords(int value) {
    return switch (clock) {
      case PLAN_WEEKS -> "plan week " + value;
      case SCHOOL_DAYS_AFTER_HEARING -> value + " school days after the hearing";
      case PLACEMENT_WEEKS -> value + " weeks of the placement";
      case BEFORE_NEXT_HEARING -> value + " days before the next hearing";
    };
  }

  /** The due date counted from the day, on the school days of the calendar it is counted on. */
  public LocalDate dueOn(SchoolDays days, LocalDate from) {
    return switch (clock) {
      case PLAN_WEEKS, PLACEMENT_WEEKS -> days.planWeek(from, count).lastSchoolDay();
      case SCHOOL_DAYS_AFTER_HEARING -> days.schoolDaysAfter(from, count);
      case BEFORE_NEXT_HEARING ->
          throw new IllegalStateException(kind + " is counted back from the next hearing");
    };
  }

  /** The due date before a hearing ({@link DeadlineClock#BEFORE_NEXT_HEARING}). */
  public LocalDate dueBefore(LocalDate hearing) {
    if (clock != DeadlineClock.BEFORE_NEXT_HEARING) {
      throw new IllegalStateException(kind + " is counted on a school calendar");
    }
    return hearing.minusDays(count);
  }

  /** Whether the deadline is counted on a school's calendar, not back from a hearing. */
  public boolean isOnACalendar() {
    return clock != DeadlineClock.BEFORE_NEXT_HEARING;
  }

  DeadlineRule withCount(int newCount) {
    return new DeadlineRule(kind, clock, newCount, countedOn, responsible);
  }
}
