package uk.gov.borough.reintegration.domain.policy;

import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.party.ParentCarer;

/**
 * R11 (P5): the ending is sent to the referring school, the parent and IYFAP: the case must have a
 * parent or carer the letter or e-mail can reach before it is ended.
 */
public final class EndingToldToParties extends HardRule {

  public EndingToldToParties() {
    super(Rule.R11);
  }

  public void check(ReintegrationCase reintegration) {
    if (reintegration.getParentCarers().isEmpty()) {
      throw refusal("Record the pupil's parent or carer first: the policy requires they are told.");
    }
    for (ParentCarer parent : reintegration.getParentCarers()) {
      if (!parent.isReachable()) {
        throw refusal(
            "Record an e-mail or postal address for "
                + parent.getName()
                + ": the policy requires they are told of the decision.");
      }
    }
  }
}
