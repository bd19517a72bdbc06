package uk.gov.borough.reintegration.domain.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static uk.gov.borough.reintegration.domain.policy.Refusals.refusedBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.Stage1Readiness;

/**
 * {@link OnTrackBeforeStage2}, allowed and refused, named by its rule and the policy page it comes
 * from.
 */
class OnTrackBeforeStage2Test {

  private static final OnTrackBeforeStage2 RULE = new OnTrackBeforeStage2();

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @Test
  @DisplayName("R3 (P7): no Stage 2 until Stage 1 is complete and says the pupil is on track")
  void onTrackBeforeStage2() {
    ReintegrationCase reintegration = Fixtures.permanentExclusionCase();
    refusedBy(Rule.R3, () -> RULE.check(reintegration));

    reintegration.recordStage1(
        new Stage1Readiness(
            "Re-engage with learning",
            "Reading age +1",
            "No exclusions",
            "95%",
            false,
            "Not attending afternoons",
            "A mentor and a shorter timetable",
            4));
    refusedBy(Rule.R3, () -> RULE.check(reintegration));

    reintegration.recordStage1(reintegration.getStage1().reassessed(TODAY, true));
    assertDoesNotThrow(() -> RULE.check(reintegration));
  }

  @Test
  @DisplayName(
      "R3 (P7): Stage 2 records wait while Stage 1 says not on track, not before it exists")
  void stage2RecordsWhileNotOnTrack() {
    ReintegrationCase reintegration = Fixtures.permanentExclusionCase();
    assertDoesNotThrow(() -> RULE.checkNotRefusedByStage1(reintegration));
    reintegration.recordStage1(
        new Stage1Readiness(
            "Aims", "Reading", "Behaviour", "95%", false, "Afternoons", "A mentor", 4));
    refusedBy(Rule.R3, () -> RULE.checkNotRefusedByStage1(reintegration));
  }
}
