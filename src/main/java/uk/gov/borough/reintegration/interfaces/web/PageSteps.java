package uk.gov.borough.reintegration.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import uk.gov.borough.reintegration.application.CaseNotFoundException;
import uk.gov.borough.reintegration.application.PermissionRefusedException;
import uk.gov.borough.reintegration.application.StaleVersionException;
import uk.gov.borough.reintegration.domain.model.workflow.RuleViolation;
import uk.gov.borough.reintegration.domain.model.workflow.StepNotAllowed;

/**
 * A step taken from a page: done, it shows the next page with what happened; refused, it stays on
 * the page with what was typed and says why in words, naming the rule when a rule refused it. A
 * stale form (someone saved the case after this page was shown) loses neither person's work.
 */
public final class PageSteps {

  private PageSteps() {}

  /**
   * @param next the outcome to redirect to when the step is done
   * @param onStale what the page does when the case was saved by someone else meanwhile
   * @return the outcome: {@code next}, or null to show the same page again
   */
  public static String attempt(Runnable step, String done, String next, Runnable onStale) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      step.run();
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
      return next;
    } catch (StaleVersionException someoneSavedFirst) {
      onStale.run();
      refused(
          "Someone else saved this case after you opened it. The case below shows their changes;"
              + " what you entered is kept: check it and send it again.");
    } catch (RuleViolation refused) {
      refused(refused.explained());
    } catch (StepNotAllowed | PermissionRefusedException | CaseNotFoundException refused) {
      refused(refused.getMessage());
    } catch (ConstraintViolationException invalid) {
      invalid.getConstraintViolations().forEach(v -> refused(v.getMessage()));
    }
    return null;
  }

  private static void refused(String why) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, why, null));
  }
}
