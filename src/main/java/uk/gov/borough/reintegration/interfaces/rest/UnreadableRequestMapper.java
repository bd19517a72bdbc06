package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * 400 for a body that cannot be read as the call's JSON: malformed JSON, a word where a number
 * belongs, a choice that is not one of the allowed values, a date not written year-month-day.
 */
@Provider
public class UnreadableRequestMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException unreadable) {
    return ApiError.answer(
        Response.Status.BAD_REQUEST,
        "The request could not be read: send JSON with the fields this call takes, dates written"
            + " year-month-day (2026-11-28) and each choice one of its allowed values. Nothing"
            + " was saved.");
  }
}
