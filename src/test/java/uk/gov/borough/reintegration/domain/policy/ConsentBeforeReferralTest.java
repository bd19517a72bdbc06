package uk.gov.borough.reintegration.domain.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static uk.gov.borough.reintegration.domain.policy.Refusals.refusedBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;
import uk.gov.borough.reintegration.domain.model.cases.Consent;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.Route;

/**
 * {@link ConsentBeforeReferral}, allowed and refused, named by its rule and the policy page it
 * comes from.
 */
class ConsentBeforeReferralTest {

  private static final ConsentBeforeReferral RULE = new ConsentBeforeReferral();

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  private static Consent consent() {
    return new Consent("Donna Example (mother)", TODAY, "At a meeting at the AP", true);
  }

  @Test
  @DisplayName("R1 (P4): a permanent-exclusion referral needs consent with full understanding")
  void consentBeforeReferral() {
    ReintegrationCase reintegration = Fixtures.permanentExclusionCase();
    refusedBy(Rule.R1, () -> RULE.check(reintegration));

    reintegration.recordConsent(
        new Consent("Donna Example (mother)", TODAY, "By telephone", false));
    refusedBy(Rule.R1, () -> RULE.check(reintegration));

    reintegration.recordConsent(consent());
    assertDoesNotThrow(() -> RULE.check(reintegration));
  }

  @Test
  @DisplayName("R1 (P4): withdrawn consent stops the case until it is given again")
  void withdrawnConsent() {
    ReintegrationCase reintegration = Fixtures.permanentExclusionCase();
    reintegration.recordConsent(consent());
    reintegration.withdrawConsent(TODAY, "Mum wants to wait until after Christmas");

    refusedBy(Rule.R1, () -> RULE.check(reintegration));
    reintegration.recordConsent(consent());
    assertDoesNotThrow(() -> RULE.check(reintegration));
  }

  @Test
  @DisplayName("R1 (P4): other routes do not need the consent recorded this way")
  void consentOnlyForPermanentExclusion() {
    ReintegrationCase offSite = Fixtures.caseOn(Route.DIRECTION_OFF_SITE);
    assertDoesNotThrow(() -> RULE.check(offSite));
  }
}
