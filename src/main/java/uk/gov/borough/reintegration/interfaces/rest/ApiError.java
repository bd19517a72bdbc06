package uk.gov.borough.reintegration.interfaces.rest;

import java.util.List;

/**
 * The body of every error the API answers: the status, its name, a sentence saying what to do, and,
 * for bad input, each field with what is wrong with it.
 */
public record ApiError(int status, String error, String message, List<FieldProblem> fields) {

  /** One field of the request and what is wrong with it. */
  public record FieldProblem(String field, String problem) {}
}
