package uk.gov.borough.reintegration.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsTest {

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void aLimitOfNoneIsRefusedNamingItsKey(int value) {
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> Settings.atLeastOne("reintegration.limits.writes-per-minute", value));
    assertEquals(
        "reintegration.limits.writes-per-minute must be 1 or more; it is " + value,
        refused.getMessage());
  }

  @Test
  void oneOrMoreIsTaken() {
    assertDoesNotThrow(() -> Settings.atLeastOne("reintegration.limits.writes-per-minute", 1));
  }
}
