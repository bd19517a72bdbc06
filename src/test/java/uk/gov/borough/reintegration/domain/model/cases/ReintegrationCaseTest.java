package uk.gov.borough.reintegration.domain.model.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;

class ReintegrationCaseTest {

  @Test
  @DisplayName("P4, P7: a new case is a valid draft while the provider prepares the referral")
  void newCaseIsADraft() {
    ReintegrationCase reintegrationCase = Fixtures.permanentExclusionCase();
    assertEquals(CaseStatus.DRAFT, reintegrationCase.getStatus());
    assertEquals(Set.of(), Fixtures.violations(reintegrationCase));
  }

  @Test
  @DisplayName("DESIGN: a change of status gives the history entry that records it")
  void statusChangeIsRecorded() {
    ReintegrationCase reintegrationCase = Fixtures.permanentExclusionCase();
    LocalDateTime at = LocalDateTime.of(2025, 1, 24, 9, 30);

    CaseHistoryEntry entry =
        reintegrationCase.changeStatus(CaseStatus.REFERRED, "AP lead", "Referral sent", at);

    assertEquals(CaseStatus.REFERRED, reintegrationCase.getStatus());
    assertSame(reintegrationCase, entry.getReintegrationCase());
    assertEquals(CaseHistoryEntry.STATUS_CHANGED, entry.getAction());
    assertEquals(CaseStatus.DRAFT, entry.getFromStatus());
    assertEquals(CaseStatus.REFERRED, entry.getToStatus());
    assertEquals("AP lead", entry.getBy());
    assertEquals(at, entry.getAt());
  }

  @Test
  @DisplayName("R2 (P4): readiness needs both the progress shown and the discussion with family")
  void readinessEvidenceNeedsBothParts() {
    ReintegrationCase reintegrationCase = Fixtures.permanentExclusionCase();
    assertFalse(reintegrationCase.getReadinessEvidence().isComplete());

    reintegrationCase.recordProgressShown(LocalDate.of(2025, 2, 3), "Reading age up two years");
    assertFalse(reintegrationCase.getReadinessEvidence().isComplete());

    reintegrationCase.recordReturnDiscussed(LocalDate.of(2025, 2, 5), "Pupil and mother keen");
    assertTrue(reintegrationCase.getReadinessEvidence().isComplete());
    assertEquals(
        "Reading age up two years", reintegrationCase.getReadinessEvidence().getProgressNotes());
  }

  @Test
  @DisplayName("P7 Case Details: attendance and punctuality are percentages from 0 to 100")
  void attendanceAndPunctualityArePercentages() {
    ReintegrationCase reintegrationCase = Fixtures.permanentExclusionCase();
    reintegrationCase.recordAttendance(new BigDecimal("-1"), new BigDecimal("100.01"));
    assertEquals(
        Set.of(
            "Attendance must be between 0 and 100 per cent",
            "Punctuality must be between 0 and 100 per cent"),
        Fixtures.violations(reintegrationCase));
  }
}
