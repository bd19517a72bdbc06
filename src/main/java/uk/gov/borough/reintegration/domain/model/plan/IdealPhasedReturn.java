package uk.gov.borough.reintegration.domain.model.plan;

import static uk.gov.borough.reintegration.domain.model.plan.PhasedReturnStep.DAYS_IN_MAINSTREAM;
import static uk.gov.borough.reintegration.domain.model.plan.PhasedReturnStep.INDUCTION;
import static uk.gov.borough.reintegration.domain.model.plan.PhasedReturnStep.PREPARATIONS;
import static uk.gov.borough.reintegration.domain.model.plan.PhasedReturnStep.PUPIL_STARTS_AP;
import static uk.gov.borough.reintegration.domain.model.plan.PhasedReturnStep.STAGE_1_RETURNED;
import static uk.gov.borough.reintegration.domain.model.plan.PhasedReturnStep.TRANSITION_PREPARATION_MEETING;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.IntFunction;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;

/**
 * The policy's "Ideal Expectations for a phased return to mainstream" (Stage 2, P7) as a table of
 * twelve plan weeks, turned into a case's weeks from the date the pupil started at the AP.
 *
 * <p>Weeks here are calendar weeks from the Monday of the AP start; skipping holiday weeks is the
 * school-day calendar's business, applied when a case adjusts its plan.
 */
public final class IdealPhasedReturn {

  /** The number of weeks in the ideal plan. */
  public static final int WEEKS = 12;

  private record IdealWeek(
      int week, PhasedReturnStep step, int daysInMainstream, boolean apVisit) {}

  private static final List<IdealWeek> TABLE =
      List.of(
          new IdealWeek(1, PUPIL_STARTS_AP, 0, false),
          new IdealWeek(2, null, 0, false),
          new IdealWeek(3, STAGE_1_RETURNED, 0, false),
          new IdealWeek(4, TRANSITION_PREPARATION_MEETING, 0, false),
          new IdealWeek(5, null, 0, false),
          new IdealWeek(6, null, 0, false),
          new IdealWeek(7, PREPARATIONS, 0, false),
          new IdealWeek(8, INDUCTION, 2, false),
          new IdealWeek(9, DAYS_IN_MAINSTREAM, 2, false),
          new IdealWeek(10, DAYS_IN_MAINSTREAM, 3, false),
          new IdealWeek(11, DAYS_IN_MAINSTREAM, 4, false),
          new IdealWeek(12, DAYS_IN_MAINSTREAM, 5, true));

  private IdealPhasedReturn() {}

  /**
   * The twelve weeks of the ideal plan for a case, week 1 being the week (from its Monday) in which
   * the pupil started at the AP, counted in calendar weeks.
   */
  public static List<PhasedReturnWeek> planFor(
      ReintegrationCase reintegrationCase, LocalDate apStartDate) {
    LocalDate week1 = apStartDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return planFor(reintegrationCase, week -> week1.plusWeeks(week - 1L));
  }

  /**
   * The twelve weeks of the ideal plan for a case, each starting on the Monday the calendar gives
   * for that plan week (term-time weeks, so holidays do not use the plan up).
   */
  public static List<PhasedReturnWeek> planFor(
      ReintegrationCase reintegrationCase, IntFunction<LocalDate> mondayOfWeek) {
    return TABLE.stream()
        .map(
            ideal ->
                new PhasedReturnWeek(
                    reintegrationCase,
                    ideal.week(),
                    ideal.step(),
                    mondayOfWeek.apply(ideal.week()),
                    ideal.daysInMainstream(),
                    ideal.apVisit()))
        .toList();
  }
}
