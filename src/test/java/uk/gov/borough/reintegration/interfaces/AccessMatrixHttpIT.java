package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;

/**
 * Every demo person against every case of the demo data and every read and write of the API and
 * every page, over HTTP: allowed, 403 or 404 as DESIGN.md's "Who uses it" and "API conventions"
 * say. The expectation is worked out here from DESIGN.md's words, independently of the server's
 * query, from the relations each case has (read as an inclusion officer, who sees every case).
 */
@ExtendWith(DeployedApplication.class)
class AccessMatrixHttpIT {

  private static final String PASSWORD = DeployedApplication.DEMO_PASSWORD;
  private static final long FORGED_CASE_ID = 987_654_321L;

  /** A demo person: their role, the establishments they belong to, and their lead's e-mail. */
  record Person(String subject, String role, Set<String> urns, String leadEmail) {

    boolean belongsTo(String urn) {
      return urn != null && urns.contains(urn);
    }
  }

  /** The relations of one case, which decide who sees it. */
  record CaseFacts(
      long id,
      String referring,
      String current,
      String proposed,
      String receiving,
      Set<String> leadEmails) {}

  /** The people of src/main/resources/demo-users.csv, with the demo leads they are. */
  private static final List<Person> PEOPLE =
      List.of(
          new Person("demo-ap-olive", "AP_STAFF", Set.of("990201"), "marcia.okoro@example.org"),
          new Person("demo-ap-bridge", "AP_STAFF", Set.of("990202"), "helen.sato@example.org"),
          new Person("demo-ap-koru", "AP_STAFF", Set.of("990203"), "dean.whitlock@example.org"),
          new Person(
              "demo-school-bramblewood",
              "SCHOOL_STAFF",
              Set.of("990101"),
              "joanne.ashworth@example.org"),
          new Person(
              "demo-school-st-aldrics",
              "SCHOOL_STAFF",
              Set.of("990102"),
              "michael.hendricks@example.org"),
          new Person(
              "demo-school-quillfield",
              "SCHOOL_STAFF",
              Set.of("990103"),
              "sunita.varma@example.org"),
          new Person(
              "demo-inclusion-1", "INCLUSION_OFFICER", Set.of(), "lorraine.baptiste@example.org"),
          new Person("demo-social-worker-1", "SOCIAL_WORKER", Set.of(), "kerry.walsh@example.org"),
          new Person("demo-portal-admin", "PORTAL_ADMIN", Set.of(), null));

  /** The reads of a case's records every role that sees the case may make. */
  private static final List<String> READS =
      List.of("/records/deadlines", "/plan/meetings", "/plan/phased-return", "/plan/evaluations");

  /**
   * A write, the roles DESIGN.md's "does" column gives it, and what it answers them here: 409 for a
   * step on a stale version, 400 for a record of the plan that does not exist.
   */
  record Write(String path, String body, Set<String> roles, int allowed) {

    static Write step(String step, String fields, String... roles) {
      return new Write(
          "/steps/" + step,
          "{\"version\":-1" + (fields.isEmpty() ? "" : "," + fields) + "}",
          Set.of(roles),
          PAST_THE_ROLE);
    }
  }

  /** An answer past the scope (404) and the role (403): the action was the caller's to try. */
  private static final int PAST_THE_GATES = 0;

  /**
   * A stale step past the scope and the role: 409, or 403 naming whose step it is on this case when
   * the person's establishment is not the party that takes it (issue 17: before the version).
   */
  private static final int PAST_THE_ROLE = -1;

  private static final String AP = "AP_STAFF";
  private static final String SCHOOL = "SCHOOL_STAFF";
  private static final String OFFICER = "INCLUSION_OFFICER";

  private static final List<Write> STEPS =
      List.of(
          Write.step(
              "parent-carer",
              "\"name\":\"Probe\",\"relationship\":\"Aunt\",\"email\":\"probe@example.org\"",
              AP,
              SCHOOL),
          Write.step(
              "consent",
              "\"givenBy\":\"Probe\",\"givenOn\":\"2026-11-20\",\"howObtained\":\"Meeting\","
                  + "\"fullUnderstanding\":true",
              AP,
              SCHOOL),
          Write.step(
              "consent-withdrawal", "\"on\":\"2026-11-20\",\"reason\":\"Probe\"", AP, SCHOOL),
          Write.step(
              "stage-1",
              "\"aims\":\"a\",\"academicTarget\":\"b\",\"behaviourTarget\":\"c\","
                  + "\"attendanceTarget\":\"d\",\"onTrack\":true",
              AP,
              SCHOOL),
          Write.step(
              "uniform", "\"funding\":\"NONE_NEEDED\",\"decidedOn\":\"2026-11-20\"", AP, SCHOOL),
          Write.step("ap-start", "\"on\":\"2026-11-02\"", AP, SCHOOL),
          Write.step("referral", "", AP, SCHOOL),
          Write.step("readiness", "", AP, SCHOOL),
          Write.step("completion", "\"transitionCompletedOn\":\"2026-11-20\"", AP, SCHOOL),
          Write.step("hearing", "\"hearingId\":1", OFFICER),
          Write.step("decision", "\"outcome\":\"RATIFIED\",\"receivingSchoolId\":1", OFFICER),
          Write.step("managed-move", "\"receivingSchoolId\":1", SCHOOL),
          Write.step("start", "\"on\":\"2026-11-20\"", AP, SCHOOL),
          Write.step("liaison", "", AP, SCHOOL),
          Write.step("ending", "\"on\":\"2026-11-20\",\"description\":\"Probe\"", SCHOOL),
          Write.step("sign-off", "\"party\":\"RECEIVING_SCHOOL\",\"on\":\"2026-11-20\"", SCHOOL),
          Write.step("acknowledgement", "", OFFICER),
          Write.step("roll", "\"decision\":\"REMAIN\",\"on\":\"2026-11-20\"", AP, SCHOOL),
          Write.step("return", "\"to\":\"REFERRING_SCHOOL\",\"reason\":\"Probe\"", OFFICER, SCHOOL),
          Write.step("policy-edition", "\"reason\":\"Probe\"", OFFICER),
          Write.step(
              "roll-supersession",
              "\"decision\":\"REMAIN\",\"on\":\"2026-11-20\",\"reason\":\"Probe\"",
              OFFICER),
          new Write("/plan/phased-return/99", "{\"version\":-1}", Set.of(AP, SCHOOL), 409),
          // What a recount answers depends on the deadlines and calendars other tests left (the
          // demo's deadlines are counted at start-up): only the gates are this test's to check
          new Write(
              "/records/deadlines/recount", "{}", Set.of(AP, SCHOOL, OFFICER), PAST_THE_GATES),
          new Write("/records/messages/0/printed", "{}", Set.of(AP, SCHOOL, OFFICER), 400),
          new Write("/records/messages/0/retry", "{}", Set.of(OFFICER), 400),
          new Write(
              "/plan/meetings/0/move",
              "{\"version\":-1,\"start\":\"2027-01-25T15:00:00\",\"end\":\"2027-01-25T16:00:00\","
                  + "\"location\":\"x\"}",
              Set.of(AP, SCHOOL),
              409));

  private static final List<String> PAGES =
      List.of(
          "/reintegration/",
          "/reintegration/index.xhtml",
          "/reintegration/cases.xhtml",
          "/reintegration/panel.xhtml",
          "/reintegration/establishments.xhtml",
          "/reintegration/referral.xhtml",
          "/reintegration/calendars.xhtml",
          "/reintegration/help.xhtml");

  private int probes;
  private final List<String> wrong = new ArrayList<>();

  @Test
  void everyPersonReachesExactlyWhatTheirRoleAndEstablishmentsGiveThem(PayaraMicroServer server) {
    List<CaseFacts> cases = casesAsAnInclusionOfficer(server);
    assertEveryRelationIsInTheDemoData(cases);

    for (Person person : PEOPLE) {
      Http api = Http.apiClientAs(person.subject(), PASSWORD);
      probeTheList(server, api, person, cases);
      for (CaseFacts reintegration : cases) {
        probeTheCase(server, api, person, reintegration.id(), sees(person, reintegration));
      }
      probeTheCase(server, api, person, FORGED_CASE_ID, false);
      expect(
          person,
          "GET /api/establishments",
          api.getAs(server.uri("/reintegration/api/establishments"), "application/json"),
          200);
      Http browser = Http.browserSignedInAs(server, person.subject(), PASSWORD);
      for (String page : PAGES) {
        expect(person, "GET " + page, browser.getAs(server.uri(page), "text/html"), 200);
      }
      // A case page outside the person's scope is "page not found", like one that does not exist
      for (CaseFacts reintegration : cases) {
        String page = "/reintegration/case.xhtml?id=" + reintegration.id();
        expect(
            person,
            "GET " + page,
            browser.getAs(server.uri(page), "text/html"),
            sees(person, reintegration) ? 200 : 404);
      }
    }
    probeSignedOut(server, cases.get(0).id());

    System.out.printf(
        "Access matrix: %d people x %d cases (and a forged id), %d probes, %d wrong%n",
        PEOPLE.size(), cases.size(), probes, wrong.size());
    assertEquals(List.of(), wrong, "answers that DESIGN.md does not allow");
  }

  /** DESIGN.md, "Who uses it", as a person would read it. */
  private static boolean sees(Person person, CaseFacts c) {
    return switch (person.role()) {
      case "INCLUSION_OFFICER" -> true;
      case "PORTAL_ADMIN" -> false;
      default ->
          person.belongsTo(c.referring())
              || person.belongsTo(c.current())
              || person.belongsTo(c.receiving())
              || (c.receiving() == null && person.belongsTo(c.proposed()))
              || c.leadEmails().contains(person.leadEmail());
    };
  }

  private void probeTheList(
      PayaraMicroServer server, Http api, Person person, List<CaseFacts> cases) {
    HttpResponse<String> list =
        api.getAs(server.uri("/reintegration/api/cases?max=100"), "application/json");
    if (person.role().equals("PORTAL_ADMIN")) {
      expect(person, "GET /api/cases", list, 403);
      return;
    }
    expect(person, "GET /api/cases", list, 200);
    Set<Long> listed = new TreeSet<>();
    json(list.body()).getJsonArray("cases").stream()
        .map(JsonValue::asJsonObject)
        .forEach(c -> listed.add(c.getJsonNumber("id").longValue()));
    Set<Long> expected = new TreeSet<>();
    cases.stream().filter(c -> sees(person, c)).forEach(c -> expected.add(c.id()));
    if (!listed.equals(expected)) {
      wrong.add(person.subject() + " GET /api/cases listed " + listed + ", expected " + expected);
    }
    long total = json(list.body()).getJsonNumber("total").longValue();
    if (total != expected.size()) {
      wrong.add(
          person.subject() + " GET /api/cases total " + total + ", expected " + expected.size());
    }
  }

  private void probeTheCase(
      PayaraMicroServer server, Http api, Person person, long caseId, boolean visible) {
    String path = "/reintegration/api/cases/" + caseId;
    expect(
        person,
        "GET " + path,
        api.getAs(server.uri(path), "application/json"),
        visible ? 200 : 404);
    expect(
        person,
        "GET " + path + "/audit",
        api.getAs(server.uri(path + "/audit"), "application/json"),
        !visible ? 404 : person.role().equals("INCLUSION_OFFICER") ? 200 : 403);
    expect(
        person,
        "POST " + path + "/notes",
        api.postJson(
            server.uri(path + "/notes"),
            "{\"version\":"
                + (visible ? versionOf(api, server, path) : 0)
                + ",\"text\":\"Access matrix probe by "
                + person.subject()
                + "\"}"),
        visible ? 201 : 404);
    for (String read : READS) {
      expect(
          person,
          "GET " + path + read,
          api.getAs(server.uri(path + read), "application/json"),
          visible ? 200 : 404);
    }
    expect(
        person,
        "GET " + path + "/records/messages",
        api.getAs(server.uri(path + "/records/messages"), "application/json"),
        !visible ? 404 : person.role().equals("INCLUSION_OFFICER") ? 200 : 403);
    // Every step, on a stale version: it changes nothing, and the answer shows the gates (scope
    // 404, role 403) passed or not; past them the party's (403) or the stale version (409).
    for (Write step : STEPS) {
      expect(
          person,
          "POST " + path + step.path(),
          api.postJson(server.uri(path + step.path()), step.body()),
          !visible ? 404 : step.roles().contains(person.role()) ? step.allowed() : 403);
    }
  }

  /** The version of the case as the person reads it, for a write that must name it. */
  private static long versionOf(Http api, PayaraMicroServer server, String path) {
    return json(api.getAs(server.uri(path), "application/json").body())
        .getJsonNumber("version")
        .longValue();
  }

  private void probeSignedOut(PayaraMicroServer server, long caseId) {
    Person nobody = new Person("(signed out)", "", Set.of(), null);
    for (String path :
        List.of(
            "/reintegration/api/cases",
            "/reintegration/api/cases/" + caseId,
            "/reintegration/api/cases/" + caseId + "/audit",
            "/reintegration/api/establishments")) {
      expect(nobody, "GET " + path, Http.get(server.uri(path), "application/json"), 401);
    }
    expect(
        nobody,
        "POST /api/cases/" + caseId + "/notes",
        Http.anonymous()
            .postJson(
                server.uri("/reintegration/api/cases/" + caseId + "/notes"), "{\"text\":\"x\"}"),
        401);
    for (String page : PAGES) {
      expect(nobody, "GET " + page, Http.get(server.uri(page), "text/html"), 302);
    }
  }

  private void expect(Person person, String call, HttpResponse<String> answer, int status) {
    probes++;
    boolean expected =
        switch (status) {
          case PAST_THE_GATES -> answer.statusCode() != 403 && answer.statusCode() != 404;
          case PAST_THE_ROLE ->
              answer.statusCode() == 409
                  || answer.statusCode() == 403 && !answer.body().contains("Your role");
          default -> answer.statusCode() == status;
        };
    if (!expected) {
      wrong.add(
          person.subject() + " " + call + ": " + answer.statusCode() + ", expected " + status);
    }
  }

  /** The relations of every case, read as an inclusion officer, who sees them all. */
  private static List<CaseFacts> casesAsAnInclusionOfficer(PayaraMicroServer server) {
    Http officer = Http.apiClientAs("demo-inclusion-1", PASSWORD);
    HttpResponse<String> list =
        officer.getAs(server.uri("/reintegration/api/cases?max=100"), "application/json");
    assertEquals(200, list.statusCode(), list.body());
    List<CaseFacts> cases = new ArrayList<>();
    for (JsonValue summary : json(list.body()).getJsonArray("cases")) {
      long id = summary.asJsonObject().getJsonNumber("id").longValue();
      HttpResponse<String> detail =
          officer.getAs(server.uri("/reintegration/api/cases/" + id), "application/json");
      assertEquals(200, detail.statusCode(), detail.body());
      JsonObject c = json(detail.body());
      Set<String> leads = new HashSet<>();
      Stream.of(
              "currentProvisionLead", "receivingSchoolLead", "inclusionsOfficer", "earlyHelpWorker")
          .filter(c::containsKey)
          .forEach(lead -> leads.add(c.getJsonObject(lead).getString("email")));
      cases.add(
          new CaseFacts(
              id,
              urn(c, "referringSchool"),
              urn(c, "currentProvision"),
              urn(c, "proposedReceivingSchool"),
              urn(c, "receivingSchool"),
              leads));
    }
    assertTrue(cases.size() >= 20, "the demo data's cases: " + cases.size());
    return cases;
  }

  /** The matrix means something only if the demo data has a case of every relation. */
  private static void assertEveryRelationIsInTheDemoData(List<CaseFacts> cases) {
    Map<String, Boolean> found = new LinkedHashMap<>();
    for (Person person : PEOPLE) {
      for (CaseFacts c : cases) {
        if (person.belongsTo(c.referring()) && !person.belongsTo(c.current())) {
          found.put("referring school only", true);
        }
        if (person.belongsTo(c.current())) {
          found.put("current provision", true);
        }
        if (c.receiving() == null && person.belongsTo(c.proposed())) {
          found.put("proposed receiving school", true);
        }
        if (person.belongsTo(c.receiving())) {
          found.put("named receiving school", true);
        }
        if (c.receiving() != null
            && person.belongsTo(c.proposed())
            && !person.belongsTo(c.receiving())
            && !sees(person, c)) {
          found.put("proposed, then another school named", true);
        }
        if (person.urns().isEmpty() && c.leadEmails().contains(person.leadEmail())) {
          found.put("named on the case without an establishment", true);
        }
        if (!person.urns().isEmpty() && !sees(person, c)) {
          found.put("no relation", true);
        }
      }
    }
    assertEquals(7, found.size(), "relations found in the demo data: " + found.keySet());
  }

  private static String urn(JsonObject c, String establishment) {
    return c.containsKey(establishment) ? c.getJsonObject(establishment).getString("urn") : null;
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
