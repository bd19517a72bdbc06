package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.gov.borough.reintegration.domain.policy.StepNotAllowed;

/** 409: the case is not at a point of the workflow where the step belongs. */
@Provider
public class StepNotAllowedMapper implements ExceptionMapper<StepNotAllowed> {

  @Override
  public Response toResponse(StepNotAllowed refused) {
    return ApiError.answer(
        Response.Status.CONFLICT, refused.getMessage() + " Nothing was changed.");
  }
}
