package uk.gov.borough.reintegration.interfaces;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseMigration;
import uk.gov.borough.reintegration.interfaces.web.LiveSessions;

/**
 * The section's figures for monitoring, in Prometheus' text format, for whoever holds the token in
 * {@code reintegration.metrics.token} (Authorization: Bearer). Without a token set there are no
 * figures at all. A check of the client's address would not do: behind a proxy every request comes
 * from the proxy.
 */
@WebServlet("/metrics")
public class MetricsEndpoint extends HttpServlet {

  private static final String BEARER = "Bearer ";

  @Inject
  @ConfigProperty(name = "reintegration.metrics.token")
  Optional<String> token;

  @Inject LiveSessions sessions;

  @Inject DatabaseMigration migration;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (token.filter(t -> !t.isBlank()).isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!presents(request, token.get())) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"reintegration-metrics\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    response.setContentType("text/plain; version=0.0.4");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .append(figure("reintegration_sessions_live", "HTTP sessions held now", sessions.count()))
        .append(
            figure(
                "reintegration_database_migrated",
                "1 once the database is migrated",
                migration.isMigrated() ? 1 : 0))
        .append(figure("jvm_heap_used_bytes", "Heap in use", heap.getUsed()))
        .append(figure("jvm_heap_max_bytes", "Largest heap", heap.getMax()));
  }

  /** Compared in constant time, so the token cannot be guessed a character at a time. */
  private static boolean presents(HttpServletRequest request, String token) {
    String authorization = request.getHeader("Authorization");
    return authorization != null
        && authorization.startsWith(BEARER)
        && MessageDigest.isEqual(
            authorization.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8),
            token.getBytes(StandardCharsets.UTF_8));
  }

  private static String figure(String name, String help, long value) {
    return "# HELP "
        + name
        + " "
        + help
        + "\n# TYPE "
        + name
        + " gauge\n"
        + name
        + " "
        + value
        + "\n";
  }
}
