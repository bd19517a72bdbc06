package uk.gov.borough.reintegration.domain.model.workflow;

import java.util.Locale;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;

/**
 * A step asked of a case that is not at a point of the workflow where it can be taken, such as
 * acknowledging a success nobody has reported. Nothing is saved.
 */
public class StepNotAllowed extends RuntimeException {

  public StepNotAllowed(Step step, CaseStatus status) {
    this(step, status, null);
  }

  /**
   * @param waitingFor what the case is waiting for and from whom, as a sentence; null for a case
   *     nobody is asked anything of
   */
  StepNotAllowed(Step step, CaseStatus status, String waitingFor) {
    super(
        "A case that is "
            + status.name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + " cannot be "
            + step.pastTense()
            + "."
            + (waitingFor == null ? "" : " " + waitingFor));
  }
}
