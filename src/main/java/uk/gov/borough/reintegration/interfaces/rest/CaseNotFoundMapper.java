package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.gov.borough.reintegration.application.CaseNotFoundException;

/** 404, worded the same whether the case does not exist or lies outside the caller's scope. */
@Provider
public class CaseNotFoundMapper implements ExceptionMapper<CaseNotFoundException> {

  @Override
  public Response toResponse(CaseNotFoundException exception) {
    return ApiError.answer(
        Response.Status.NOT_FOUND,
        "There is no case "
            + exception.caseId()
            + " among the cases you can see. Check the case number.");
  }
}
