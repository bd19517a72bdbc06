package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;
import uk.gov.borough.reintegration.test.TestDatabase;

/**
 * The audit trail over HTTP: changes, reads of special-category data, refusals (of access and by
 * the policy's rules) and failed sign-ins are recorded and an inclusion officer reads them; on
 * PostgreSQL nobody can change or remove what it holds, and a server whose user could is warned of.
 */
@ExtendWith(DeployedApplication.class)
class AuditTrailHttpIT {

  private static final String PASSWORD = DeployedApplication.DEMO_PASSWORD;
  private static final String JSON = "application/json";

  /** How long SignInFailures holds a name after its fifth failure. */
  private static final Duration FIRST_HOLD = Duration.ofSeconds(15);

  private static final List<String> CHANGES =
      List.of(
          "UPDATE ri_audit_event SET detail = 'rewritten'",
          "DELETE FROM ri_audit_event",
          "TRUNCATE ri_audit_event");

  @Test
  void aNoteAReadOfSenDataAndARefusalAreEachRecordedWithWhoDidIt(PayaraMicroServer server) {
    long caseId = firstCaseOf("demo-ap-olive", server);
    String text = "Audit probe " + UUID.randomUUID();

    HttpResponse<String> added =
        Http.apiClientAs("demo-ap-olive", PASSWORD)
            .postJson(
                uri(server, caseId, "/notes"),
                "{\"version\":"
                    + version(server, caseId)
                    + ",\"text\":\""
                    + text
                    + "\",\"specialCategory\":true}");
    HttpResponse<String> opened =
        Http.apiClientAs("demo-ap-olive", PASSWORD)
            .getAs(uri(server, caseId, ""), "application/json");
    HttpResponse<String> refused =
        Http.apiClientAs("demo-ap-koru", PASSWORD)
            .getAs(uri(server, caseId, ""), "application/json");
    JsonArray history = history(server, caseId);

    assertEquals(201, added.statusCode(), added.body());
    assertEquals(200, opened.statusCode(), opened.body());
    assertEquals(404, refused.statusCode(), refused.body());
    JsonObject created = last(history, "CREATED", "demo-ap-olive");
    assertEquals("CaseNote", created.getString("entity"));
    assertTrue(created.getString("detail").contains(text), created.toString());
    JsonObject read = last(history, "READ_SPECIAL_CATEGORY", "demo-ap-olive");
    assertTrue(
        read.getString("detail").contains("CaseNote.text[specialCategory]"), read.toString());
    JsonObject refusal = last(history, "REFUSED", "demo-ap-koru");
    assertTrue(
        refusal.getString("detail").contains("not in the caller's scope"), refusal.toString());
  }

  @Test
  void theListOfCasesShowsNoSpecialCategoryDataAndRecordsNoRead(PayaraMicroServer server) {
    long caseId = firstCaseOf("demo-school-quillfield", server);
    int readsBefore =
        count(history(server, caseId), "READ_SPECIAL_CATEGORY", "demo-school-quillfield");

    HttpResponse<String> list =
        Http.apiClientAs("demo-school-quillfield", PASSWORD)
            .getAs(server.uri("/reintegration/api/cases"), "application/json");

    assertEquals(200, list.statusCode());
    assertFalse(list.body().contains("senStatus"), list.body());
    assertEquals(
        readsBefore,
        count(history(server, caseId), "READ_SPECIAL_CATEGORY", "demo-school-quillfield"));
  }

  @Test
  void onPostgresqlTheApplicationsUserCannotChangeOrRemoveTheTrail(PayaraMicroServer server)
      throws SQLException {
    TestDatabase database = TestDatabase.ofThisPass();
    assumeTrue(database.isPostgresql(), "grants and triggers are PostgreSQL's");
    long caseId = firstCaseOf("demo-ap-bridge", server);
    Http.apiClientAs("demo-ap-bridge", PASSWORD)
        .postJson(
            uri(server, caseId, "/notes"),
            "{\"version\":" + version(server, caseId) + ",\"text\":\"Something to keep\"}");

    try (Connection application =
            DriverManager.getConnection(database.url(), database.user(), database.password());
        Connection owner =
            DriverManager.getConnection(
                database.url(), database.migrationUser(), database.migrationPassword())) {
      long rows = rows(application);
      assertTrue(rows > 0, "the trail has entries");
      for (String change : CHANGES) {
        SQLException refused = assertThrows(SQLException.class, () -> run(application, change));
        assertEquals("42501", refused.getSQLState(), change + ": " + refused);
      }
      // The second line: even a user granted the rights (here the owner, inside a transaction
      // that is rolled back) is refused by the trigger.
      owner.setAutoCommit(false);
      run(owner, "GRANT UPDATE, DELETE, TRUNCATE ON ri_audit_event TO CURRENT_USER");
      for (String change : CHANGES) {
        Savepoint before = owner.setSavepoint();
        SQLException refused = assertThrows(SQLException.class, () -> run(owner, change));
        assertTrue(refused.getMessage().contains("append-only"), change + ": " + refused);
        owner.rollback(before);
      }
      owner.rollback();
      assertEquals(rows, rows(application), "nothing was changed or removed");
    }
  }

  /**
   * Olive Academy submits the referral of its case in preparation (the demo's Kai Thompson), which
   * a rule refuses (R1 without consent, R3 without Stage 1): the step rolls back whole, and the
   * refusal is recorded, naming the rule.
   */
  @Test
  void aRuleRefusalIsRecordedThoughNothingOfTheStepIsSaved(PayaraMicroServer server) {
    long caseId = caseOf("demo-ap-olive", "Kai", server);
    int refusalsBefore = count(history(server, caseId), "REFUSED", "demo-ap-olive");
    long version = version(server, caseId);

    HttpResponse<String> refused =
        Http.apiClientAs("demo-ap-olive", PASSWORD)
            .postJson(uri(server, caseId, "/steps/referral"), "{\"version\":" + version + "}");

    assertEquals(422, refused.statusCode(), refused.body());
    String rule = json(refused.body()).getString("rule");
    JsonArray history = history(server, caseId);
    assertEquals(refusalsBefore + 1, count(history, "REFUSED", "demo-ap-olive"));
    JsonObject refusal = json(last(history, "REFUSED", "demo-ap-olive").getString("detail"));
    assertEquals(rule, refusal.getString("rule"), refusal.toString());
    assertTrue(
        json(refused.body()).getString("message").endsWith(refusal.getString("reason")),
        refusal.toString());
    assertEquals(version, version(server, caseId), "nothing of the step was saved");
  }

  /**
   * Five wrong passwords for one name, then the right one: refused unchecked while the name is
   * held, as a wrong password is, and let in once the hold is over. Another name is not held. On
   * PostgreSQL each refusal is found in the trail.
   */
  @Test
  void failedSignInsAreRecordedAndSlowTheirNameEvenForTheRightPassword(PayaraMicroServer server)
      throws Exception {
    String name = "demo-social-worker-1";
    URI cases = server.uri("/reintegration/api/cases");
    OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5);

    for (int i = 1; i <= 5; i++) {
      assertEquals(401, Http.apiClientAs(name, "wrong-" + i).getAs(cases, JSON).statusCode());
    }
    HttpResponse<String> held = Http.apiClientAs(name, PASSWORD).getAs(cases, JSON);
    HttpResponse<String> someoneElse =
        Http.apiClientAs("demo-ap-bridge", PASSWORD).getAs(cases, JSON);
    Thread.sleep(FIRST_HOLD.plusSeconds(1).toMillis());
    HttpResponse<String> afterTheHold = Http.apiClientAs(name, PASSWORD).getAs(cases, JSON);

    assertEquals(401, held.statusCode(), "held: the right password is not even checked");
    assertEquals(200, someoneElse.statusCode(), someoneElse.body());
    assertEquals(200, afterTheHold.statusCode(), afterTheHold.body());
    TestDatabase database = TestDatabase.ofThisPass();
    if (database.isPostgresql()) {
      try (Connection application =
              DriverManager.getConnection(database.url(), database.user(), database.password());
          PreparedStatement refusals =
              application.prepareStatement(
                  "SELECT detail FROM ri_audit_event WHERE kind = 'SIGN_IN_FAILED'"
                      + " AND actor_subject = ? AND occurred_at > ? ORDER BY id")) {
        refusals.setString(1, name);
        refusals.setObject(2, since);
        List<String> details = new ArrayList<>();
        try (ResultSet found = refusals.executeQuery()) {
          while (found.next()) {
            details.add(found.getString(1));
          }
        }
        assertEquals(6, details.size(), details.toString());
        assertTrue(details.get(0).contains("wrong name or password"), details.toString());
        assertTrue(details.get(5).contains("not checked"), details.toString());
      }
    }
  }

  /**
   * Run without a migration user, the application's user owns the trail and could disable its
   * triggers: the server says so at start-up and in its readiness, and still serves. The pass's own
   * server, run as the README says, has nothing to say.
   */
  @Test
  void onPostgresqlAnOwnerServingRequestsIsWarnedOf(PayaraMicroServer passServer) {
    TestDatabase database = TestDatabase.ofThisPass();
    assumeTrue(database.isPostgresql(), "grants and triggers are PostgreSQL's");
    assertFalse(
        passServer.readiness().body().contains("auditTrail"), passServer.readiness().body());
    Map<String, String> settings =
        new HashMap<>(database.named("reintegration_servers_test").serverSettings());
    settings.put("reintegration.db.user", database.migrationUser());
    settings.put("reintegration.db.password", database.migrationPassword());
    settings.remove("reintegration.db.migration-user");
    settings.remove("reintegration.db.migration-password");
    try (PayaraMicroServer server = PayaraMicroServer.start("audit-owner", settings)) {
      server.awaitReady(Duration.ofMinutes(2));
      String readiness = server.readiness().body();
      assertTrue(readiness.contains("\"auditTrail\":\"owner can disable\""), readiness);
      assertTrue(readiness.contains("\"UP\""), readiness);
      assertTrue(
          Files.readString(server.log()).contains("The audit trail is not append-only"),
          "warned in the log");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long caseOf(String subject, String pupil, PayaraMicroServer server) {
    HttpResponse<String> list =
        Http.apiClientAs(subject, PASSWORD)
            .getAs(server.uri("/reintegration/api/cases?max=1&pupil=" + pupil), JSON);
    assertEquals(200, list.statusCode(), list.body());
    return json(list.body()).getJsonArray("cases").getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static long version(PayaraMicroServer server, long caseId) {
    HttpResponse<String> read =
        Http.apiClientAs("demo-inclusion-1", PASSWORD).getAs(uri(server, caseId, ""), JSON);
    assertEquals(200, read.statusCode(), read.body());
    return json(read.body()).getJsonNumber("version").longValue();
  }

  private static long firstCaseOf(String subject, PayaraMicroServer server) {
    HttpResponse<String> list =
        Http.apiClientAs(subject, PASSWORD)
            .getAs(server.uri("/reintegration/api/cases?max=1"), "application/json");
    assertEquals(200, list.statusCode(), list.body());
    return json(list.body()).getJsonArray("cases").getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static JsonArray history(PayaraMicroServer server, long caseId) {
    HttpResponse<String> audit =
        Http.apiClientAs("demo-inclusion-1", PASSWORD)
            .getAs(uri(server, caseId, "/audit"), "application/json");
    assertEquals(200, audit.statusCode(), audit.body());
    try (JsonReader reader = Json.createReader(new StringReader(audit.body()))) {
      return reader.readArray();
    }
  }

  private static JsonObject last(JsonArray history, String kind, String subject) {
    return history.getValuesAs(JsonObject.class).stream()
        .filter(
            e -> e.getString("kind").equals(kind) && e.getString("actorSubject").equals(subject))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("No " + kind + " by " + subject + " in " + history));
  }

  private static int count(JsonArray history, String kind, String subject) {
    return (int)
        history.getValuesAs(JsonObject.class).stream()
            .filter(
                e ->
                    e.getString("kind").equals(kind) && e.getString("actorSubject").equals(subject))
            .count();
  }

  private static java.net.URI uri(PayaraMicroServer server, long caseId, String rest) {
    return server.uri("/reintegration/api/cases/" + caseId + rest);
  }

  private static long rows(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("SELECT count(*) FROM ri_audit_event")) {
      count.next();
      return count.getLong(1);
    }
  }

  private static void run(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
