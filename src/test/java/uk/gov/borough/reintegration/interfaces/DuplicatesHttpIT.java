package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;

/**
 * No duplicates and no over-sharing (issue 13, item 5): one open case per pupil and one record per
 * parent or carer however many requests arrive at once, a draft that does not show its pupil's
 * details to whoever opened it, and the refusals that were 500s. Each test has a pupil of its own
 * whom no other test or demo case uses.
 */
@ExtendWith(DeployedApplication.class)
class DuplicatesHttpIT {

  private static final String PASSWORD = DeployedApplication.DEMO_PASSWORD;
  private static final String KORU = "demo-ap-koru";
  private static final String OLIVE = "demo-ap-olive";
  private static final String BRAMBLEWOOD = "demo-school-bramblewood";
  private static final String OFFICER = "demo-inclusion-1";
  private static final int AT_ONCE = 20;

  private PayaraMicroServer server;
  private Map<String, Long> establishments;

  @BeforeEach
  void establishments(PayaraMicroServer server) {
    this.server = server;
    HttpResponse<String> list =
        Http.apiClientAs(OFFICER, PASSWORD).getAs(uri("/establishments"), "application/json");
    try (JsonReader reader = Json.createReader(new StringReader(list.body()))) {
      establishments =
          reader.readArray().getValuesAs(JsonObject.class).stream()
              .collect(
                  Collectors.toMap(
                      e -> e.getString("urn"), e -> e.getJsonNumber("id").longValue()));
    }
  }

  @Test
  @DisplayName("20 openings at once for one pupil open one case; another opens once it closes")
  void oneOpenCasePerPupil() throws Exception {
    String ibrahim = "R999204116332";
    List<HttpResponse<String>> answers =
        atOnce(
            () ->
                Http.apiClientAs(KORU, PASSWORD)
                    .postJson(uri("/cases"), referral(ibrahim, "990203")));

    List<HttpResponse<String>> opened = withStatus(answers, 201);
    assertEquals(1, opened.size(), "exactly one case opened: " + statuses(answers));
    assertEquals(AT_ONCE - 1, withStatus(answers, 409).size(), statuses(answers));
    long id = object(opened.get(0)).getJsonNumber("id").longValue();
    for (HttpResponse<String> refused : withStatus(answers, 409)) {
      assertTrue(refused.body().contains("case " + id + ":"), "names the case: " + refused.body());
    }

    HttpResponse<String> elsewhere =
        Http.apiClientAs(OLIVE, PASSWORD).postJson(uri("/cases"), referral(ibrahim, "990201"));
    assertEquals(409, elsewhere.statusCode(), elsewhere.body());
    assertTrue(elsewhere.body().contains("already has an open case"), elsewhere.body());
    assertFalse(elsewhere.body().contains(String.valueOf(id)), "not Olive's to see");

    assertEquals(200, step(KORU, id, "stage-1", NOT_ON_TRACK).statusCode());
    HttpResponse<String> returned =
        step(
            OFFICER, id, "return", "\"to\":\"REFERRING_SCHOOL\",\"reason\":\"Back at Quillfield\"");
    assertEquals("RETURNED_TO_REFERRING_SCHOOL", object(returned).getString("status"));
    HttpResponse<String> again =
        Http.apiClientAs(KORU, PASSWORD).postJson(uri("/cases"), referral(ibrahim, "990203"));
    assertEquals(201, again.statusCode(), "the closed case no longer counts: " + again.body());
  }

  @Test
  @DisplayName("20 identical parents sent at once on one version add one; the version rises")
  void oneRecordPerParentCarer() throws Exception {
    long id = open("H999221619552");
    long version = version(id);
    String mother =
        "{\"version\":"
            + version
            + ",\"name\":\"Grace Adeyemi\",\"relationship\":\"Mother\","
            + "\"email\":\"grace.adeyemi@example.com\",\"parentalResponsibility\":true}";
    List<HttpResponse<String>> answers =
        atOnce(
            () ->
                Http.apiClientAs(KORU, PASSWORD)
                    .postJson(uri("/cases/" + id + "/steps/parent-carer"), mother));

    assertEquals(1, withStatus(answers, 200).size(), statuses(answers));
    assertEquals(AT_ONCE - 1, withStatus(answers, 409).size(), statuses(answers));
    assertEquals(
        version + 1,
        object(withStatus(answers, 200).get(0)).getJsonNumber("version").longValue(),
        "adding a parent or carer raises the case's version");
    assertEquals(1, read(OFFICER, id).getJsonArray("parentCarers").size());

    HttpResponse<String> twice =
        step(
            KORU,
            id,
            "parent-carer",
            "\"name\":\" grace  ADEYEMI\",\"relationship\":\"mother\","
                + "\"postalAddress\":\"1 High Street\"");
    assertEquals(409, twice.statusCode(), twice.body());
    assertEquals("name", object(twice).getJsonArray("fields").getJsonObject(0).getString("field"));
    assertEquals(1, read(OFFICER, id).getJsonArray("parentCarers").size());
  }

  @Test
  @DisplayName(
      "A draft shows its pupil's date of birth, SEN and FSM to the borough's officers only")
  void aDraftDoesNotShowThePupilsDetails() {
    long id = open("P999206719788");
    for (String party : List.of(KORU, BRAMBLEWOOD)) {
      JsonObject pupil = read(party, id).getJsonObject("pupil");
      assertEquals("Nia", pupil.getString("givenName"), party);
      for (String detail : List.of("dateOfBirth", "senStatus", "freeSchoolMeals")) {
        assertTrue(
            !pupil.containsKey(detail) || pupil.isNull(detail), party + " is shown " + detail);
      }
    }
    JsonObject asOfficer = read(OFFICER, id).getJsonObject("pupil");
    assertEquals("2015-03-31", asOfficer.getString("dateOfBirth"));
    assertEquals("N", asOfficer.getString("senStatus"));
  }

  @Test
  @DisplayName("Withdrawing consent not on record, and moving a meeting badly, are refusals")
  void refusalsThatWere500s() {
    long id = open("F999221616507");
    HttpResponse<String> withdrawal =
        step(KORU, id, "consent-withdrawal", "\"on\":\"2026-11-20\",\"reason\":\"Changed mind\"");
    assertEquals(409, withdrawal.statusCode(), withdrawal.body());
    assertTrue(withdrawal.body().contains("No consent is on record"), withdrawal.body());

    HttpResponse<String> scheduled =
        Http.apiClientAs(KORU, PASSWORD)
            .postJson(
                uri("/cases/" + id + "/plan/meetings"),
                meeting(version(id), "\"kind\":\"REVIEW\"", "2027-01-25", "\"KORU\""));
    assertEquals(201, scheduled.statusCode(), scheduled.body());
    URI move =
        uri(
            "/cases/"
                + id
                + "/plan/meetings/"
                + object(scheduled).getJsonNumber("id").longValue()
                + "/move");
    long read = version(id);
    List<Map.Entry<String, String>> badMoves =
        List.of(
            Map.entry("location", meeting(read, "", "2027-01-26", "\"  \"")),
            Map.entry("location", meeting(read, "", "2027-01-26", "\"" + "x".repeat(301) + "\"")),
            Map.entry("start", meeting(read, "", "2090-01-26", "\"KORU\"")));
    for (Map.Entry<String, String> bad : badMoves) {
      HttpResponse<String> refused =
          Http.apiClientAs(KORU, PASSWORD).postJson(move, bad.getValue());
      assertEquals(400, refused.statusCode(), refused.body());
      assertTrue(refused.body().contains("\"field\":\"" + bad.getKey() + "\""), refused.body());
    }
  }

  // --- helpers ---

  private static final String NOT_ON_TRACK =
      "\"aims\":\"Re-engage with learning\",\"academicTarget\":\"Reading age up a year\","
          + "\"behaviourTarget\":\"No exclusions\",\"attendanceTarget\":\"95%\",\"onTrack\":false,"
          + "\"notOnTrackReason\":\"Missing afternoons\",\"barrierRequirement\":\"A mentor\","
          + "\"estimatedWeeks\":4";

  /** A direction off-site from Quillfield to the provision, with Bramblewood proposed. */
  private String referral(String upn, String provisionUrn) {
    return "{\"pupilUpn\":\""
        + upn
        + "\",\"route\":\"DIRECTION_OFF_SITE\",\"referringSchoolId\":"
        + id("990103")
        + ",\"currentProvisionId\":"
        + id(provisionUrn)
        + ",\"proposedReceivingSchoolId\":"
        + id("990101")
        + "}";
  }

  private long open(String upn) {
    HttpResponse<String> opened =
        Http.apiClientAs(KORU, PASSWORD).postJson(uri("/cases"), referral(upn, "990203"));
    assertEquals(201, opened.statusCode(), opened.body());
    return object(opened).getJsonNumber("id").longValue();
  }

  private static String meeting(long version, String kind, String day, String location) {
    return "{\"version\":"
        + version
        + ","
        + (kind.isEmpty() ? "" : kind + ",")
        + "\"start\":\""
        + day
        + "T15:30:00\",\"end\":\""
        + day
        + "T16:30:00\",\"location\":"
        + location
        + "}";
  }

  private HttpResponse<String> step(String who, long id, String step, String fields) {
    return Http.apiClientAs(who, PASSWORD)
        .postJson(
            uri("/cases/" + id + "/steps/" + step),
            "{\"version\":" + version(id) + "," + fields + "}");
  }

  private long version(long id) {
    return read(OFFICER, id).getJsonNumber("version").longValue();
  }

  private JsonObject read(String who, long id) {
    HttpResponse<String> answer =
        Http.apiClientAs(who, PASSWORD).getAs(uri("/cases/" + id), "application/json");
    assertEquals(200, answer.statusCode(), answer.body());
    return object(answer);
  }

  /** The same request sent {@link #AT_ONCE} times, all let go together. */
  private static List<HttpResponse<String>> atOnce(Request request) throws Exception {
    ExecutorService senders = Executors.newFixedThreadPool(AT_ONCE);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> sent =
          IntStream.range(0, AT_ONCE)
              .mapToObj(
                  i ->
                      senders.submit(
                          () -> {
                            go.await();
                            return request.send();
                          }))
              .toList();
      go.countDown();
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : sent) {
        answers.add(answer.get());
      }
      return answers;
    } finally {
      senders.shutdownNow();
    }
  }

  private interface Request {
    HttpResponse<String> send();
  }

  private static List<HttpResponse<String>> withStatus(
      List<HttpResponse<String>> answers, int status) {
    return answers.stream().filter(a -> a.statusCode() == status).toList();
  }

  private static String statuses(List<HttpResponse<String>> answers) {
    return answers.stream()
        .map(a -> a.statusCode() + (a.statusCode() >= 500 ? " " + a.body() : ""))
        .toList()
        .toString();
  }

  private String id(String urn) {
    return String.valueOf(establishments.get(urn));
  }

  private URI uri(String path) {
    return server.uri("/reintegration/api" + path);
  }

  private static JsonObject object(HttpResponse<String> answer) {
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readObject();
    }
  }
}
