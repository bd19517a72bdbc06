package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import uk.gov.borough.reintegration.application.InvalidReferenceException;

/** 400: the request names something that does not exist or does not fit, with the field. */
@Provider
public class InvalidReferenceMapper implements ExceptionMapper<InvalidReferenceException> {

  @Override
  public Response toResponse(InvalidReferenceException invalid) {
    return ApiError.answer(
        new ApiError(
            400,
            "Bad Request",
            "A value is not right: nothing was saved. Correct it and send again.",
            List.of(new ApiError.FieldProblem(invalid.field(), invalid.getMessage()))));
  }
}
