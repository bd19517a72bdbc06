package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.gov.borough.reintegration.application.StaleCaseException;

/** 409: someone saved the case first; the caller's change is not saved over theirs. */
@Provider
public class StaleCaseMapper implements ExceptionMapper<StaleCaseException> {

  @Override
  public Response toResponse(StaleCaseException stale) {
    return ApiError.answer(
        Response.Status.CONFLICT,
        "Someone else saved case "
            + stale.caseId()
            + " after you opened it. Nothing of yours was saved: open the case again, check"
            + " their change, and make yours.");
  }
}
