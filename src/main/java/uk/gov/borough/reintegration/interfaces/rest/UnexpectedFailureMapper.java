package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseFailureLog;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseFailures;
import uk.gov.borough.reintegration.interfaces.ServiceAvailabilityFilter;

/**
 * Every failure no other mapper answers: 503 when the database went away mid-request or was too
 * slow, 400 naming the field when it refused a value, otherwise 500 with an id the caller can quote
 * and the log can be searched for — never a stack trace.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

  @Inject DatabaseFailureLog failureLog;

  @Override
  public Response toResponse(Throwable failure) {
    Optional<DatabaseFailures.Kind> database = DatabaseFailures.kindOf(failure);
    if (database.isPresent()) {
      // One line a minute per kind, not a stack trace per request (issue 13, point 6)
      failureLog.record(database.get(), failure);
      if (!database.get().isOutage()) {
        return ApiError.answer(valueRefused(failure));
      }
      return json(Response.Status.SERVICE_UNAVAILABLE, ApiError.serviceUnavailable())
          .header("Retry-After", ServiceAvailabilityFilter.RETRY_AFTER_SECONDS)
          .build();
    }
    String id = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure " + id, failure);
    return json(
            Response.Status.INTERNAL_SERVER_ERROR,
            new ApiError(
                500,
                "Internal Server Error",
                "Something went wrong and nothing was saved. Quote " + id + " to the IT desk.",
                List.of()))
        .build();
  }

  /**
   * A value the database refused (a data exception: a character or date it cannot store) that
   * passed the request's own checks: the caller's to correct, not an outage.
   */
  public static ApiError valueRefused(Throwable failure) {
    String field = DatabaseFailures.fieldOf(failure);
    return ApiError.of(
        400,
        "A value could not be stored. Check " + field + " and send it again.",
        List.of(
            new ApiError.FieldProblem(
                field,
                "Remove any control characters, shorten it, or give a date between 1990 and"
                    + " 2100.")));
  }

  private static Response.ResponseBuilder json(Response.Status status, ApiError error) {
    return Response.status(status).type(ApiError.PROBLEM_JSON_TYPE).entity(error);
  }
}
