package uk.gov.borough.reintegration.domain.model.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;

class OutcomeTest {

  private static final SignOff SCHOOL =
      new SignOff("Receiving school lead", LocalDate.of(2025, 5, 2));
  private static final SignOff PROVIDER =
      new SignOff("Olive Academy lead", LocalDate.of(2025, 5, 6));

  @Test
  @DisplayName("P4: success is not agreed while only one party has signed off")
  void oneSignOffIsNotAgreement() {
    assertFalse(Outcome.none().isAgreedByBothParties());
    assertFalse(Outcome.none().signedOffByReceivingSchool(SCHOOL).isAgreedByBothParties());
    assertFalse(Outcome.none().signedOffByProvider(PROVIDER).isAgreedByBothParties());
  }

  @Test
  @DisplayName("P4: success is agreed by both parties once the school and the provider sign off")
  void bothSignOffsAreAgreement() {
    Outcome outcome =
        Outcome.none().signedOffByProvider(PROVIDER).signedOffByReceivingSchool(SCHOOL);
    assertTrue(outcome.isAgreedByBothParties());
    assertEquals(SCHOOL, outcome.getReceivingSchoolSignOff());
    assertEquals(PROVIDER, outcome.getProviderSignOff());
  }

  @Test
  @DisplayName("R12 (P4): an inclusion officer cannot acknowledge success before both sign-offs")
  void acknowledgementNeedsBothSignOffs() {
    Outcome schoolOnly = Outcome.none().signedOffByReceivingSchool(SCHOOL);
    assertThrows(
        IllegalStateException.class,
        () -> schoolOnly.acknowledged("Inclusion officer", LocalDate.of(2025, 5, 7)));
    assertFalse(schoolOnly.isAcknowledged());
  }

  @Test
  @DisplayName("R12 (P4): the success report is acknowledged after both parties agree")
  void acknowledgedAfterAgreement() {
    Outcome agreed =
        Outcome.none().signedOffByReceivingSchool(SCHOOL).signedOffByProvider(PROVIDER);
    Outcome acknowledged = agreed.acknowledged("Inclusion officer", LocalDate.of(2025, 5, 7));
    assertTrue(acknowledged.isAcknowledged());
    assertEquals("Inclusion officer", acknowledged.getAcknowledgedBy());
    assertFalse(agreed.isAcknowledged(), "an outcome is a value: the earlier one is unchanged");
  }

  @Test
  @DisplayName("P4, P9: the case builds its outcome step by step, from an empty one")
  void caseRecordsTheOutcome() {
    ReintegrationCase reintegrationCase = Fixtures.permanentExclusionCase();
    assertFalse(reintegrationCase.getOutcome().isAgreedByBothParties());

    reintegrationCase.signOffByReceivingSchool(SCHOOL);
    reintegrationCase.signOffByProvider(PROVIDER);
    reintegrationCase.acknowledgeSuccess("Inclusion officer", LocalDate.of(2025, 5, 7));
    reintegrationCase.recordReflection("Buddy from day one", "Earlier timetable");
    reintegrationCase.recordTransitionComplete(LocalDate.of(2025, 5, 9));

    Outcome outcome = reintegrationCase.getOutcome();
    assertTrue(outcome.isAgreedByBothParties());
    assertTrue(outcome.isAcknowledged());
    assertTrue(outcome.isTransitionComplete());
    assertEquals("Buddy from day one", outcome.getWhatWentWell());
    assertEquals(LocalDate.of(2025, 5, 9), outcome.getTransitionCompletedOn());
  }

  @Test
  @DisplayName("P4: a sign-off names who signed and when")
  void signOffNeedsWhoAndWhen() {
    ReintegrationCase reintegrationCase = Fixtures.permanentExclusionCase();
    reintegrationCase.signOffByProvider(new SignOff(" ", null));
    assertEquals(
        Set.of(
            "Say who signed off the reintegration as successful", "Give the date of the sign-off"),
        Fixtures.violations(reintegrationCase));
  }
}
