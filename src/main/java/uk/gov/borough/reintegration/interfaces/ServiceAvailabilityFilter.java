package uk.gov.borough.reintegration.interfaces;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseFailureLog;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseFailures;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseMigration;
import uk.gov.borough.reintegration.infrastructure.policy.PolicyEditions;
import uk.gov.borough.reintegration.interfaces.rest.ApiError;
import uk.gov.borough.reintegration.interfaces.rest.UnexpectedFailureMapper;

/**
 * Answers 503 while the database is not migrated or the policy settings cannot be taken (a borough
 * that named an override must not run without it, issue 15), for a few seconds after it was found
 * unreachable (so an outage is not tried by every request), and when it goes away in the middle of
 * a request: an HTML page for people, JSON for API callers. Nothing a person typed is lost by this:
 * the transaction rolls back whole, and the page asks them to try again in a minute.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ServiceAvailabilityFilter extends HttpFilter {

  public static final int RETRY_AFTER_SECONDS = 30;

  @Inject DatabaseMigration migration;

  @Inject DatabaseFailureLog failureLog;

  @Inject PolicyEditions editions;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isStaticResource(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (!migration.isMigrated()
        || editions.problem().isPresent()
        || failureLog.isUnreachableNow()) {
      unavailable(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      Optional<DatabaseFailures.Kind> database = DatabaseFailures.kindOf(e);
      if (database.isEmpty() || response.isCommitted()) {
        throw e;
      }
      // One line a minute per kind, not a stack trace per request (issue 13, point 6)
      failureLog.record(database.get(), e);
      response.reset();
      if (database.get().isOutage()) {
        unavailable(request, response);
      } else {
        valueRefused(request, response, e);
      }
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

  /** A bad value is never called an outage: 400, naming the field to API callers. */
  private static void valueRefused(
      HttpServletRequest request, HttpServletResponse response, Throwable failure)
      throws IOException {
    if (ApiError.isApiCall(request) || acceptsOnlyJson(request)) {
      UnexpectedFailureMapper.valueRefused(failure).writeTo(response);
    } else {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  /** A script asking for JSON outside the API (health probes, monitoring) gets JSON too. */
  private static boolean acceptsOnlyJson(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("application/json") && !accept.contains("html");
  }
}
