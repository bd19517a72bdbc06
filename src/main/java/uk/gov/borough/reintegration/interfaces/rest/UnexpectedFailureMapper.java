package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseFailures;
import uk.gov.borough.reintegration.interfaces.ServiceAvailabilityFilter;

/**
 * Every failure no other mapper answers: 503 when the database went away mid-request, otherwise 500
 * with an id the caller can quote and the log can be searched for — never a stack trace.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

  @Override
  public Response toResponse(Throwable failure) {
    if (failure instanceof WebApplicationException answered) {
      return answered.getResponse();
    }
    if (DatabaseFailures.isDatabaseFailure(failure)) {
      LOG.log(Level.WARNING, "Database unavailable: {0}", DatabaseFailures.describe(failure));
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

  private static Response.ResponseBuilder json(Response.Status status, ApiError error) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error);
  }
}
