package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.gov.borough.reintegration.application.StaleVersionException;

/** 409: someone saved the record after the caller read it; theirs is not saved over. */
@Provider
public class StaleVersionMapper implements ExceptionMapper<StaleVersionException> {

  @Override
  public Response toResponse(StaleVersionException stale) {
    return ApiError.answer(
        Response.Status.CONFLICT,
        "Someone else saved "
            + stale.kind()
            + " "
            + stale.id()
            + " after you read it. Nothing of yours was saved: read it again, check their change,"
            + " and make yours.");
  }
}
