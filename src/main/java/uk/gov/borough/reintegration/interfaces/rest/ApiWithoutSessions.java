package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The API keeps no HTTP session: each call authenticates itself, so a session made for it would
 * only sit in the heap until it timed out (a client that keeps no cookies made 29,439 in 90 s).
 * Anything that tries to make one during a call fails loudly here rather than quietly leaking.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiWithoutSessions extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new SessionlessRequest(request), response);
  }

  private static final class SessionlessRequest extends HttpServletRequestWrapper {

    SessionlessRequest(HttpServletRequest request) {
      super(request);
    }

    @Override
    public HttpSession getSession() {
      return getSession(true);
    }

    @Override
    public HttpSession getSession(boolean create) {
      if (create) {
        throw new IllegalStateException("The API keeps no session: nothing may make one");
      }
      return null;
    }
  }
}
