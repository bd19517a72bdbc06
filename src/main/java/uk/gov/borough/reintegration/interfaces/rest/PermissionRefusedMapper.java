package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.gov.borough.reintegration.application.PermissionRefusedException;

/** 403: the caller may see the case, but not take this action. */
@Provider
public class PermissionRefusedMapper implements ExceptionMapper<PermissionRefusedException> {

  @Override
  public Response toResponse(PermissionRefusedException exception) {
    return ApiError.answer(
        Response.Status.FORBIDDEN,
        exception.getMessage() + " Nothing was changed; ask someone who may.");
  }
}
