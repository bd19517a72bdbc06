package uk.gov.borough.reintegration.interfaces.rest;

import java.util.List;

/**
 * The body of every error the API answers: the status, its name, a sentence saying what to do, and,
 * for bad input, each field with what is wrong with it.
 */
public record ApiError(int status, String error, String message, List<FieldProblem> fields) {

  /** One field of the request and what is wrong with it. */
  public record FieldProblem(String field, String problem) {}

  /** The database is away: nothing was changed, and the caller may simply try again. */
  public static ApiError serviceUnavailable() {
    return new ApiError(
        503,
        "Service Unavailable",
        "The reintegration service cannot reach its database. Nothing was changed; try again in"
            + " a minute.",
        List.of());
  }
}
