package uk.gov.borough.reintegration.domain.policy;

import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;

/**
 * R2 (P4): before the start, the provider has shown the receiving school the pupil's progress from
 * the baseline and discussed the return with the pupil and the parent.
 */
public final class ReadinessShownBeforeStart extends HardRule {

  public ReadinessShownBeforeStart() {
    super(Rule.R2);
  }

  public void check(ReintegrationCase reintegration) {
    if (reintegration.getReadinessEvidence() == null
        || !reintegration.getReadinessEvidence().isComplete()) {
      throw refusal(
          "Before the start, record when the provider showed the receiving school the pupil's"
              + " progress and when it discussed the return with the pupil and the parent.");
    }
  }
}
