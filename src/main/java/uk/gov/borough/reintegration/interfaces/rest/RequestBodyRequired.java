package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;

/**
 * Every POST and PUT of the API takes a JSON body, {@code {}} at least: an empty one is refused
 * (400) before any resource sees it. Requiring a JSON body is also what keeps a form posted from
 * another site from reaching a state-changing call.
 */
@Provider
public class RequestBodyRequired implements ContainerRequestFilter {

  private static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT);

  @Override
  public void filter(ContainerRequestContext request) {
    if (WRITES.contains(request.getMethod()) && !request.hasEntity()) {
      throw refusal();
    }
  }

  static WebApplicationException refusal() {
    return JsonRequestReader.refusal(
        400,
        "Send the request as a JSON object ({} when the call needs nothing else). Nothing was"
            + " saved.",
        List.of(new ApiError.FieldProblem("body", "is empty: send a JSON object")));
  }
}
