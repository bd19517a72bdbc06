package uk.gov.borough.reintegration.interfaces;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import uk.gov.borough.reintegration.interfaces.rest.ApiError;

/**
 * Refuses a body past {@link RequestLimits} with 413 before it is read: by its declared length at
 * once, and for an upload sent without one, when the container's multipart parser stops at its own
 * limit. API callers are told in JSON; people see a page saying what to do.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestSizeFilter extends HttpFilter {

  @Inject RequestLimits limits;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long most = limits.mostBytesOf(request);
    if (request.getContentLengthLong() > most) {
      tooLarge(request, response);
      return;
    }
    try {
      chain.doFilter(
          RequestLimits.isUpload(request) ? new BoundedUpload(request, most) : request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!isTooLarge(e) || response.isCommitted()) {
        throw e;
      }
      response.reset();
      tooLarge(request, response);
    }
  }

  private void tooLarge(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    // The rest of the body is not read: the connection closes rather than drain it
    response.setHeader("Connection", "close");
    if (ApiError.isApiCall(request)) {
      ApiError.of(
              HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
              "The request is larger than this service takes ("
                  + limits.mostBodyBytes() / 1024
                  + " KB of JSON). Nothing was saved.",
              List.of(new ApiError.FieldProblem("body", "is too large")))
          .writeTo(response);
    } else {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }
  }

  private static boolean isTooLarge(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RequestTooLargeException) {
        return true;
      }
    }
    return false;
  }

  /** An upload whose parts the container parses up to its limit, and no further. */
  private static final class BoundedUpload extends HttpServletRequestWrapper {

    private final long most;

    BoundedUpload(HttpServletRequest request, long most) {
      super(request);
      this.most = most;
    }

    @Override
    public Collection<Part> getParts() throws IOException, ServletException {
      try {
        return super.getParts();
      } catch (IllegalStateException pastTheContainersLimit) {
        throw new RequestTooLargeException(most);
      }
    }

    @Override
    public Part getPart(String name) throws IOException, ServletException {
      try {
        return super.getPart(name);
      } catch (IllegalStateException pastTheContainersLimit) {
        throw new RequestTooLargeException(most);
      }
    }
  }
}
