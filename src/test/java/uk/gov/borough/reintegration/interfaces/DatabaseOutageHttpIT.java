package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Away for a minute under load it writes a line a minute to the log, not a stack trace per request;
 * a locked table turns requests away within the timeouts (issue 13, point 6). (The embedded H2
 * lives inside the server and cannot go away on its own.)
 */
@ExtendWith(DeployedApplication.class)
@EnabledIfSystemProperty(named = "reintegration.test.database", matches = "postgresql")
class DatabaseOutageHttpIT {

  private static final Duration RECOVERY = Duration.ofSeconds(90);
  private static final Duration OUTAGE = Duration.ofSeconds(60);
  private static final int LOAD_THREADS = 4;
  private static final String JSON = "application/json";
  private static final String PASSWORD = DeployedApplication.DEMO_PASSWORD;

  /** The defaults in microprofile-config.properties, which the pass's server runs with. */
  private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(15);

  private static final Duration CONNECTION_WAIT = Duration.ofSeconds(5);

  /** The requests' pool holds 32 connections (DataSourceConfiguration). */
  private static final int MORE_THAN_THE_POOL = 40;

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

  @Test
  void aMinuteAwayUnderLoadWritesLessThanAMegabyteOfLog(DeployedApplication.Running running)
      throws Exception {
    PayaraMicroServer server = running.server();
    server.awaitReady(RECOVERY);
    List<Http> browsers = new ArrayList<>();
    for (int i = 0; i < LOAD_THREADS; i++) {
      browsers.add(Http.browserSignedInAs(server, "demo-inclusion-1", PASSWORD));
    }
    Http api = Http.apiClientAs("demo-inclusion-1", PASSWORD);
    long before = Files.size(server.log());
    Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
    running.databaseLink().cut();
    ExecutorService load = Executors.newFixedThreadPool(LOAD_THREADS);
    try {
      Instant until = Instant.now().plus(OUTAGE);
      for (Http browser : browsers) {
        load.submit(
            () -> {
              while (Instant.now().isBefore(until)) {
                count(answers, api.getAs(server.uri("/reintegration/api/cases"), JSON));
                count(answers, browser.getAs(server.uri("/reintegration/"), "text/html"));
              }
              return null;
            });
      }
      load.shutdown();
      assertTrue(load.awaitTermination(OUTAGE.toSeconds() + 60, TimeUnit.SECONDS));
    } finally {
      load.shutdownNow();
      running.databaseLink().open();
    }
    long written = Files.size(server.log()) - before;
    int requests = answers.values().stream().mapToInt(AtomicInteger::get).sum();
    System.out.printf(
        "A %d s database outage under load: %d requests (by status %s), %,d bytes of log%n",
        OUTAGE.toSeconds(), requests, answers, written);
    assertEquals(Set.of(503), answers.keySet(), "every request was told to try again later");
    assertTrue(requests > 100, "under load: " + requests + " requests");
    assertTrue(written < 1_000_000, written + " bytes of log for " + requests + " requests");
    server.awaitReady(RECOVERY);
  }

  /**
   * Another connection holds a lock on the cases table (a long migration, a report run by hand):
   * more requests than the pool has connections wait for it, each is answered 503 once its
   * statement or its wait for a connection passes the timeout, and the readiness check answers
   * meanwhile, saying why.
   */
  @Test
  void aLockedTableTurnsRequestsAwayWithinTheTimeoutWhileHealthAnswers(PayaraMicroServer server)
      throws Exception {
    Http api = Http.apiClientAs("demo-inclusion-1", PASSWORD);
    HttpResponse<String> list = api.getAs(server.uri("/reintegration/api/cases?max=1"), JSON);
    assertEquals(200, list.statusCode(), list.body());
    URI aCase =
        server.uri(
            "/reintegration/api/cases/"
                + Json.createReader(new StringReader(list.body()))
                    .readObject()
                    .getJsonArray("cases")
                    .getJsonObject(0)
                    .getJsonNumber("id")
                    .longValue());
    // read once before the lock, as earlier requests would have, so it is in the server's cache
    assertEquals(200, api.getAs(aCase, JSON).statusCode());
    TestDatabase database = TestDatabase.ofThisPass();
    List<Future<HttpResponse<String>>> waiting = new ArrayList<>();
    ExecutorService requests = Executors.newFixedThreadPool(MORE_THAN_THE_POOL);
    Instant start;
    HttpResponse<String> readiness;
    Duration readinessTook;
    try (Connection owner =
        DriverManager.getConnection(
            database.url(), database.migrationUser(), database.migrationPassword())) {
      owner.setAutoCommit(false);
      try (Statement lock = owner.createStatement()) {
        lock.execute("LOCK TABLE ri_reintegration_case IN ACCESS EXCLUSIVE MODE");
      }
      start = Instant.now();
      for (int i = 0; i < MORE_THAN_THE_POOL; i++) {
        waiting.add(requests.submit(() -> api.getAs(aCase, JSON)));
      }
      // while the requests wait for the lock or a connection
      Thread.sleep(CONNECTION_WAIT.toMillis());
      Instant asked = Instant.now();
      readiness = readinessOrThreadDump(server);
      readinessTook = Duration.between(asked, Instant.now());
      for (Future<HttpResponse<String>> request : waiting) {
        HttpResponse<String> answer = answerOrThreadDump(server, owner, request);
        assertEquals(503, answer.statusCode(), answer.body());
        assertEquals("30", answer.headers().firstValue("Retry-After").orElse(""));
      }
      owner.rollback();
    } finally {
      requests.shutdownNow();
    }
    Duration allAnswered = Duration.between(start, Instant.now());
    System.out.printf(
        "A locked table: %d requests answered 503 in %d ms; meanwhile readiness answered in %d"
            + " ms: %s%n",
        MORE_THAN_THE_POOL, allAnswered.toMillis(), readinessTook.toMillis(), readiness.body());
    assertTrue(
        allAnswered.compareTo(STATEMENT_TIMEOUT.plus(CONNECTION_WAIT.multipliedBy(2))) < 0,
        "every request answered within the timeouts: " + allAnswered);
    assertTrue(readinessTook.compareTo(Duration.ofSeconds(5)) < 0, "readiness: " + readinessTook);
    assertTrue(
        readiness.body().contains("\"UP\""), "the database itself answers: " + readiness.body());
    String why = server.readiness().body();
    assertTrue(
        why.contains("No database connection was free")
            || why.contains("statement ran past its timeout"),
        "why requests were turned away: " + why);
    assertEquals(200, api.getAs(aCase, JSON).statusCode(), "the lock released, the case reads");
  }

  /** The readiness report; when it is not answered, what the server's threads were doing. */
  private static HttpResponse<String> readinessOrThreadDump(PayaraMicroServer server) {
    try {
      return server.readiness();
    } catch (UncheckedIOException notAnswered) {
      System.out.println("Readiness not answered; the server's threads:\n" + server.threadDump());
      throw notAnswered;
    }
  }

  /**
   * A request's answer; when it is not answered, what the server's threads and the database's
   * sessions were doing.
   */
  private static HttpResponse<String> answerOrThreadDump(
      PayaraMicroServer server, Connection owner, Future<HttpResponse<String>> request)
      throws Exception {
    try {
      return request.get(2, TimeUnit.MINUTES);
    } catch (ExecutionException notAnswered) {
      StringBuilder sessions = new StringBuilder();
      try (Statement activity = owner.createStatement();
          ResultSet rows =
              activity.executeQuery(
                  "SELECT pid, state, wait_event_type, wait_event, now() - query_start, query"
                      + " FROM pg_stat_activity WHERE datname = current_database()")) {
        while (rows.next()) {
          for (int column = 1; column <= 6; column++) {
            sessions.append(rows.getString(column)).append(column < 6 ? " | " : "\n");
          }
        }
      }
      System.out.println(
          "A request not answered; the database's sessions:\n"
              + sessions
              + "the server's threads:\n"
              + server.threadDump());
      throw notAnswered;
    }
  }

  private static void count(Map<Integer, AtomicInteger> answers, HttpResponse<String> answer) {
    answers.computeIfAbsent(answer.statusCode(), status -> new AtomicInteger()).incrementAndGet();
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
