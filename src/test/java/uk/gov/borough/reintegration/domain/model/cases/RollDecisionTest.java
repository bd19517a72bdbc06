package uk.gov.borough.reintegration.domain.model.cases;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RollDecisionTest {

  @Test
  @DisplayName(
      "P4: staying on the referring school's roll lasts until the outcome; a move settles it")
  void onlyATransferOrAReturnSettlesTheRoll() {
    assertFalse(RollDecision.REMAIN.isFinal());
    assertTrue(RollDecision.TRANSFER.isFinal());
    assertTrue(RollDecision.RETURN.isFinal());
  }
}
