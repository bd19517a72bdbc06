package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import uk.gov.borough.reintegration.application.RecordConflictException;

/** 409: the request is at odds with what the case or the portal already records. */
@Provider
public class RecordConflictMapper implements ExceptionMapper<RecordConflictException> {

  @Override
  public Response toResponse(RecordConflictException conflict) {
    return ApiError.answer(
        new ApiError(
            409,
            "Conflict",
            conflict.getMessage(),
            conflict.field() == null
                ? List.of()
                : List.of(new ApiError.FieldProblem(conflict.field(), conflict.getMessage()))));
  }
}
