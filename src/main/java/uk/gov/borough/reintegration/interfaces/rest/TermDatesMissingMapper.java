package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import uk.gov.borough.reintegration.domain.model.calendar.TermDatesMissingException;

/** 422: the step needs a date in a school year whose term dates are not loaded; never guessed. */
@Provider
public class TermDatesMissingMapper implements ExceptionMapper<TermDatesMissingException> {

  @Override
  public Response toResponse(TermDatesMissingException missing) {
    return ApiError.answer(
        new ApiError(
            422, "Unprocessable Content", missing.getMessage() + " Nothing was saved.", List.of()));
  }
}
