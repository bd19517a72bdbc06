package uk.gov.borough.reintegration.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Pages answer {@code GET}, {@code HEAD} and {@code POST} only: a {@code PUT} or {@code DELETE} to
 * a page is 405, not taken for a {@code GET} (issue 14). The API answers its own methods.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PageMethodsFilter extends HttpFilter {

  private static final List<String> PAGE_METHODS = List.of("GET", "HEAD", "POST");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getServletPath().startsWith("/api") || PAGE_METHODS.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    // Said here, not by an error page: a page rendered for a PATCH is refused in its turn
    response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    response.setHeader("Allow", String.join(", ", PAGE_METHODS));
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write("A page of this section takes GET, HEAD and POST only.\n");
  }
}
