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
  private static final String SIGN_IN = "/reintegration/login.xhtml";

  @Test
  void runningServerTurnsDownWhileTheDatabaseIsAwayAndRecoversWhenItReturns(
      DeployedApplication.Running running) {
    PayaraMicroServer server = running.server();
    // signing in needs no database; the home page, with its list of establishments, does
    Http browser =
        Http.browserSignedInAs(server, "demo-inclusion-1", DeployedApplication.DEMO_PASSWORD);
    running.databaseLink().cut();
    try {
      assertUnavailable(server, "The database does not answer", browser, "/reintegration/");
    } finally {
      running.databaseLink().open();
    }
    server.awaitReady(RECOVERY);
    assertEquals(200, Http.get(server.uri(SIGN_IN), "text/html").statusCode());
  }

  @Test
  void serverStartedWithoutItsDatabaseDeploysAndBecomesReadyWhenTheDatabaseArrives() {
    TestDatabase database = TestDatabase.ofThisPass();
    try (TcpProxy link = new TcpProxy(database.host(), database.port())) {
      Map<String, String> settings = new HashMap<>(database.through(link.port()).serverSettings());
      settings.putAll(DeployedApplication.DEMO_LOGINS);
      settings.put("reintegration.db.migration-retry-seconds", "2");
      try (PayaraMicroServer server = PayaraMicroServer.start("outage", settings)) {
        // until the schema is migrated every page answers 503, even the sign-in page
        assertUnavailable(server, "could not be migrated", Http.anonymous(), SIGN_IN);

        link.open();

        server.awaitReady(RECOVERY);
        assertEquals(200, Http.get(server.uri(SIGN_IN), "text/html").statusCode());
      }
    }
  }

  private static void assertUnavailable(
      PayaraMicroServer server, String reason, Http browser, String pagePath) {
    HttpResponse<String> readiness = server.readiness();
    assertEquals(503, readiness.statusCode(), readiness.body());
    assertTrue(readiness.body().contains("\"DOWN\""), readiness.body());
    assertTrue(readiness.body().contains(reason), readiness.body());

    HttpResponse<String> page = browser.getAs(server.uri(pagePath), "text/html");
    assertEquals(503, page.statusCode());
    assertTrue(page.body().contains("unavailable for a moment"), page.body());

    HttpResponse<String> api =
        Http.apiClientAs("demo-portal-admin", DeployedApplication.DEMO_PASSWORD)
            .getAs(server.uri("/reintegration/api/establishments"), "application/json");
    assertEquals(503, api.statusCode());
    assertTrue(api.body().contains("\"status\":503"), api.body());
    assertEquals("30", api.headers().firstValue("Retry-After").orElse(""));
  }
}
