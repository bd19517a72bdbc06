package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import uk.gov.borough.reintegration.domain.policy.RuleViolation;

/** 422: a hard rule of the policy refuses the step, named with its page, and why. */
@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolation> {

  @Override
  public Response toResponse(RuleViolation violation) {
    return ApiError.answer(
        new ApiError(
            422,
            "Unprocessable Content",
            violation.explained(),
            List.of(),
            violation.rule().name()));
  }
}
