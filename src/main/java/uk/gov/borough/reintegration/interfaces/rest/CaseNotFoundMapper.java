package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import uk.gov.borough.reintegration.application.CaseNotFoundException;

/** 404, worded the same whether the case does not exist or lies outside the caller's scope. */
@Provider
public class CaseNotFoundMapper implements ExceptionMapper<CaseNotFoundException> {

  @Override
  public Response toResponse(CaseNotFoundException exception) {
    return Response.status(Response.Status.NOT_FOUND)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            new ApiError(
                404,
                "Not Found",
                "There is no case "
                    + exception.caseId()
                    + " among the cases you can see. Check the case number.",
                List.of()))
        .build();
  }
}
