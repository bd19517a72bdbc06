package uk.gov.borough.reintegration.domain.model.cases;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;
import uk.gov.borough.reintegration.domain.policy.OnTrackBeforeStage2;
import uk.gov.borough.reintegration.domain.policy.Rule;
import uk.gov.borough.reintegration.domain.policy.RuleViolation;

class Stage1ReadinessTest {

  private static Stage1Readiness stage1(
      Boolean onTrack, String why, String required, Integer weeks) {
    return new Stage1Readiness(
        "Re-engage with learning in a small group",
        "Working at expected level in English and maths",
        "No fixed-term exclusions for six weeks",
        "Attendance above 90%",
        onTrack,
        why,
        required,
        weeks);
  }

  @Test
  @DisplayName("R3 (P7): a pupil on track needs no description of a barrier")
  void onTrackNeedsNoBarrier() {
    Stage1Readiness onTrack = stage1(true, null, null, null);
    assertTrue(onTrack.isOnTrack());
    assertEquals(Set.of(), Fixtures.violations(onTrack));
  }

  @Test
  @DisplayName("R3 (P7): not on track requires why, what is required and the estimated weeks")
  void notOnTrackRequiresTheBarrier() {
    Stage1Readiness notOnTrack = stage1(false, " ", null, null);
    assertFalse(notOnTrack.isOnTrack());
    RuleViolation refused =
        assertThrows(
            RuleViolation.class, () -> new OnTrackBeforeStage2().checkBarrierDescribed(notOnTrack));
    assertEquals(Rule.R3, refused.rule());
    assertEquals(
        "Stage 1 says the pupil is not on track: say briefly why the pupil is not on track to"
            + " return, and what is required to address the barrier, and the estimated number of"
            + " weeks required to address it.",
        refused.getMessage());
    RuleViolation weeksOnly =
        assertThrows(
            RuleViolation.class,
            () ->
                new OnTrackBeforeStage2()
                    .checkBarrierDescribed(stage1(false, "Anxiety", "Counselling", null)));
    assertEquals(
        "Stage 1 says the pupil is not on track: say the estimated number of weeks required to"
            + " address it.",
        weeksOnly.getMessage());
  }

  @Test
  @DisplayName("R3 (P7): not on track with the barrier described is valid")
  void notOnTrackWithTheBarrierDescribed() {
    Stage1Readiness described =
        stage1(false, "Attendance has dropped", "Daily check-in with key worker", 4);
    assertEquals(Set.of(), Fixtures.violations(described));
    assertDoesNotThrow(() -> new OnTrackBeforeStage2().checkBarrierDescribed(described));
    assertDoesNotThrow(
        () -> new OnTrackBeforeStage2().checkBarrierDescribed(stage1(true, null, null, null)));
  }

  @Test
  @DisplayName("R3 (P7): Stage 1 answers the question whether the pupil is on track")
  void onTrackMustBeAnswered() {
    assertEquals(
        Set.of("Say whether the pupil is on track to return to mainstream"),
        Fixtures.violations(stage1(null, null, null, null)));
  }

  @Test
  @DisplayName("R3 (P7): the estimated number of weeks is at least 1")
  void estimatedWeeksAtLeastOne() {
    assertEquals(
        Set.of("The estimated number of weeks must be at least 1"),
        Fixtures.violations(stage1(false, "Anxiety", "Counselling", 0)));
  }

  @Test
  @DisplayName("R3 (P7): a re-assessment to Yes puts the pupil on track and keeps the barrier")
  void reassessedOnTrack() {
    Stage1Readiness notOnTrack = stage1(false, "Attendance has dropped", "Daily check-in", 4);
    Stage1Readiness reassessed = notOnTrack.reassessed(LocalDate.of(2025, 3, 3), true);

    assertTrue(reassessed.isOnTrack());
    assertEquals(LocalDate.of(2025, 3, 3), reassessed.getReassessedOn());
    assertEquals("Attendance has dropped", reassessed.getNotOnTrackReason());
    assertFalse(notOnTrack.isOnTrack());
  }

  @Test
  @DisplayName("R3 (P7): validating the case checks its Stage 1")
  void caseValidationCascadesToStage1() {
    ReintegrationCase reintegrationCase = Fixtures.permanentExclusionCase();
    reintegrationCase.recordStage1(stage1(false, "Attendance has dropped", "Daily check-in", 0));
    assertEquals(
        Set.of("The estimated number of weeks must be at least 1"),
        Fixtures.violations(reintegrationCase));
  }
}
