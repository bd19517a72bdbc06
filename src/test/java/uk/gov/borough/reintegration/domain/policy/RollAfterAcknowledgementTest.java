package uk.gov.borough.reintegration.domain.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static uk.gov.borough.reintegration.domain.policy.Refusals.refusedBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.RollDecision;
import uk.gov.borough.reintegration.domain.model.cases.SignOff;

/**
 * {@link RollAfterAcknowledgement}, allowed and refused, named by its rule and the policy page it
 * comes from.
 */
class RollAfterAcknowledgementTest {

  private static final RollAfterAcknowledgement RULE = new RollAfterAcknowledgement();

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @Test
  @DisplayName("R12 (P4): no transfer off the referring school's roll before the acknowledgement")
  void rollGate() {
    ReintegrationCase reintegration = Fixtures.permanentExclusionCase();
    assertDoesNotThrow(() -> RULE.check(reintegration, RollDecision.REMAIN));
    refusedBy(Rule.R12, () -> RULE.check(reintegration, RollDecision.TRANSFER));

    reintegration.signOffByReceivingSchool(new SignOff("Head of year", TODAY));
    reintegration.signOffByProvider(new SignOff("AP lead", TODAY));
    refusedBy(Rule.R12, () -> RULE.check(reintegration, RollDecision.TRANSFER));

    reintegration.acknowledgeSuccess("Inclusion officer", TODAY);
    assertDoesNotThrow(() -> RULE.check(reintegration, RollDecision.TRANSFER));
  }
}
