package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 409: two people saved the same record at the same moment; the second save is not made. */
@Provider
public class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {

  @Override
  public Response toResponse(OptimisticLockException conflict) {
    return ApiError.answer(
        Response.Status.CONFLICT,
        "Someone else saved this at the same moment. Nothing of yours was saved: open it again,"
            + " check their change, and make yours.");
  }
}
