package uk.gov.borough.reintegration.domain.policy;

import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.RollDecision;

/**
 * R12 (P4): the referring school may not take the pupil off its roll (transfer) until an inclusion
 * officer has acknowledged the success report.
 */
public final class RollAfterAcknowledgement extends HardRule {

  public RollAfterAcknowledgement() {
    super(Rule.R12);
  }

  public void check(ReintegrationCase reintegration, RollDecision decision) {
    if (decision == RollDecision.TRANSFER
        && (reintegration.getOutcome() == null || !reintegration.getOutcome().isAcknowledged())) {
      throw refusal(
          "The pupil stays on the referring school's roll until an inclusion officer has"
              + " acknowledged the success report.");
    }
  }
}
