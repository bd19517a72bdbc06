package uk.gov.borough.reintegration.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counting on one school's calendar: which days are school days, the n-th school day after a date
 * (the policy's "within N school days after the hearing", P4), and the term-time plan weeks of the
 * Reintegration Plan (P7).
 *
 * <p>A school day is a weekday inside a term that no half term, holiday, bank holiday, INSET day or
 * closure covers ("a day on which that school holds a session", DESIGN.md). A school year
 * (September to August) counts as loaded when the calendar has a term starting in it; a date in a
 * school year that is not loaded is never guessed: {@link TermDatesMissingException} names it.
 */
public final class SchoolDays {

  private final String calendarName;
  private final List<CalendarPeriod> terms = new ArrayList<>();
  private final List<CalendarPeriod> closures = new ArrayList<>();
  private final Set<String> loadedSchoolYears = new TreeSet<>();

  private SchoolDays(String calendarName, Collection<CalendarPeriod> periods) {
    this.calendarName = calendarName;
    for (CalendarPeriod period : periods) {
      if (period.getKind() == PeriodKind.TERM) {
        terms.add(period);
        loadedSchoolYears.add(schoolYearOf(period.getFirstDay()));
      } else {
        closures.add(period);
      }
    }
  }

  /** The calendar's own periods and the bank holidays of the calendar it takes them from. */
  public static SchoolDays of(SchoolCalendar calendar) {
    List<CalendarPeriod> periods = new ArrayList<>(calendar.getPeriods());
    if (calendar.getBankHolidays() != null) {
      calendar.getBankHolidays().getPeriods().stream()
          .filter(period -> period.getKind() == PeriodKind.BANK_HOLIDAY)
          .forEach(periods::add);
    }
    return new SchoolDays(calendar.getName(), periods);
  }

  /**
   * @throws TermDatesMissingException if the day's school year has no term dates
   */
  public boolean isSchoolDay(LocalDate day) {
    requireTermDates(day);
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return false;
    }
    return terms.stream().anyMatch(term -> term.covers(day))
        && closures.stream().noneMatch(closure -> closure.covers(day));
  }

  /**
   * The n-th school day after the day, which is not itself counted: with n = 10 and a hearing on a
   * Thursday in term, the 10th school day after the hearing (P4, R6 and R8).
   */
  public LocalDate schoolDaysAfter(LocalDate day, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("Count at least one school day");
    }
    LocalDate current = day;
    int counted = 0;
    while (counted < n) {
      current = current.plusDays(1);
      if (isSchoolDay(current)) {
        counted++;
      }
    }
    return current;
  }

  /** The first school day after the day: day 1 of the count after a hearing (P4). */
  public LocalDate firstSchoolDayAfter(LocalDate day) {
    return schoolDaysAfter(day, 1);
  }

  /**
   * A plan week of the Reintegration Plan (P7): week 1 is the week the pupil starts at the AP, and
   * only weeks with at least one school day count, so half terms and holidays do not use up the
   * plan.
   *
   * @param apStart the pupil's first day at the AP
   * @param week 1 or more
   */
  public PlanWeek planWeek(LocalDate apStart, int week) {
    if (week < 1) {
      throw new IllegalArgumentException("Plan weeks count from 1");
    }
    LocalDate monday = apStart.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    int counted = 0;
    while (true) {
      List<LocalDate> schoolDays =
          schoolDaysInWeek(monday, monday.equals(startOfWeek(apStart)) ? apStart : monday);
      if (!schoolDays.isEmpty() && ++counted == week) {
        return new PlanWeek(week, monday, schoolDays.get(0), schoolDays.get(schoolDays.size() - 1));
      }
      monday = monday.plusWeeks(1);
    }
  }

  /** The school years with term dates, in order ("2026/27"): the years days can be counted in. */
  public List<String> loadedSchoolYears() {
    return List.copyOf(loadedSchoolYears);
  }

  /**
   * The school year a date falls in, as schools write it: 1 Sep 2026 to 31 Aug 2027 is "2026/27".
   */
  public static String schoolYearOf(LocalDate day) {
    int start = firstDayOfSchoolYear(day).getYear();
    return start + "/" + String.format("%02d", (start + 1) % 100);
  }

  /** The 1 September the school year of a date began on. */
  public static LocalDate firstDayOfSchoolYear(LocalDate day) {
    return LocalDate.of(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1, 9, 1);
  }

  private List<LocalDate> schoolDaysInWeek(LocalDate monday, LocalDate from) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = from; day.isBefore(monday.plusDays(5)); day = day.plusDays(1)) {
      if (isSchoolDay(day)) {
        days.add(day);
      }
    }
    return days;
  }

  private static LocalDate startOfWeek(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private void requireTermDates(LocalDate day) {
    String schoolYear = schoolYearOf(day);
    if (!loadedSchoolYears.contains(schoolYear)) {
      throw new TermDatesMissingException(calendarName, schoolYear);
    }
  }

  /**
   * One plan week: the Monday it starts, and its first and last school days (the first counted from
   * the AP start in week 1). The 4-week review date is the last school day of a week (P7).
   */
  public record PlanWeek(
      int number, LocalDate monday, LocalDate firstSchoolDay, LocalDate lastSchoolDay) {}
}
