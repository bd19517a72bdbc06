package uk.gov.borough.reintegration.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The demo people never sign in beside real single sign-on. */
class SignOnSettingsTest {

  @Test
  void demoLoginsBesideSingleSignOnStopTheApplicationNamingBothSettings() {
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> SignOnSettings.refuseDemoBesideSingleSignOn(true, true));

    assertTrue(refused.getMessage().contains("reintegration.demo-logins"));
    assertTrue(refused.getMessage().contains("reintegration.oidc.provider-uri"));
  }

  @Test
  void eitherAloneIsAllowed() {
    assertDoesNotThrow(() -> SignOnSettings.refuseDemoBesideSingleSignOn(true, false));
    assertDoesNotThrow(() -> SignOnSettings.refuseDemoBesideSingleSignOn(false, true));
    assertDoesNotThrow(() -> SignOnSettings.refuseDemoBesideSingleSignOn(false, false));
  }
}
