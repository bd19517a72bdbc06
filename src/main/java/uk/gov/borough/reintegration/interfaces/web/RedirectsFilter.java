package uk.gov.borough.reintegration.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Every redirect the section makes goes where {@link PublicAddress} says: the container would
 * otherwise make it absolute with the request's own {@code Host}, a poisoned link behind a proxy
 * that passes any host through.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RedirectsFilter extends HttpFilter {

  @Inject PublicAddress address;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(
        request,
        new HttpServletResponseWrapper(response) {
          @Override
          public void sendRedirect(String location) throws IOException {
            resetBuffer();
            setStatus(SC_FOUND);
            setHeader("Location", address.of(request, location));
            flushBuffer();
          }
        });
  }
}
