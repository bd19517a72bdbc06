package uk.gov.borough.reintegration.domain.model.workflow;

import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;

/**
 * A step asked of a case that is not at a point of the workflow where it can be taken, such as
 * acknowledging a success nobody has reported. Nothing is saved.
 */
public class StepNotAllowed extends RuntimeException {

  public StepNotAllowed(Step step, CaseStatus status) {
    super(
        "A case that is "
            + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + " cannot be "
            + step.pastTense()
            + ".");
  }
}
