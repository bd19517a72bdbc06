package uk.gov.borough.reintegration.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Pages answer {@code GET}, {@code HEAD} and {@code POST} only: a {@code PUT} or {@code DELETE} to
 * a page is 405, not taken for a {@code GET} (issue 14). The API answers its own methods.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PageMethodsFilter extends HttpFilter {

  private static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD", "POST");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getServletPath().startsWith("/api") || PAGE_METHODS.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Allow", String.join(", ", PAGE_METHODS));
    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }
}
