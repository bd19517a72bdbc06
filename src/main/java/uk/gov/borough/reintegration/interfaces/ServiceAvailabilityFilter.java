package uk.gov.borough.reintegration.interfaces;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseFailures;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseMigration;
import uk.gov.borough.reintegration.interfaces.rest.ApiError;

/**
 * Answers 503 while the database is not migrated, and when it goes away in the middle of a request:
 * an HTML page for people, JSON for API callers. Nothing a person typed is lost by this: the
 * transaction rolls back whole, and the page asks them to try again in a minute.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ServiceAvailabilityFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(ServiceAvailabilityFilter.class.getName());
  public static final int RETRY_AFTER_SECONDS = 30;

  @Inject DatabaseMigration migration;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isStaticResource(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (!migration.isMigrated()) {
      unavailable(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!DatabaseFailures.isDatabaseFailure(e) || response.isCommitted()) {
        throw e;
      }
      LOG.log(
          Level.WARNING,
          "Database unavailable during {0}: {1}",
          new Object[] {request.getMethod(), DatabaseFailures.describe(e)});
      response.reset();
      unavailable(request, response);
    }
  }

  private static boolean isStaticResource(HttpServletRequest request) {
    return request.getServletPath().startsWith("/jakarta.faces.resource/")
        || request.getServletPath().startsWith("/resources/");
  }

  private static void unavailable(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    if (ApiError.isApiCall(request) || acceptsOnlyJson(request)) {
      ApiError.serviceUnavailable().writeTo(response);
    } else {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }

  /** A script asking for JSON outside the API (health probes, monitoring) gets JSON too. */
  private static boolean acceptsOnlyJson(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("application/json") && !accept.contains("html");
  }
}
