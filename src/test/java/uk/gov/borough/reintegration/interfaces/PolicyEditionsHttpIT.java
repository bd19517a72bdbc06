package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;
import uk.gov.borough.reintegration.test.TestDatabase;

/**
 * A borough moves to other numbers of its policy (issue 15): a case opened before the switch keeps
 * the edition it was opened under, one opened after gets the new numbers, an inclusion officer may
 * move the first across with a reason, and an override file with a line at fault keeps the section
 * from working at all. Servers of their own, on one PostgreSQL database, as a borough runs them.
 */
@EnabledIfSystemProperty(named = "reintegration.test.database", matches = "postgresql")
class PolicyEditionsHttpIT {

  private static final String PASSWORD = DeployedApplication.DEMO_PASSWORD;
  private static final String SCHOOL = "demo-school-quillfield";
  private static final String OFFICER = "demo-inclusion-1";
  private static final String REVIEW_WEEK_KEY = "deadlines.four-week-review.plan-week";
  private static final String CATEGORY_KEY = "breakdown-categories.threatening-violence";
  private static final String AP_START = "2026-11-02";

  @Test
  void aCaseKeepsItsEditionUntilMovedAndABadOverrideFileStopsTheSection() throws IOException {
    Path overrides = Files.createTempFile(Path.of("target"), "policy-overrides", ".properties");
    Files.writeString(
        overrides,
        "# The borough's review falls a week later\n"
            + REVIEW_WEEK_KEY
            + "=5\n"
            + CATEGORY_KEY
            + "=Threats of violence\n");
    Path faulty = Files.createTempFile(Path.of("target"), "policy-faulty", ".properties");
    Files.writeString(faulty, REVIEW_WEEK_KEY + "=five\ndeadlines.unheard-of=3\n");

    CompletableFuture<PayaraMicroServer> startingFaulty =
        CompletableFuture.supplyAsync(
            () -> PayaraMicroServer.start("editions-faulty", settings(faulty)));
    long before;
    LocalDate publishedReview;
    try (PayaraMicroServer published =
            PayaraMicroServer.start("editions-published", settings(null));
        PayaraMicroServer faultyServer = startingFaulty.join()) {
      published.awaitReady(Duration.ofMinutes(2));
      before = caseWithApStart(published, "B999221623312");
      publishedReview = reviewDue(published, before);

      HttpResponse<String> readiness = faultyServer.readiness();
      assertEquals(503, readiness.statusCode(), readiness.body());
      assertTrue(
          readiness.body().contains(faulty + ", line 1: " + REVIEW_WEEK_KEY), readiness.body());
      assertTrue(readiness.body().contains(faulty + ", line 2: unknown key"), readiness.body());
      HttpResponse<String> refused =
          Http.apiClientAs(OFFICER, PASSWORD)
              .getAs(api(faultyServer, "/cases"), "application/json");
      assertEquals(503, refused.statusCode(), "no work under a policy it cannot take");
      assertTrue(Files.readString(faultyServer.log()).contains(faulty + ", line 1"));
    }

    try (PayaraMicroServer overridden =
        PayaraMicroServer.start("editions-overridden", settings(overrides))) {
      overridden.awaitReady(Duration.ofMinutes(2));
      long after = caseWithApStart(overridden, "M999210321660");

      JsonObject old = caseOf(overridden, before);
      JsonObject young = caseOf(overridden, after);
      assertEquals("Havering 2020/21", old.getJsonObject("policyEdition").getString("name"));
      assertTrue(
          old.getJsonObject("policyEdition").getJsonObject("overrides").isEmpty(), old.toString());
      assertEquals(
          "5",
          young
              .getJsonObject("policyEdition")
              .getJsonObject("overrides")
              .getString(REVIEW_WEEK_KEY));
      assertEquals(
          "Threats of violence",
          young.getJsonObject("policyEdition").getJsonObject("overrides").getString(CATEGORY_KEY));
      assertEquals(publishedReview, reviewDue(overridden, before), "the old case keeps its dates");
      LocalDate overriddenReview = reviewDue(overridden, after);
      assertEquals(LocalDate.parse(young.getString("fourWeekReviewDate")), overriddenReview);
      assertTrue(
          overriddenReview.isAfter(publishedReview.plusDays(4)),
          "plan week 5 ends after plan week 4: " + publishedReview + " / " + overriddenReview);

      Http officer = Http.apiClientAs(OFFICER, PASSWORD);
      HttpResponse<String> stale =
          officer.postJson(
              api(overridden, "/cases/" + before + "/steps/policy-edition"),
              "{\"version\":0,\"reason\":\"The borough adopted the later review\"}");
      assertEquals(409, stale.statusCode(), stale.body());
      HttpResponse<String> noReason =
          officer.postJson(
              api(overridden, "/cases/" + before + "/steps/policy-edition"),
              "{\"version\":" + old.getJsonNumber("version") + ",\"reason\":\" \"}");
      assertEquals(400, noReason.statusCode(), noReason.body());
      assertEquals(publishedReview, reviewDue(overridden, before), "a refusal changes nothing");
      HttpResponse<String> moved =
          officer.postJson(
              api(overridden, "/cases/" + before + "/steps/policy-edition"),
              "{\"version\":"
                  + old.getJsonNumber("version")
                  + ",\"reason\":\"The borough adopted the later review\"}");
      assertEquals(200, moved.statusCode(), moved.body());
      assertEquals(overriddenReview, reviewDue(overridden, before), "counted again on the move");
      assertEquals(
          "5",
          caseOf(overridden, before)
              .getJsonObject("policyEdition")
              .getJsonObject("overrides")
              .getString(REVIEW_WEEK_KEY));
      HttpResponse<String> history =
          officer.getAs(api(overridden, "/cases/" + before + "/audit"), "application/json");
      assertTrue(
          history.body().contains("POLICY_EDITION_CHANGED")
              && history.body().contains("The borough adopted the later review"),
          history.body());
      HttpResponse<String> again =
          officer.postJson(
              api(overridden, "/cases/" + before + "/steps/policy-edition"),
              "{\"version\":"
                  + caseOf(overridden, before).getJsonNumber("version")
                  + ",\"reason\":\"Again\"}");
      assertEquals(400, again.statusCode(), "already under the edition in force: " + again.body());
      assertNotEquals(before, after);
      System.out.printf(
          "Editions: a case opened under the published edition keeps its review on %s; one"
              + " opened with %s=5 has it on %s; moved across, the first has it on %s%n",
          publishedReview, REVIEW_WEEK_KEY, overriddenReview, reviewDue(overridden, before));
    }
  }

  private static Map<String, String> settings(Path overrideFile) {
    Map<String, String> settings =
        new HashMap<>(
            TestDatabase.ofThisPass().named("reintegration_servers_test").serverSettings());
    settings.putAll(DeployedApplication.DEMO_LOGINS);
    settings.put("reintegration.demo-data", "true");
    if (overrideFile != null) {
      settings.put("reintegration.policy.override-file", overrideFile.toAbsolutePath().toString());
    }
    return settings;
  }

  /** A managed move opened by the school for the pupil, its AP start recorded. */
  private static long caseWithApStart(PayaraMicroServer server, String upn) {
    Http school = Http.apiClientAs(SCHOOL, PASSWORD);
    long quillfield = establishmentId(server, "990103");
    HttpResponse<String> opened =
        school.postJson(
            api(server, "/cases"),
            "{\"pupilUpn\":\""
                + upn
                + "\",\"route\":\"MANAGED_MOVE\",\"referringSchoolId\":"
                + quillfield
                + ",\"currentProvisionId\":"
                + quillfield
                + "}");
    assertEquals(201, opened.statusCode(), opened.body());
    long id = object(opened.body()).getJsonNumber("id").longValue();
    HttpResponse<String> apStart =
        school.postJson(
            api(server, "/cases/" + id + "/steps/ap-start"),
            "{\"version\":"
                + caseOf(server, id).getJsonNumber("version")
                + ",\"on\":\""
                + AP_START
                + "\"}");
    assertEquals(200, apStart.statusCode(), apStart.body());
    return id;
  }

  private static LocalDate reviewDue(PayaraMicroServer server, long id) {
    HttpResponse<String> deadlines =
        Http.apiClientAs(OFFICER, PASSWORD)
            .getAs(api(server, "/cases/" + id + "/records/deadlines"), "application/json");
    assertEquals(200, deadlines.statusCode(), deadlines.body());
    try (JsonReader reader = Json.createReader(new StringReader(deadlines.body()))) {
      return reader.readArray().getValuesAs(JsonObject.class).stream()
          .filter(d -> d.getString("kind").equals("FOUR_WEEK_REVIEW"))
          .map(d -> LocalDate.parse(d.getString("dueOn")))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no review deadline: " + deadlines.body()));
    }
  }

  private static JsonObject caseOf(PayaraMicroServer server, long id) {
    HttpResponse<String> answer =
        Http.apiClientAs(OFFICER, PASSWORD).getAs(api(server, "/cases/" + id), "application/json");
    assertEquals(200, answer.statusCode(), answer.body());
    return object(answer.body());
  }

  private static long establishmentId(PayaraMicroServer server, String urn) {
    HttpResponse<String> answer =
        Http.apiClientAs(OFFICER, PASSWORD)
            .getAs(api(server, "/establishments"), "application/json");
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readArray().getValuesAs(JsonObject.class).stream()
          .filter(e -> e.getString("urn").equals(urn))
          .findFirst()
          .orElseThrow()
          .getJsonNumber("id")
          .longValue();
    }
  }

  private static URI api(PayaraMicroServer server, String path) {
    return server.uri("/reintegration/api" + path);
  }

  private static JsonObject object(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
