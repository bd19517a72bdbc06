package uk.gov.borough.reintegration.domain.model;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentKind;
import uk.gov.borough.reintegration.domain.model.party.Pupil;

/** Fictional pupils, establishments and cases for the domain tests, and a validator. */
public final class Fixtures {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private Fixtures() {}

  public static Pupil pupil() {
    return new Pupil(
        1001L, "A123456789012", "Sam", "Example", LocalDate.of(2011, 3, 14), 9, true, "K");
  }

  public static Establishment mainstreamSchool(String name) {
    return new Establishment(
        EstablishmentKind.MAINSTREAM, name, "100001", "office@school.example.org", true);
  }

  public static Establishment oliveAcademy() {
    return new Establishment(
        EstablishmentKind.AP_ACADEMY, "Olive Academy", "1000002", "ap@olive.example.org", true);
  }

  public static ReintegrationCase permanentExclusionCase() {
    return new ReintegrationCase(
        pupil(), Route.PERMANENT_EXCLUSION, mainstreamSchool("Referring School"), oliveAcademy());
  }

  /** A case of another route: from Olive Academy, or on a managed move from the school itself. */
  public static ReintegrationCase caseOn(Route route) {
    Establishment referring = mainstreamSchool("Referring School");
    return new ReintegrationCase(
        pupil(), route, referring, route == Route.MANAGED_MOVE ? referring : oliveAcademy());
  }

  /**
   * The case as it stands at the status, as if the steps to it had been taken: the entity moves
   * only by a step of its edition, and a test of what a status means needs the status alone.
   */
  public static ReintegrationCase standingAt(ReintegrationCase c, CaseStatus status) {
    try {
      Field field = ReintegrationCase.class.getDeclaredField("status");
      field.setAccessible(true);
      field.set(c, status);
      return c;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The messages of every constraint the object breaks, its cascaded parts included. */
  public static Set<String> violations(Object object) {
    return VALIDATOR.validate(object).stream()
        .map(ConstraintViolation::getMessage)
        .collect(Collectors.toSet());
  }
}
