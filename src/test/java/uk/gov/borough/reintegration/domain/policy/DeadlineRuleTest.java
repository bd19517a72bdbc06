package uk.gov.borough.reintegration.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.calendar.PeriodKind;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolCalendar;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolDays;

/**
 * Each deadline of the first edition counted as the policy says, on an EXAMPLE calendar for the
 * autumn of 2026 (invented dates): a half term 26-30 October and an INSET day on 2 November.
 */
class DeadlineRuleTest {

  private static final PolicyEdition HAVERING = Editions.HAVERING_2020_21;

  private static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2026, month, dayOfMonth);
  }

  private static SchoolDays autumn() {
    SchoolCalendar calendar = new SchoolCalendar("EXAMPLE autumn 2026", "Invented", true, null);
    calendar.addPeriod(PeriodKind.TERM, "Autumn term", day(9, 1), day(12, 18));
    calendar.addPeriod(PeriodKind.HALF_TERM, "Half term", day(10, 26), day(10, 30));
    calendar.addPeriod(PeriodKind.INSET_DAY, "INSET", day(11, 2), day(11, 2));
    return SchoolDays.of(calendar);
  }

  private final SchoolDays days = autumn();

  @Test
  @DisplayName("P7: the 4-week review is the last school day of plan week 4, on the AP's calendar")
  void fourWeekReview() {
    DeadlineRule review = HAVERING.deadline(DeadlineKind.FOUR_WEEK_REVIEW);
    assertEquals(Party.PROVIDER, review.countedOn());
    // Started Tue 3 Nov: week 1 is 2-6 Nov, week 4 ends Fri 27 Nov
    assertEquals(day(11, 27), review.dueOn(days, day(11, 3)));
    // Started Mon 19 Oct, before half term: the half term is no plan week, so week 4 is 16-20 Nov
    assertEquals(day(11, 20), review.dueOn(days, day(10, 19)));
  }

  @Test
  @DisplayName("P4 R6: the planning meeting within 10 school days after the hearing")
  void planningMeeting() {
    DeadlineRule meeting = HAVERING.deadline(DeadlineKind.PLANNING_MEETING);
    assertEquals(Party.RECEIVING_SCHOOL, meeting.countedOn());
    assertEquals(Party.PROVIDER, meeting.responsible());
    // Thu 22 Oct: Fri 23 Oct is day 1; half term; INSET Mon 2 Nov; 3-6 Nov days 2-5; 9-13 Nov 6-10
    assertEquals(day(11, 13), meeting.dueOn(days, day(10, 22)));
  }

  @Test
  @DisplayName("P4 R8: the start no later than 10 school days after the hearing")
  void start() {
    DeadlineRule start = HAVERING.deadline(DeadlineKind.START);
    assertEquals(Party.RECEIVING_SCHOOL, start.responsible());
    assertEquals(day(11, 19), start.dueOn(days, day(11, 5)));
  }

  @Test
  @DisplayName("P5 R9: the placement judged after 6 weeks in the first instance")
  void firstJudgement() {
    DeadlineRule judgement = HAVERING.deadline(DeadlineKind.FIRST_JUDGEMENT);
    // Started Mon 9 Nov: week 1 is 9-13 Nov, week 6 ends Fri 18 Dec
    assertEquals(day(12, 18), judgement.dueOn(days, day(11, 9)));
  }

  @Test
  @DisplayName("P4 R13: the success acknowledged before the next hearing: the day before it")
  void successReported() {
    DeadlineRule reported = HAVERING.deadline(DeadlineKind.SUCCESS_REPORTED);
    assertFalse(reported.isOnACalendar());
    assertEquals(Party.INCLUSION_OFFICER, reported.responsible());
    assertEquals(day(12, 2), reported.dueBefore(day(12, 3)));
    assertThrows(IllegalStateException.class, () -> reported.dueOn(days, day(12, 1)));
  }

  @Test
  @DisplayName("No deadline of the edition falls on a day that is not a school day")
  void everyCalendarDeadlineOnASchoolDay() {
    for (DeadlineKind kind : DeadlineKind.values()) {
      DeadlineRule rule = HAVERING.deadline(kind);
      if (!rule.isOnACalendar()) {
        continue;
      }
      for (LocalDate from = day(9, 1); from.isBefore(day(10, 1)); from = from.plusDays(1)) {
        if (!days.isSchoolDay(from)) {
          continue;
        }
        assertTrue(days.isSchoolDay(rule.dueOn(days, from)), kind + " from " + from);
      }
    }
  }
}
