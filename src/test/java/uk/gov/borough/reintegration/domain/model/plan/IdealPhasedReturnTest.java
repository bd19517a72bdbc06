package uk.gov.borough.reintegration.domain.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;

class IdealPhasedReturnTest {

  // A Wednesday: week 1 starts on the Monday of that week.
  private static final LocalDate AP_START = LocalDate.of(2025, 1, 8);
  private static final LocalDate WEEK_1_MONDAY = LocalDate.of(2025, 1, 6);

  private final ReintegrationCase reintegrationCase = Fixtures.permanentExclusionCase();
  private final List<PhasedReturnWeek> plan =
      IdealPhasedReturn.planFor(reintegrationCase, AP_START);

  @Test
  @DisplayName("Stage 2 (P7): the ideal plan has plan weeks 1 to 12, one a week from the AP start")
  void twelveConsecutiveWeeksFromTheMondayOfTheApStart() {
    assertEquals(12, plan.size());
    for (int i = 0; i < plan.size(); i++) {
      PhasedReturnWeek week = plan.get(i);
      assertEquals(i + 1, week.getPlanWeek());
      assertEquals(WEEK_1_MONDAY.plusWeeks(i), week.getWeekStartsOn());
      assertSame(reintegrationCase, week.getReintegrationCase());
    }
  }

  @Test
  @DisplayName("Stage 2 (P7): a start on a Monday is week 1's own Monday")
  void mondayStartIsWeekOne() {
    LocalDate monday = LocalDate.of(2025, 1, 13);
    assertEquals(
        monday, IdealPhasedReturn.planFor(reintegrationCase, monday).get(0).getWeekStartsOn());
  }

  @Test
  @DisplayName("Stage 2 (P7): the policy's steps in weeks 1, 3, 4, 7 and 8, none in 2, 5 and 6")
  void stepsInThePolicysWeeks() {
    assertEquals(PhasedReturnStep.PUPIL_STARTS_AP, week(1).getStep());
    assertNull(week(2).getStep());
    assertEquals(PhasedReturnStep.STAGE_1_RETURNED, week(3).getStep());
    assertEquals(PhasedReturnStep.TRANSITION_PREPARATION_MEETING, week(4).getStep());
    assertNull(week(5).getStep());
    assertNull(week(6).getStep());
    assertEquals(PhasedReturnStep.PREPARATIONS, week(7).getStep());
    assertEquals(PhasedReturnStep.INDUCTION, week(8).getStep());
  }

  @Test
  @DisplayName("Stage 2 (P7): week 8 is a 2 day induction at mainstream, after none before it")
  void inductionIsTwoDaysInWeekEight() {
    for (int n = 1; n <= 7; n++) {
      assertEquals(0, week(n).getExpectedDaysInMainstream(), "week " + n);
    }
    assertEquals(2, week(8).getExpectedDaysInMainstream());
  }

  @Test
  @DisplayName("Stage 2 (P7): weeks 9, 10, 11, 12 are 2, 3, 4, 5 days a week in mainstream")
  void daysInMainstreamRiseWeekByWeek() {
    int[] expectedDays = {2, 3, 4, 5};
    for (int i = 0; i < expectedDays.length; i++) {
      PhasedReturnWeek week = week(9 + i);
      assertEquals(PhasedReturnStep.DAYS_IN_MAINSTREAM, week.getStep());
      assertEquals(expectedDays[i], week.getExpectedDaysInMainstream(), "week " + (9 + i));
    }
  }

  @Test
  @DisplayName("Stage 2 (P7): the AP visits the pupil in week 12 and no other week")
  void apVisitsInWeekTwelveOnly() {
    assertTrue(week(12).isApVisitPlanned());
    for (int n = 1; n <= 11; n++) {
      assertFalse(week(n).isApVisitPlanned(), "week " + n);
    }
  }

  @Test
  @DisplayName(
      "Stage 2 (P7): the generated plan is valid; the days on time cannot exceed those attended")
  void attendanceShape() {
    plan.forEach(week -> assertEquals(Set.of(), Fixtures.violations(week)));

    PhasedReturnWeek week9 = week(9);
    week9.recordAttendance(2, 3, null);
    assertEquals(
        Set.of("The days on time cannot be more than the days attended"),
        Fixtures.violations(week9));
  }

  @Test
  @DisplayName("Stage 2 (P7): a plan week starts on a Monday")
  void weekStartsOnMonday() {
    PhasedReturnWeek tuesdayWeek =
        new PhasedReturnWeek(reintegrationCase, 1, null, LocalDate.of(2025, 1, 7), 0, false);
    assertEquals(Set.of("A plan week starts on a Monday"), Fixtures.violations(tuesdayWeek));
  }

  private PhasedReturnWeek week(int planWeek) {
    return plan.get(planWeek - 1);
  }
}
