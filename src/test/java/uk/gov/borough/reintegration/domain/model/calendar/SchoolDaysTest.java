package uk.gov.borough.reintegration.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolDays.PlanWeek;

/**
 * School days and plan weeks on an EXAMPLE calendar for 2026/27 (invented dates, as the demo's),
 * with the real 2026/27 bank holidays of England and Wales taken from a calendar of their own.
 */
class SchoolDaysTest {

  private static LocalDate day(int year, int month, int dayOfMonth) {
    return LocalDate.of(year, month, dayOfMonth);
  }

  private static SchoolCalendar bankHolidays() {
    SchoolCalendar england =
        new SchoolCalendar("Bank holidays, England and Wales", "GOV.UK", false, null);
    england.addPeriod(
        PeriodKind.BANK_HOLIDAY, "Christmas Day", day(2026, 12, 25), day(2026, 12, 25));
    england.addPeriod(PeriodKind.BANK_HOLIDAY, "Good Friday", day(2027, 3, 26), day(2027, 3, 26));
    england.addPeriod(PeriodKind.BANK_HOLIDAY, "Easter Monday", day(2027, 3, 29), day(2027, 3, 29));
    england.addPeriod(
        PeriodKind.BANK_HOLIDAY, "Early May bank holiday", day(2027, 5, 3), day(2027, 5, 3));
    return england;
  }

  /** The borough's dates for its community schools: EXAMPLE, invented. */
  private static SchoolCalendar localAuthority() {
    SchoolCalendar calendar =
        new SchoolCalendar("EXAMPLE LA 2026/27", "Invented for the tests", true, null);
    calendar.takeBankHolidaysFrom(bankHolidays());
    calendar.addPeriod(PeriodKind.TERM, "Autumn term", day(2026, 9, 1), day(2026, 12, 18));
    calendar.addPeriod(PeriodKind.INSET_DAY, "INSET", day(2026, 9, 1), day(2026, 9, 2));
    calendar.addPeriod(
        PeriodKind.HALF_TERM, "Autumn half term", day(2026, 10, 26), day(2026, 10, 30));
    calendar.addPeriod(PeriodKind.INSET_DAY, "INSET", day(2026, 11, 2), day(2026, 11, 2));
    calendar.addPeriod(PeriodKind.HOLIDAY, "Christmas", day(2026, 12, 21), day(2027, 1, 1));
    calendar.addPeriod(PeriodKind.TERM, "Spring term", day(2027, 1, 4), day(2027, 3, 25));
    calendar.addPeriod(
        PeriodKind.HALF_TERM, "Spring half term", day(2027, 2, 15), day(2027, 2, 19));
    calendar.addPeriod(PeriodKind.HOLIDAY, "Easter", day(2027, 3, 26), day(2027, 4, 9));
    calendar.addPeriod(PeriodKind.TERM, "Summer term", day(2027, 4, 12), day(2027, 7, 21));
    calendar.addPeriod(PeriodKind.CLOSURE, "Polling station", day(2027, 5, 6), day(2027, 5, 6));
    return calendar;
  }

  private final SchoolDays la = SchoolDays.of(localAuthority());

  @Test
  @DisplayName(
      "A school day is a weekday in term: the last day of term is, the first of the holiday is not")
  void termBoundaries() {
    assertTrue(la.isSchoolDay(day(2026, 12, 18)));
    assertFalse(la.isSchoolDay(day(2026, 12, 21)));
    assertFalse(la.isSchoolDay(day(2027, 1, 1)));
    assertTrue(la.isSchoolDay(day(2027, 1, 4)));
    assertFalse(la.isSchoolDay(day(2026, 11, 28)), "a Saturday");
  }

  @Test
  @DisplayName("Half terms, INSET days, closures and bank holidays in term are not school days")
  void daysWithoutSessions() {
    assertFalse(la.isSchoolDay(day(2026, 10, 28)), "autumn half term");
    assertFalse(la.isSchoolDay(day(2026, 11, 2)), "INSET day");
    assertFalse(la.isSchoolDay(day(2027, 5, 3)), "May Day, from the bank holidays calendar");
    assertFalse(la.isSchoolDay(day(2027, 5, 6)), "a closure");
    assertTrue(la.isSchoolDay(day(2027, 5, 4)));
  }

  @Test
  @DisplayName("P4 R6/R8: 10 school days after a hearing in plain term time are two weeks on")
  void tenSchoolDaysInTerm() {
    assertEquals(day(2026, 11, 19), la.schoolDaysAfter(day(2026, 11, 5), 10));
    assertEquals(day(2026, 11, 6), la.firstSchoolDayAfter(day(2026, 11, 5)));
  }

  @Test
  @DisplayName("P4 R6/R8: a hearing before half term counts no days in the half term or on INSET")
  void tenSchoolDaysOverHalfTerm() {
    // Thu 22 Oct: Fri 23 Oct is day 1; half term 26-30 Oct; INSET Mon 2 Nov; 3-6 Nov days 2-5;
    // 9-13 Nov days 6-10.
    assertEquals(day(2026, 11, 13), la.schoolDaysAfter(day(2026, 10, 22), 10));
  }

  @Test
  @DisplayName("P4 R6/R8: a hearing just before Christmas counts on into the spring term")
  void hearingJustBeforeAHoliday() {
    // Thu 17 Dec: Fri 18 Dec is day 1; Christmas; 4-8 Jan days 2-6; 11-14 Jan days 7-10.
    assertEquals(day(2027, 1, 14), la.schoolDaysAfter(day(2026, 12, 17), 10));
  }

  @Test
  @DisplayName("An academy counts on its own dates, not the local authority's")
  void academyOwnDates() {
    SchoolCalendar academy = new SchoolCalendar("EXAMPLE academy 2026/27", "Invented", true, null);
    academy.takeBankHolidaysFrom(bankHolidays());
    academy.addPeriod(PeriodKind.TERM, "Autumn term", day(2026, 9, 3), day(2026, 12, 16));
    academy.addPeriod(PeriodKind.HALF_TERM, "Half term", day(2026, 10, 19), day(2026, 10, 23));
    SchoolDays own = SchoolDays.of(academy);

    assertTrue(own.isSchoolDay(day(2026, 10, 28)), "the LA's half term is a school day here");
    assertFalse(own.isSchoolDay(day(2026, 10, 21)));
    // Thu 22 Oct is in the academy's half term: 26-30 Oct are days 1-5 and 2-6 Nov days 6-10.
    assertEquals(day(2026, 11, 6), own.schoolDaysAfter(day(2026, 10, 22), 10));
  }

  @Test
  @DisplayName(
      "A date in a school year with no term dates is refused, naming the year, never guessed")
  void noTermDates() {
    TermDatesMissingException refused =
        assertThrows(TermDatesMissingException.class, () -> la.isSchoolDay(day(2027, 9, 6)));
    assertEquals("2027/28", refused.schoolYear());
    assertTrue(refused.getMessage().contains("2027/28 school year"), refused.getMessage());
    assertTrue(refused.getMessage().contains("EXAMPLE LA 2026/27"), refused.getMessage());

    assertThrows(
        TermDatesMissingException.class,
        () -> la.schoolDaysAfter(day(2027, 7, 15), 10),
        "a count running past the last loaded term");
  }

  @Test
  @DisplayName(
      "P7 plan weeks: week 1 is the AP start's week; the 4-week review is the end of week 4")
  void planWeeks() {
    // Started on Tue 3 Nov after the INSET Monday.
    PlanWeek first = la.planWeek(day(2026, 11, 3), 1);
    assertEquals(day(2026, 11, 2), first.monday());
    assertEquals(day(2026, 11, 3), first.firstSchoolDay());
    assertEquals(day(2026, 11, 27), la.planWeek(day(2026, 11, 3), 4).lastSchoolDay());
  }

  @Test
  @DisplayName("P7 plan weeks are term-time weeks: a half term does not use one up")
  void planWeeksSkipHalfTerm() {
    // Started Mon 12 Oct: week 2 is 19 Oct; half term 26 Oct; week 3 starts 2 Nov (INSET Monday).
    PlanWeek third = la.planWeek(day(2026, 10, 12), 3);
    assertEquals(day(2026, 11, 2), third.monday());
    assertEquals(day(2026, 11, 3), third.firstSchoolDay());
    assertEquals(day(2026, 11, 13), la.planWeek(day(2026, 10, 12), 4).lastSchoolDay());
  }

  @Test
  @DisplayName("The school years loaded are those a term starts in, in order")
  void loadedSchoolYears() {
    assertEquals(List.of("2026/27"), la.loadedSchoolYears());
    assertEquals(
        List.of(), SchoolDays.of(bankHolidays()).loadedSchoolYears(), "bank holidays load no year");
  }

  @Test
  @DisplayName("School years run from September to August")
  void schoolYear() {
    assertEquals("2026/27", SchoolDays.schoolYearOf(day(2026, 9, 1)));
    assertEquals("2026/27", SchoolDays.schoolYearOf(day(2027, 8, 31)));
    assertEquals("2099/00", SchoolDays.schoolYearOf(day(2100, 1, 5)));
  }
}
