package uk.gov.borough.reintegration.interfaces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Checks a domain value built from a request or a form against the policy's constraints before any
 * step takes it, so each bad field is named (a 400, or a message on the page) and nothing is saved.
 */
@ApplicationScoped
public class RequestValidation {

  @Inject Validator validator;

  public <T> T valid(T value) {
    Set<ConstraintViolation<T>> violations = validator.validate(value);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return value;
  }
}
