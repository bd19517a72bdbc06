package uk.gov.borough.reintegration.domain.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;

class EvaluationQuestionTest {

  private static final LocalDateTime RECORDED_AT = LocalDateTime.of(2025, 3, 7, 15, 0);

  @Test
  @DisplayName("Stage 4 (P9): questions in plan weeks 1, 2, 3, 4, 7 (three), 8, 9, 10, 11, 12")
  void questionsByPlanWeek() {
    assertEquals(
        List.of(1, 2, 3, 4, 7, 7, 7, 8, 9, 10, 11, 12),
        Arrays.stream(EvaluationQuestion.values()).map(EvaluationQuestion::planWeek).toList());
    assertEquals(
        List.of(
            EvaluationQuestion.WEEK_7_SCHOOL_PREPARATIONS,
            EvaluationQuestion.WEEK_7_PARENT_PREPARATIONS,
            EvaluationQuestion.WEEK_7_PUPIL_PREPARATIONS),
        EvaluationQuestion.askedInWeek(7));
    assertTrue(EvaluationQuestion.askedInWeek(5).isEmpty());
  }

  @Test
  @DisplayName("Stage 4 (P9): the questions are the form's words")
  void questionText() {
    assertEquals("Did pupil settle well? If not why?", EvaluationQuestion.WEEK_1_SETTLED.text());
    assertEquals(
        "Is pupil settling well on the 3 days in mainstream? If not why and what is required to"
            + " support this?",
        EvaluationQuestion.WEEK_10_SETTLING_3_DAYS.text());
  }

  @Test
  @DisplayName("Stage 4 (P9): only the parents' and pupil's week 7 rows omit attendance")
  void attendanceAskedExceptForParentsAndPupilPreparations() {
    Set<EvaluationQuestion> without =
        Set.of(
            EvaluationQuestion.WEEK_7_PARENT_PREPARATIONS,
            EvaluationQuestion.WEEK_7_PUPIL_PREPARATIONS);
    for (EvaluationQuestion question : EvaluationQuestion.values()) {
      assertEquals(
          !without.contains(question), question.asksAttendanceAndPunctuality(), question.name());
    }
  }

  @Test
  @DisplayName("Stage 4 (P9): an evaluation takes its question's plan week")
  void evaluationTakesThePlanWeekOfItsQuestion() {
    Evaluation evaluation =
        new Evaluation(
            Fixtures.permanentExclusionCase(),
            EvaluationQuestion.WEEK_8_INDUCTION,
            true,
            "Settled on both days",
            null,
            new BigDecimal("100"),
            new BigDecimal("100"),
            "AP lead",
            RECORDED_AT);
    assertEquals(8, evaluation.getPlanWeek());
    assertEquals(Set.of(), Fixtures.violations(evaluation));
  }

  @Test
  @DisplayName("Stage 4 (P9): attendance is refused on a question the form asks without it")
  void attendanceOnlyWhereTheFormAsks() {
    Evaluation evaluation =
        new Evaluation(
            Fixtures.permanentExclusionCase(),
            EvaluationQuestion.WEEK_7_PARENT_PREPARATIONS,
            false,
            "Uniform not yet bought",
            "Referring school to buy the uniform",
            new BigDecimal("90"),
            null,
            "AP lead",
            RECORDED_AT);
    assertEquals(
        Set.of("This question does not ask for attendance and punctuality"),
        Fixtures.violations(evaluation));
  }

  @Test
  @DisplayName("Stage 4 (P9): attendance is a percentage from 0 to 100")
  void attendanceIsAPercentage() {
    Evaluation evaluation =
        new Evaluation(
            Fixtures.permanentExclusionCase(),
            EvaluationQuestion.WEEK_1_SETTLED,
            true,
            null,
            null,
            new BigDecimal("100.5"),
            null,
            "AP lead",
            RECORDED_AT);
    assertEquals(
        Set.of("Attendance must be between 0 and 100 per cent"), Fixtures.violations(evaluation));
  }
}
