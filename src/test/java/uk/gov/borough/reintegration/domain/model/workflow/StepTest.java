package uk.gov.borough.reintegration.domain.model.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;

/** The workflow as a state machine: which step may follow which status (P4-P9). */
class StepTest {

  @Test
  @DisplayName("P4: a referral goes to the panel, is ratified, planned and started, then reviewed")
  void theIdealPath() {
    CaseStatus status = CaseStatus.DRAFT;
    for (Step step :
        new Step[] {
          Step.SUBMIT_REFERRAL,
          Step.LIST_AT_HEARING,
          Step.RATIFY,
          Step.START,
          Step.BEGIN_LIAISON,
          Step.AGREE_SUCCESS,
          Step.ACKNOWLEDGE_SUCCESS,
          Step.COMPLETE
        }) {
      status = step.from(status).orElseThrow();
    }
    assertEquals(CaseStatus.COMPLETED, status);
  }

  @Test
  @DisplayName("P4: a deferred case is listed again at a later hearing; a declined one closes")
  void deferredAndDeclined() {
    assertEquals(Optional.of(CaseStatus.DEFERRED), Step.DEFER.from(CaseStatus.AT_PANEL));
    assertEquals(Optional.of(CaseStatus.AT_PANEL), Step.LIST_AT_HEARING.from(CaseStatus.DEFERRED));
    Set<Step> afterDecline = allowedFrom(CaseStatus.DECLINED);
    assertEquals(EnumSet.of(Step.RETURN_TO_REFERRING_SCHOOL), afterDecline);
  }

  @Test
  @DisplayName("P5: a managed move goes to planning without a hearing")
  void managedMove() {
    assertEquals(Optional.of(CaseStatus.PLANNING), Step.AGREE_MANAGED_MOVE.from(CaseStatus.DRAFT));
  }

  @Test
  @DisplayName("P5-P6: a breakdown ends in a return to Olive Academy or the referring school")
  void breakdown() {
    assertEquals(Optional.of(CaseStatus.BROKEN_DOWN), Step.END_PLACEMENT.from(CaseStatus.STARTED));
    assertEquals(
        EnumSet.of(Step.RETURN_TO_OLIVE_ACADEMY, Step.RETURN_TO_REFERRING_SCHOOL),
        allowedFrom(CaseStatus.BROKEN_DOWN));
  }

  @Test
  @DisplayName("R1 (P4): withdrawn consent stops an open case, which resumes where it stopped")
  void consentStopsAndResumes() {
    assertEquals(
        Optional.of(CaseStatus.STOPPED_CONSENT_WITHDRAWN),
        Step.STOP_FOR_WITHDRAWN_CONSENT.from(CaseStatus.PLANNING));
    assertEquals(
        Optional.empty(), Step.RESUME_WITH_CONSENT.from(CaseStatus.STOPPED_CONSENT_WITHDRAWN));
    assertFalse(Step.STOP_FOR_WITHDRAWN_CONSENT.isAllowedFrom(CaseStatus.COMPLETED));
  }

  @Test
  @DisplayName("A step out of place is refused, saying where the case stands")
  void outOfPlace() {
    StepNotAllowed refused =
        assertThrows(StepNotAllowed.class, () -> Step.ACKNOWLEDGE_SUCCESS.from(CaseStatus.STARTED));
    assertEquals(
        "A case that is started cannot be acknowledged as successful.", refused.getMessage());
  }

  @Test
  @DisplayName("Closed cases take no step but the return the policy always allows (R15)")
  void closedCases() {
    for (CaseStatus closed :
        EnumSet.of(
            CaseStatus.COMPLETED,
            CaseStatus.RETURNED_TO_OLIVE_ACADEMY,
            CaseStatus.RETURNED_TO_REFERRING_SCHOOL)) {
      assertTrue(allowedFrom(closed).isEmpty(), closed + " takes " + allowedFrom(closed));
    }
  }

  private static Set<Step> allowedFrom(CaseStatus status) {
    Set<Step> steps = EnumSet.noneOf(Step.class);
    Arrays.stream(Step.values()).filter(s -> s.isAllowedFrom(status)).forEach(steps::add);
    return steps;
  }
}
