package uk.gov.borough.reintegration.interfaces.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Objects;
import java.util.Optional;
import uk.gov.borough.reintegration.application.CaseNotFoundException;
import uk.gov.borough.reintegration.application.InvalidReferenceException;
import uk.gov.borough.reintegration.application.PermissionRefusedException;
import uk.gov.borough.reintegration.application.ReferenceDataNotFoundException;
import uk.gov.borough.reintegration.application.StaleVersionException;
import uk.gov.borough.reintegration.application.WriteLimitReachedException;
import uk.gov.borough.reintegration.application.WriteLimits;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.calendar.TermDatesMissingException;
import uk.gov.borough.reintegration.domain.policy.RuleViolation;
import uk.gov.borough.reintegration.domain.policy.StepNotAllowed;

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
    // Counted against the person's writes a minute before anything is done (issue 14)
    Runnable counted =
        () -> {
          CDI.current()
              .select(WriteLimits.class)
              .get()
              .allowWrite(CDI.current().select(Caller.class).get());
          step.run();
        };
    if (!tried(counted, onStale)) {
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
    return next;
  }

  /**
   * A file sent from a page (a document, a letter): the file when it may be had, else the page
   * again saying why.
   */
  public static void download(Runnable sending) {
    tried(sending, () -> {});
  }

  /** Runs the step; refused, says why on the page and answers false. */
  private static boolean tried(Runnable step, Runnable onStale) {
    try {
      step.run();
      return true;
    } catch (StaleVersionException someoneSavedFirst) {
      onStale.run();
      refused(
          "Someone else saved this after you opened it. The page below shows their changes;"
              + " what you entered is kept: check it and send it again.");
    } catch (RuleViolation refused) {
      refused(refused.explained());
    } catch (InvalidReferenceException refused) {
      refused(refused.field(), refused.getMessage());
    } catch (StepNotAllowed
        | WriteLimitReachedException
        | PermissionRefusedException
        | CaseNotFoundException
        | TermDatesMissingException refused) {
      refused(refused.getMessage());
    } catch (ReferenceDataNotFoundException notFound) {
      refused("There is no such " + notFound.kind() + ": choose another from the list.");
    } catch (ConstraintViolationException invalid) {
      invalid
          .getConstraintViolations()
          .forEach(v -> refused(lastNameOf(v.getPropertyPath()), v.getMessage()));
    }
    return false;
  }

  /**
   * The record of the case a row's button names, by its {@code f:param}: the services check it is
   * the case's. Not a number is no such record.
   */
  public static long pressed(String param, String noSuchRecord) {
    String sent =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(param);
    if (sent == null || !sent.matches("\\d{1,18}")) {
      throw new InvalidReferenceException(param, noSuchRecord);
    }
    return Long.parseLong(sent);
  }

  /**
   * Says why beside the field, when the form sent has a field of that name, and in the error
   * summary at the top linking to it (issues 5 and 18); about the whole form, in the summary only.
   */
  private static void refused(String field, String why) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Optional<UIComponent> input =
        field == null || !field.matches("[A-Za-z]\\w*")
            ? Optional.empty()
            : faces.getExternalContext().getRequestParameterMap().entrySet().stream()
                // The form sent names itself: its id, sent as its own value
                .filter(p -> p.getKey().equals(p.getValue()))
                .map(p -> faces.getViewRoot().findComponent(p.getKey()))
                .filter(UIForm.class::isInstance)
                .map(form -> form.findComponent(field))
                .filter(Objects::nonNull)
                .findFirst();
    input.ifPresentOrElse(
        found ->
            faces.addMessage(
                found.getClientId(faces), new FacesMessage(FacesMessage.SEVERITY_ERROR, why, null)),
        () -> refused(why));
  }

  private static String lastNameOf(Path property) {
    String name = "";
    for (Path.Node node : property) {
      name = node.getName() == null ? name : node.getName();
    }
    return name;
  }

  /** Says on the page, in words, why what was asked for was not done. */
  public static void refused(String why) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, why, null));
  }
}
