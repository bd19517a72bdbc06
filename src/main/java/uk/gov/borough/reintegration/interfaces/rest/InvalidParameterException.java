package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** 400 for a query parameter outside its allowed values, naming the parameter and the values. */
public class InvalidParameterException extends WebApplicationException {

  public InvalidParameterException(String parameter, String problem) {
    super(
        Response.status(Response.Status.BAD_REQUEST)
            .type(ApiError.PROBLEM_JSON_TYPE)
            .entity(
                new ApiError(
                    400,
                    "Bad Request",
                    "A parameter is not right: correct it and send again.",
                    List.of(new ApiError.FieldProblem(parameter, problem))))
            .build());
  }

  /** The ISO date the parameter gives, if it is given; a 400 saying the form if it is wrong. */
  public static Optional<LocalDate> date(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.trim()));
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(
          parameter, parameter + " must be a date written as year-month-day, such as 2026-11-28");
    }
  }

  /** The constant the parameter names, if it is given; a 400 naming the choices if it is wrong. */
  public static <E extends Enum<E>> Optional<E> oneOf(
      Class<E> type, String parameter, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(
          parameter,
          parameter
              + " must be one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
    }
  }
}
