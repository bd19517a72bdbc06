package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.gov.borough.reintegration.application.ReferenceDataNotFoundException;

/** 404 for a calendar or establishment that does not exist. */
@Provider
public class ReferenceDataNotFoundMapper
    implements ExceptionMapper<ReferenceDataNotFoundException> {

  @Override
  public Response toResponse(ReferenceDataNotFoundException missing) {
    return ApiError.answer(
        Response.Status.NOT_FOUND,
        "There is no " + missing.kind() + " " + missing.id() + ". Check the number.");
  }
}
