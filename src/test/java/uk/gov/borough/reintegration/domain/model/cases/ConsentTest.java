package uk.gov.borough.reintegration.domain.model.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;

class ConsentTest {

  private static final LocalDate GIVEN_ON = LocalDate.of(2025, 1, 20);

  private static Consent consent(boolean fullUnderstanding) {
    return new Consent("Mother", GIVEN_ON, "At a meeting at Olive Academy", fullUnderstanding);
  }

  @Test
  @DisplayName("R1 (P4): consent given with full understanding is in force")
  void consentWithFullUnderstandingIsInForce() {
    Consent consent = consent(true);
    assertTrue(consent.isInForce());
    assertFalse(consent.isWithdrawn());
    assertEquals(Set.of(), Fixtures.violations(consent));
  }

  @Test
  @DisplayName("R1 (P4): consent without full understanding is not in force")
  void consentWithoutFullUnderstandingIsNotInForce() {
    assertFalse(consent(false).isInForce());
  }

  @Test
  @DisplayName("R1 (P4): withdrawn consent is no longer in force")
  void withdrawnConsentIsNotInForce() {
    Consent given = consent(true);
    Consent withdrawn = given.withdrawn(LocalDate.of(2025, 2, 3), "Family moving away");

    assertTrue(withdrawn.isWithdrawn());
    assertFalse(withdrawn.isInForce());
    assertEquals("Family moving away", withdrawn.getWithdrawalReason());
    assertEquals(GIVEN_ON, withdrawn.getGivenOn());
    assertTrue(given.isInForce(), "a consent is a value: the given one is unchanged");
  }

  @Test
  @DisplayName("R1 (P4): consent cannot be withdrawn twice")
  void cannotWithdrawTwice() {
    Consent withdrawn = consent(true).withdrawn(LocalDate.of(2025, 2, 3), "Changed their mind");
    assertThrows(
        IllegalStateException.class, () -> withdrawn.withdrawn(LocalDate.of(2025, 2, 4), "Again"));
  }

  @Test
  @DisplayName("R1 (P4): a withdrawal gives its reason and does not predate the consent")
  void withdrawalShape() {
    assertEquals(
        Set.of("Give the reason consent was withdrawn"),
        Fixtures.violations(consent(true).withdrawn(LocalDate.of(2025, 2, 3), " ")));
    assertEquals(
        Set.of("Consent cannot be withdrawn before the date it was given"),
        Fixtures.violations(consent(true).withdrawn(LocalDate.of(2025, 1, 1), "Mistake")));
  }

  @Test
  @DisplayName("R1 (P4): consent says who gave it, when and how")
  void consentNamesWhoWhenAndHow() {
    assertEquals(
        Set.of(
            "Say who gave consent",
            "Give the date consent was given",
            "Say how consent was obtained"),
        Fixtures.violations(new Consent(null, null, "", true)));
  }

  @Test
  @DisplayName("R1 (P4): the case stops on withdrawal and goes on when consent is given again")
  void caseWithdrawsAndRecordsConsentAgain() {
    ReintegrationCase reintegrationCase = Fixtures.permanentExclusionCase();
    assertNull(reintegrationCase.getConsent());
    assertThrows(
        IllegalStateException.class,
        () -> reintegrationCase.withdrawConsent(LocalDate.of(2025, 2, 3), "No consent yet"));

    reintegrationCase.recordConsent(consent(true));
    reintegrationCase.withdrawConsent(LocalDate.of(2025, 2, 3), "Wants a different school");
    assertTrue(reintegrationCase.getConsent().isWithdrawn());

    reintegrationCase.recordConsent(
        new Consent("Mother", LocalDate.of(2025, 2, 10), "Telephone call", true));
    assertTrue(reintegrationCase.getConsent().isInForce());
  }
}
