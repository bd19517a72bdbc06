package uk.gov.borough.reintegration.domain.policy;

import java.util.Locale;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.Route;

/**
 * A step asked of a case that is not at a point of the workflow where it can be taken, such as
 * acknowledging a success nobody has reported. Nothing is saved.
 */
public class StepNotAllowed extends RuntimeException {

  /**
   * @param waitingFor what the case is waiting for and from whom, as a sentence; null for a case
   *     nobody is asked anything of
   */
  public StepNotAllowed(Step step, CaseStatus status, String waitingFor) {
    super(
        "A case that is "
            + words(status)
            + " cannot be "
            + step.pastTense()
            + "."
            + (waitingFor == null ? "" : " " + waitingFor));
  }

  /** A step that is not part of the case's route, such as a hearing for a managed move. */
  public StepNotAllowed(Step step, Route route) {
    super("A case on the " + words(route) + " route cannot be " + step.pastTense() + ".");
  }

  private static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
