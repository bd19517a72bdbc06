package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;

/**
 * Named leads through the API (issue 16): each party names its own lead and is refused another's,
 * an inclusion officer names the social worker, who gains the case at once and loses it when
 * removed, a stale version and bad input change nothing, and a deadline shows the lead who answers
 * for it.
 */
@ExtendWith(DeployedApplication.class)
class NamedLeadsHttpIT {

  private static final String PASSWORD = DeployedApplication.DEMO_PASSWORD;
  private static final String OLIVE = "demo-ap-olive";
  private static final String BRAMBLEWOOD = "demo-school-bramblewood";
  private static final String OFFICER = "demo-inclusion-1";
  private static final String SOCIAL_WORKER = "demo-social-worker-1";

  private PayaraMicroServer server;

  @Test
  void eachPartyNamesItsOwnLeadAndANamedSocialWorkerGainsTheCase(PayaraMicroServer server) {
    this.server = server;
    Map<String, Long> establishments =
        array(get(OFFICER, "/establishments")).getValuesAs(JsonObject.class).stream()
            .collect(
                Collectors.toMap(e -> e.getString("urn"), e -> e.getJsonNumber("id").longValue()));
    HttpResponse<String> opened =
        Http.apiClientAs(OLIVE, PASSWORD)
            .postJson(
                uri("/cases"),
                "{\"pupilUpn\":\"W999206724559\",\"route\":\"PERMANENT_EXCLUSION\","
                    + "\"referringSchoolId\":"
                    + establishments.get("990201")
                    + ",\"currentProvisionId\":"
                    + establishments.get("990201")
                    + ",\"proposedReceivingSchoolId\":"
                    + establishments.get("990101")
                    + "}");
    assertEquals(201, opened.statusCode(), opened.body());
    long id = object(opened).getJsonNumber("id").longValue();
    assertEquals(0, array(get(OLIVE, "/cases/" + id + "/leads")).size());

    // The provider names its own lead, a person already known by that e-mail
    assertEquals(
        200,
        put(
            OLIVE,
            id,
            "current-school-or-ap-lead",
            "\"name\":\"Marcia Okoro\"," + "\"email\":\"Marcia.Okoro@example.org\""));
    // ... and is refused the receiving school's, which the school proposed names itself
    assertEquals(
        403, put(OLIVE, id, "receiving-school-lead", "\"name\":\"A\",\"email\":\"a@example.org\""));
    JsonObject joanne =
        array(get(BRAMBLEWOOD, "/cases/" + id + "/leads/receiving-school-lead/known"))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(person -> person.getString("name").equals("Joanne Ashworth"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        200,
        put(
            BRAMBLEWOOD,
            id,
            "receiving-school-lead",
            "\"personId\":" + joanne.getJsonNumber("personId")));
    assertEquals(
        403,
        put(
            OLIVE,
            id,
            "early-help-or-social-worker",
            "\"name\":\"Kerry Walsh\",\"email\":\"kerry.walsh@example.org\""));

    // A stale version, and bad input, change nothing
    long version = version(id);
    HttpResponse<String> stale =
        Http.apiClientAs(OLIVE, PASSWORD)
            .putJson(
                uri("/cases/" + id + "/leads/current-school-or-ap-lead"),
                "{\"version\":"
                    + (version - 1)
                    + ",\"name\":\"Gareth Pryce\",\"email\":\"gareth.pryce@example.org\"}");
    assertEquals(409, stale.statusCode(), stale.body());
    for (String[] bad :
        new String[][] {
          {
            "current-school-or-ap-lead",
            "\"name\":\"Gareth Pryce\",\"email\":\"not an e-mail\"",
            "email"
          },
          {"current-school-or-ap-lead", "\"name\":\"   \",\"email\":\"g@example.org\"", "name"},
          {"head-teacher", "\"name\":\"Gareth Pryce\",\"email\":\"g@example.org\"", "role"},
          {"receiving-school-lead", "\"personId\":" + joanne.getJsonNumber("personId"), "personId"},
        }) {
      HttpResponse<String> refused =
          Http.apiClientAs(bad[0].startsWith("receiving") ? OFFICER : OLIVE, PASSWORD)
              .putJson(
                  uri("/cases/" + id + "/leads/" + bad[0]),
                  "{\"version\":" + version + "," + bad[1] + "}");
      assertTrue(
          refused.statusCode() == 400 || refused.statusCode() == 409,
          bad[1] + ": " + refused.body());
      assertTrue(refused.body().contains("\"" + bad[2] + "\""), bad[1] + ": " + refused.body());
    }
    assertEquals(version, version(id), "the refusals changed nothing");
    Map<String, String> named = leads(id);
    assertEquals("Marcia Okoro", named.get("CURRENT_SCHOOL_OR_AP_LEAD"));
    assertEquals("Joanne Ashworth", named.get("RECEIVING_SCHOOL_LEAD"));

    // The deadline the provider answers for shows its lead
    HttpResponse<String> apStart =
        Http.apiClientAs(OLIVE, PASSWORD)
            .postJson(
                uri("/cases/" + id + "/steps/ap-start"),
                "{\"version\":" + version(id) + ",\"on\":\"2026-11-03\"}");
    assertEquals(200, apStart.statusCode(), apStart.body());
    JsonObject review =
        array(get(OLIVE, "/cases/" + id + "/records/deadlines"))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(d -> d.getString("kind").equals("FOUR_WEEK_REVIEW"))
            .findFirst()
            .orElseThrow();
    assertEquals("Marcia Okoro", review.getString("responsibleLead"), review.toString());

    // With the provider's lead removed, My work tells the provider's staff, and no one else
    HttpResponse<String> unnamed = remove(OLIVE, id, "current-school-or-ap-lead");
    assertEquals(200, unnamed.statusCode(), unnamed.body());
    String toName = "Name the current school or AP lead on case " + id;
    assertTrue(myWork(OLIVE).contains(toName), "the provider is told");
    assertFalse(myWork(BRAMBLEWOOD).contains(toName), "the receiving school is not");
    assertEquals(
        200,
        put(
            OLIVE,
            id,
            "current-school-or-ap-lead",
            "\"name\":\"Marcia Okoro\",\"email\":\"marcia.okoro@example.org\""));
    assertFalse(myWork(OLIVE).contains(toName), "named again");

    // A social worker named gains the case at once, and loses it when removed
    assertEquals(404, read(SOCIAL_WORKER, id));
    JsonObject kerry =
        array(get(OFFICER, "/cases/" + id + "/leads/early-help-or-social-worker/known"))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(person -> person.getString("name").equals("Kerry Walsh"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        200,
        put(
            OFFICER,
            id,
            "early-help-or-social-worker",
            "\"personId\":" + kerry.getJsonNumber("personId")));
    assertEquals(200, read(SOCIAL_WORKER, id));
    assertTrue(
        get(SOCIAL_WORKER, "/cases?max=100").body().contains("\"id\":" + id),
        "the case is in the social worker's list");
    HttpResponse<String> removed = remove(OFFICER, id, "early-help-or-social-worker");
    assertEquals(200, removed.statusCode(), removed.body());
    assertEquals(404, read(SOCIAL_WORKER, id));
    String audit = get(OFFICER, "/cases/" + id + "/audit").body();
    assertTrue(audit.contains("LEAD_NAMED") && audit.contains("LEAD_REMOVED"), audit);
  }

  private String myWork(String who) {
    HttpResponse<String> page =
        Http.browserSignedInAs(server, who, PASSWORD)
            .getAs(server.uri("/reintegration/index.xhtml"), "text/html");
    assertEquals(200, page.statusCode(), page.body());
    return page.body();
  }

  private HttpResponse<String> remove(String who, long id, String role) {
    return Http.apiClientAs(who, PASSWORD)
        .send("DELETE", uri("/cases/" + id + "/leads/" + role + "?version=" + version(id)));
  }

  private int put(String who, long id, String role, String fields) {
    return Http.apiClientAs(who, PASSWORD)
        .putJson(
            uri("/cases/" + id + "/leads/" + role),
            "{\"version\":" + version(id) + "," + fields + "}")
        .statusCode();
  }

  private Map<String, String> leads(long id) {
    return array(get(OFFICER, "/cases/" + id + "/leads")).getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(l -> l.getString("role"), l -> l.getString("name")));
  }

  private long version(long id) {
    return object(get(OFFICER, "/cases/" + id)).getJsonNumber("version").longValue();
  }

  private int read(String who, long id) {
    return Http.apiClientAs(who, PASSWORD)
        .getAs(uri("/cases/" + id), "application/json")
        .statusCode();
  }

  private HttpResponse<String> get(String who, String path) {
    HttpResponse<String> answer =
        Http.apiClientAs(who, PASSWORD).getAs(uri(path), "application/json");
    assertEquals(200, answer.statusCode(), path + ": " + answer.body());
    return answer;
  }

  private URI uri(String path) {
    return server.uri("/reintegration/api" + path);
  }

  private static JsonObject object(HttpResponse<String> answer) {
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readObject();
    }
  }

  private static JsonArray array(HttpResponse<String> answer) {
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readArray();
    }
  }
}
