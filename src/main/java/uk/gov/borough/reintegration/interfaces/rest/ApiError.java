package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;

/**
 * The body of every error the API answers, as RFC 9457 problem details ({@code
 * application/problem+json}, issue 17): the status, its name as the title, a sentence saying what
 * to do as the detail, and as extension members each field of bad input with what is wrong with it,
 * and for a step the policy forbids, the rule (R1-R15). {@code error} and {@code message} repeat
 * the title and detail for clients written before version 1.1 of the API.
 */
public record ApiError(
    String type,
    String title,
    int status,
    String detail,
    String error,
    String message,
    List<FieldProblem> fields,
    String rule) {

  /** Problem details, as RFC 9457 names their media type. */
  public static final String PROBLEM_JSON = "application/problem+json";

  public static final MediaType PROBLEM_JSON_TYPE = MediaType.valueOf(PROBLEM_JSON);

  public ApiError(
      int status, String error, String message, List<FieldProblem> fields, String rule) {
    // No type of its own: the status says what kind of problem it is (RFC 9457, 4.2.1)
    this("about:blank", error, status, message, error, message, fields, rule);
  }

  public ApiError(int status, String error, String message, List<FieldProblem> fields) {
    this(status, error, message, fields, null);
  }

  /** An error of this status, named as HTTP names it. */
  public static ApiError of(int status, String message, List<FieldProblem> fields) {
    Response.StatusType type = Response.Status.fromStatusCode(status);
    return new ApiError(
        status, type == null ? "Error" : type.getReasonPhrase(), message, fields, null);
  }

  /** An answer of this status with a sentence, and nothing else to say. */
  public static Response answer(Response.Status status, String message) {
    return answer(
        new ApiError(status.getStatusCode(), status.getReasonPhrase(), message, List.of()));
  }

  /** The error as a JAX-RS answer. */
  public static Response answer(ApiError error) {
    return Response.status(error.status()).type(PROBLEM_JSON_TYPE).entity(error).build();
  }

  /** Whether the request is an API call: answered in JSON, never redirected to a page. */
  public static boolean isApiCall(HttpServletRequest request) {
    return request.getServletPath().startsWith("/api");
  }

  /**
   * Sends this error as the whole answer, for the places before JAX-RS where no exception mapper
   * can answer: the authentication mechanism and the servlet filters.
   */
  public void writeTo(HttpServletResponse response) throws IOException {
    response.setStatus(status);
    response.setContentType(PROBLEM_JSON);
    response.setCharacterEncoding("UTF-8");
    try (Jsonb jsonb = JsonbBuilder.create()) {
      response.getWriter().write(jsonb.toJson(this));
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    }
    response.flushBuffer();
  }

  /** One field of the request and what is wrong with it. */
  public record FieldProblem(String field, String problem) {}

  /** The database is away: nothing was changed, and the caller may simply try again. */
  public static ApiError serviceUnavailable() {
    return new ApiError(
        503,
        "Service Unavailable",
        "The reintegration service cannot reach its database. Nothing was changed; try again in"
            + " a minute.",
        List.of());
  }
}
