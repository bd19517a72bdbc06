package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import uk.gov.borough.reintegration.application.PermissionRefusedException;

/** 403: the caller may see the case, but their role does not carry this action. */
@Provider
public class PermissionRefusedMapper implements ExceptionMapper<PermissionRefusedException> {

  @Override
  public Response toResponse(PermissionRefusedException exception) {
    return Response.status(Response.Status.FORBIDDEN)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            new ApiError(
                403,
                "Forbidden",
                "Your role does not allow this ("
                    + exception.needed()
                    + "). Nothing was changed; ask someone whose role does.",
                List.of()))
        .build();
  }
}
