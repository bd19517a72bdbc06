package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import uk.gov.borough.reintegration.application.WriteLimitReachedException;

/** 429 with the seconds to wait (Retry-After): nothing was saved. */
@Provider
public class WriteLimitReachedMapper implements ExceptionMapper<WriteLimitReachedException> {

  @Override
  public Response toResponse(WriteLimitReachedException refused) {
    return Response.fromResponse(ApiError.answer(ApiError.of(429, refused.getMessage(), List.of())))
        .header("Retry-After", refused.retryAfter().toSeconds())
        .build();
  }
}
