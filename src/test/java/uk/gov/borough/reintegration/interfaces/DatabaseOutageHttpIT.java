package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;
import uk.gov.borough.reintegration.test.TcpProxy;
import uk.gov.borough.reintegration.test.TestDatabase;

/**
 * PostgreSQL going away and coming back, as the application meets it: health turns DOWN with the
 * reason, people get a 503 page and API callers 503 JSON, and it all recovers without a restart.
 * (The embedded H2 lives inside the server and cannot go away on its own.)
 */
@ExtendWith(DeployedApplication.class)
@EnabledIfSystemProperty(named = "reintegration.test.database", matches = "postgresql")
class DatabaseOutageHttpIT {

  private static final Duration RECOVERY = Duration.ofSeconds(90);

  @Test
  void runningServerTurnsDownWhileTheDatabaseIsAwayAndRecoversWhenItReturns(
      DeployedApplication.Running running) {
    PayaraMicroServer server = running.server();
    running.databaseLink().cut();
    try {
      assertUnavailable(server, "The database does not answer");
    } finally {
      running.databaseLink().open();
    }
    server.awaitReady(RECOVERY);
    assertEquals(200, Http.get(server.uri("/reintegration/"), "text/html").statusCode());
  }

  @Test
  void serverStartedWithoutItsDatabaseDeploysAndBecomesReadyWhenTheDatabaseArrives() {
    TestDatabase database = TestDatabase.ofThisPass();
    try (TcpProxy link = new TcpProxy(database.host(), database.port())) {
      Map<String, String> settings = new HashMap<>(database.through(link.port()).serverSettings());
      settings.put("reintegration.db.migration-retry-seconds", "2");
      try (PayaraMicroServer server = PayaraMicroServer.start("outage", settings)) {
        assertUnavailable(server, "could not be migrated");

        link.open();

        server.awaitReady(RECOVERY);
        assertEquals(200, Http.get(server.uri("/reintegration/"), "text/html").statusCode());
      }
    }
  }

  private static void assertUnavailable(PayaraMicroServer server, String reason) {
    HttpResponse<String> readiness = server.readiness();
    assertEquals(503, readiness.statusCode(), readiness.body());
    assertTrue(readiness.body().contains("\"DOWN\""), readiness.body());
    assertTrue(readiness.body().contains(reason), readiness.body());

    HttpResponse<String> page = Http.get(server.uri("/reintegration/"), "text/html");
    assertEquals(503, page.statusCode());
    assertTrue(page.body().contains("unavailable for a moment"), page.body());

    HttpResponse<String> api =
        Http.get(server.uri("/reintegration/api/establishments"), "application/json");
    assertEquals(503, api.statusCode());
    assertTrue(api.body().contains("\"status\":503"), api.body());
    assertEquals("30", api.headers().firstValue("Retry-After").orElse(""));
  }
}
