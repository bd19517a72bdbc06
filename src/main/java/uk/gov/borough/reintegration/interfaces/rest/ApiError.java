package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The body of every error the API answers: the status, its name, a sentence saying what to do, and,
 * for bad input, each field with what is wrong with it.
 */
public record ApiError(int status, String error, String message, List<FieldProblem> fields) {

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
    response.setContentType("application/json");
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
