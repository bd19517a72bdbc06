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
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Role;
import uk.gov.borough.reintegration.domain.policy.Editions;
import uk.gov.borough.reintegration.domain.policy.Step;
import uk.gov.borough.reintegration.domain.policy.StepRule;

class ReintegrationCaseTest {

  private static final Caller AP =
      new Caller("ap", "AP lead", Set.of(Role.AP_STAFF), Set.of("990201"));
  private static final Caller SCHOOL =
      new Caller("school", "School lead", Set.of(Role.SCHOOL_STAFF), Set.of("990101"));
  private static final Caller OFFICER =
      new Caller("officer", "Inclusion officer", Set.of(Role.INCLUSION_OFFICER), Set.of());

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
        reintegrationCase
            .take(step(Step.SUBMIT_REFERRAL), "AP lead", "Referral sent", at)
            .orElseThrow();

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

  @Test
  @DisplayName("Issue 13: a parent or carer typed again in other case or spacing is on the case")
  void theSameParentCarerIsRecognised() {
    ReintegrationCase reintegrationCase = Fixtures.permanentExclusionCase();
    reintegrationCase.addParentCarer("Donna Thompson", "Mother", null, "1 High Street", true);

    assertTrue(reintegrationCase.hasParentCarer(" donna  THOMPSON ", "mother"));
    assertFalse(reintegrationCase.hasParentCarer("Donna Thompson", "Grandmother"));
    assertFalse(reintegrationCase.hasParentCarer("Wayne Thompson", "Mother"));
  }

  @Test
  @DisplayName("Issue 13: a draft shows its pupil's details to the borough's officers only")
  void aDraftShowsThePupilsDetailsToOfficersOnly() {
    ReintegrationCase reintegrationCase = Fixtures.permanentExclusionCase();
    LocalDateTime at = LocalDateTime.of(2025, 1, 24, 9, 30);

    assertFalse(reintegrationCase.showsPupilDetailsTo(AP));
    assertFalse(reintegrationCase.showsPupilDetailsTo(SCHOOL));
    assertTrue(reintegrationCase.showsPupilDetailsTo(OFFICER));

    reintegrationCase.take(step(Step.FIND_NOT_READY), "AP lead", "Not on track", at);
    assertFalse(reintegrationCase.showsPupilDetailsTo(AP), "a paused draft is still a draft");
  }

  @Test
  @DisplayName("Issue 13: once referred, the case's parties are shown its pupil's details")
  void aReferredCaseShowsThePupilsDetailsToItsParties() {
    ReintegrationCase reintegrationCase = Fixtures.permanentExclusionCase();
    LocalDateTime at = LocalDateTime.of(2025, 1, 24, 9, 30);
    reintegrationCase.take(step(Step.SUBMIT_REFERRAL), "AP lead", "Referral sent", at);

    assertTrue(reintegrationCase.showsPupilDetailsTo(AP));
    assertTrue(reintegrationCase.showsPupilDetailsTo(SCHOOL));

    reintegrationCase.take(step(Step.STOP_FOR_WITHDRAWN_CONSENT), "AP lead", "Withdrawn", at);
    assertTrue(reintegrationCase.showsPupilDetailsTo(AP), "paused after the referral");
  }

  private static StepRule step(Step step) {
    return Editions.HAVERING_2020_21.step(step);
  }
}
