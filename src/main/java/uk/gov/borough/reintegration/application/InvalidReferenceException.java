package uk.gov.borough.reintegration.application;

import jakarta.ejb.ApplicationException;

/**
 * A request naming something that does not exist or does not fit (a pupil's UPN, a school, a
 * hearing): 400, naming the field, and nothing is saved.
 */
@ApplicationException(rollback = true)
public class InvalidReferenceException extends RuntimeException {

  private final String field;

  public InvalidReferenceException(String field, String problem) {
    super(problem);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
