package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/** 400 for a value that breaks a constraint, naming each field and what is wrong with it. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<ApiError.FieldProblem> fields =
        exception.getConstraintViolations().stream()
            .map(v -> new ApiError.FieldProblem(fieldName(v), v.getMessage()))
            .sorted(Comparator.comparing(ApiError.FieldProblem::field))
            .toList();
    return Response.status(Response.Status.BAD_REQUEST)
        .type(ApiError.PROBLEM_JSON_TYPE)
        .entity(
            new ApiError(
                400,
                "Bad Request",
                "Some values are not right: nothing was saved. Correct them and send again.",
                fields))
        .build();
  }

  /** The last named node of the path: the query parameter or the field, not the Java method. */
  private static String fieldName(ConstraintViolation<?> violation) {
    return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
        .filter(node -> node.getKind() != jakarta.validation.ElementKind.METHOD)
        .map(Path.Node::getName)
        .filter(name -> name != null)
        .reduce((first, second) -> second)
        .orElse("request");
  }
}
