package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.policy.Editions;
import uk.gov.borough.reintegration.domain.policy.PolicyEdition;
import uk.gov.borough.reintegration.domain.policy.Step;
import uk.gov.borough.reintegration.domain.policy.StepRule;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;
import uk.gov.borough.reintegration.test.TestDatabase;

/**
 * The workflow explored at random through the API (issue 15), as {@code WorkflowPropertiesTest}
 * explores it in the domain: cases of three routes, each driven by a seeded sequence of steps,
 * mostly by the party whose step it is, some by anyone, some on a stale version. After every
 * action: an accepted one moved the case only where the edition allows and left audit rows naming
 * its actor; a refused one changed nothing and left only its REFUSED row; a roll decision came only
 * after the success was acknowledged (R12); and nobody outside the case can read it. The pupils are
 * the test's own, added to the portal's pupil table, so the demo cases are left alone. PostgreSQL
 * only, as the stand-in pupil table there can be written by the schema's owner.
 */
@ExtendWith(DeployedApplication.class)
@EnabledIfSystemProperty(named = "reintegration.test.database", matches = "postgresql")
class WorkflowHttpPropertiesIT {

  private static final long SEED = Long.getLong("reintegration.test.seed", 20_261_207L);
  private static final int SEQUENCES = 24;
  private static final int MOST_ACTIONS = 30;

  private static final String PASSWORD = DeployedApplication.DEMO_PASSWORD;
  private static final String OLIVE = "demo-ap-olive";
  private static final String KORU = "demo-ap-koru";
  private static final String BRAMBLEWOOD = "demo-school-bramblewood";
  private static final String QUILLFIELD = "demo-school-quillfield";
  private static final String OFFICER = "demo-inclusion-1";
  private static final String SOCIAL_WORKER = "demo-social-worker-1";
  private static final List<String> PEOPLE =
      List.of(OLIVE, KORU, BRAMBLEWOOD, QUILLFIELD, OFFICER, SOCIAL_WORKER);
  private static final Set<String> WRITES = Set.of("CREATED", "CHANGED", "DELETED");

  /** The section's own work, such as the outbox sending the messages a step wrote. */
  private static final String SECTION = "system";

  private static final PolicyEdition EDITION = Editions.HAVERING_2020_21;

  /** How a case is opened, and by whom: its provider, referring school and outsiders. */
  private record Opening(
      Route route,
      String provider,
      String referring,
      String referringUrn,
      String currentUrn,
      String proposedUrn,
      List<String> outsiders) {}

  private static final List<Opening> OPENINGS =
      List.of(
          new Opening(
              Route.PERMANENT_EXCLUSION,
              OLIVE,
              OLIVE,
              "990201",
              "990201",
              "990101",
              List.of(KORU, QUILLFIELD, SOCIAL_WORKER)),
          new Opening(
              Route.DIRECTION_OFF_SITE,
              KORU,
              QUILLFIELD,
              "990103",
              "990203",
              "990101",
              List.of(OLIVE, SOCIAL_WORKER)),
          new Opening(
              Route.MANAGED_MOVE,
              QUILLFIELD,
              QUILLFIELD,
              "990103",
              "990103",
              null,
              List.of(OLIVE, KORU, SOCIAL_WORKER)));

  /** Whose step an action is, as the sequence usually has it taken. */
  private enum Whose {
    PROVIDER,
    REFERRING_SCHOOL,
    RECEIVING_SCHOOL,
    INCLUSION_OFFICER
  }

  /** One kind of action: a path under the case, whose it is, and its fields but the version. */
  private record Kind(String name, String path, Whose whose, IntFunction<String> fields) {}

  private PayaraMicroServer server;
  private Map<String, Long> establishments;
  private long hearing;
  private long laterHearing;

  private final Map<String, int[]> triedAndAccepted = new TreeMap<>();
  private final Map<Integer, Integer> answers = new TreeMap<>();
  private final Map<String, Integer> refusals = new TreeMap<>();

  @Test
  void everyActionThroughTheApiLeavesTheCaseWhereTheEditionAllows(PayaraMicroServer server)
      throws SQLException {
    this.server = server;
    establishments();
    hearing = hearing("2027-01-21");
    laterHearing = hearing("2027-02-18");
    List<String> upns = pupils(SEQUENCES);
    List<Kind> kinds = kinds();
    List<Integer> lengths = new ArrayList<>();
    Random random = new Random(SEED);
    for (int sequence = 0; sequence < SEQUENCES; sequence++) {
      Opening opening = OPENINGS.get(sequence % OPENINGS.size());
      lengths.add(run(random, opening, upns.get(sequence), kinds, MOST_ACTIONS / 2));
    }
    int actions = lengths.stream().mapToInt(Integer::intValue).sum();
    int accepted = triedAndAccepted.values().stream().mapToInt(counts -> counts[1]).sum();
    List<Integer> sorted = lengths.stream().sorted().toList();
    System.out.printf(
        "Workflow through the API (seed %d): %d sequences, %d actions, %d accepted, %d refused,"
            + " median length %d; answers %s; refusals %s; tried/accepted per action %s;"
            + " 0 violations%n",
        SEED,
        SEQUENCES,
        actions,
        accepted,
        actions - accepted,
        sorted.get(sorted.size() / 2),
        answers,
        refusals,
        triedAndAccepted.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue()[0] + "/" + e.getValue()[1])
            .collect(Collectors.joining(", ")));
    assertTrue(accepted * 10 >= actions * 3, "at least 30% accepted: " + accepted + "/" + actions);
    assertTrue(
        answers.keySet().containsAll(List.of(200, 403, 409, 422)),
        "each kind of answer was met: " + answers);
  }

  /**
   * Found by the walk (seed 20261207): a deferred case listed again at the hearing that deferred
   * it, and deferred again, answered 500 on the database's one-decision-per-hearing constraint.
   */
  @Test
  void aCaseIsNotListedAgainAtAHearingThatDecidedOnIt(PayaraMicroServer server)
      throws SQLException {
    this.server = server;
    Opening opening = OPENINGS.get(1);
    establishments();
    long first = hearing("2027-01-21");
    long later = hearing("2027-02-18");
    long id = open(opening, pupils(1).get(0));
    for (Kind kind : kinds()) {
      if (List.of("consent", "stage-1 on track", "uniform", "referral").contains(kind.name())) {
        assertEquals(200, step(opening.provider(), id, kind.path(), kind.fields().apply(0)));
      }
    }
    assertEquals(200, step(OFFICER, id, "/steps/hearing", ",\"hearingId\":" + first));
    assertEquals(
        200,
        step(
            OFFICER,
            id,
            "/steps/decision",
            ",\"outcome\":\"DEFERRED\",\"laterHearingId\":" + later + ",\"reasons\":\"Later\""));
    JsonObject deferred = read(id);
    assertEquals(409, step(OFFICER, id, "/steps/hearing", ",\"hearingId\":" + first));
    assertEquals(deferred, read(id), "the refusal changed nothing");
    assertEquals(200, step(OFFICER, id, "/steps/hearing", ",\"hearingId\":" + later));
  }

  /** A step on the version of the case just read; the answer's status. */
  private int step(String who, long id, String path, String fields) {
    long version = read(id).getJsonNumber("version").longValue();
    return Http.apiClientAs(who, PASSWORD)
        .postJson(uri("/cases/" + id + path), "{\"version\":" + version + fields + "}")
        .statusCode();
  }

  private void establishments() {
    establishments =
        array(Http.apiClientAs(OFFICER, PASSWORD).getAs(uri("/establishments"), "application/json"))
            .getValuesAs(JsonObject.class)
            .stream()
            .collect(
                Collectors.toMap(e -> e.getString("urn"), e -> e.getJsonNumber("id").longValue()));
  }

  /** One sequence on a new case, until it closes or its length is reached; its actions. */
  private int run(Random random, Opening opening, String upn, List<Kind> kinds, int least) {
    long id = open(opening, upn);
    List<String> log = new ArrayList<>();
    JsonObject before = read(id);
    CaseStatus pausedFrom = null;
    long lastAudit = lastAuditId(id);
    int length = least + random.nextInt(MOST_ACTIONS - least + 1);
    int taken = 0;
    Set<String> done = new HashSet<>();
    for (int n = 0; n < length; n++) {
      CaseStatus status = CaseStatus.valueOf(before.getString("status"));
      List<Kind> inPlace = kinds.stream().filter(k -> belongsWhere(k, status, opening)).toList();
      // Mostly what the case still lacks, or a step that moves it on, so that sequences reach
      // the placement and its ending
      List<Kind> goingOn = inPlace.stream().filter(k -> !closes(k)).toList();
      List<Kind> moving = goingOn.stream().filter(WorkflowHttpPropertiesIT::moves).toList();
      List<Kind> lacking = goingOn.stream().filter(k -> !done.contains(k.name())).toList();
      int dice = random.nextInt(10);
      Kind kind =
          dice < 2 && !moving.isEmpty()
              ? moving.get(random.nextInt(moving.size()))
              : dice < 6 && !lacking.isEmpty()
                  ? lacking.get(random.nextInt(lacking.size()))
                  : dice < 8 && !inPlace.isEmpty()
                      ? inPlace.get(random.nextInt(inPlace.size()))
                      : kinds.get(random.nextInt(kinds.size()));
      String who =
          random.nextInt(10) < 8
              ? person(kind.whose(), opening)
              : PEOPLE.get(random.nextInt(PEOPLE.size()));
      long version = before.getJsonNumber("version").longValue();
      boolean stale = random.nextInt(10) == 0;
      String body =
          "{\"version\":"
              + (stale ? version - 1 : version)
              + kind.fields().apply(random.nextInt(1000))
              + "}";
      HttpResponse<String> answer =
          Http.apiClientAs(who, PASSWORD).postJson(uri("/cases/" + id + kind.path()), body);
      log.add(who + " " + kind.name() + (stale ? " (stale)" : "") + " -> " + answer.statusCode());
      String trail = "seed " + SEED + ", case " + id + ": " + String.join("; ", log);
      answers.merge(answer.statusCode(), 1, Integer::sum);
      boolean accepted = answer.statusCode() / 100 == 2;
      triedAndAccepted.computeIfAbsent(kind.name(), k -> new int[2])[0]++;
      if (accepted) {
        triedAndAccepted.get(kind.name())[1]++;
        done.add(kind.name());
      } else {
        refusals.merge(refusal(answer), 1, Integer::sum);
      }
      assertTrue(
          accepted || (answer.statusCode() >= 400 && answer.statusCode() < 500),
          trail + ": " + answer.body());
      JsonObject after = read(id);
      CaseStatus now = CaseStatus.valueOf(after.getString("status"));
      List<JsonObject> rows = auditAfter(id, lastAudit);
      if (!rows.isEmpty()) {
        lastAudit = rows.get(rows.size() - 1).getJsonNumber("id").longValue();
      }
      if (accepted) {
        assertTrue(
            allowedAfter(status, opening.route(), pausedFrom).contains(now),
            trail + ": " + status + " to " + now + " is no move of the edition");
        assertTrue(
            rows.stream()
                .anyMatch(r -> WRITES.contains(r.getString("kind")) && who.equals(actor(r))),
            trail + ": no audit row names " + who + ": " + rows);
        assertTrue(
            rows.stream().noneMatch(r -> r.getString("kind").equals("REFUSED")),
            trail + ": an accepted action left a refusal: " + rows);
        if (kind.name().equals("roll")) {
          assertTrue(
              EnumSet.of(CaseStatus.SUCCESS_ACKNOWLEDGED, CaseStatus.COMPLETED).contains(status),
              trail + ": a roll decision at " + status + ", before the acknowledgement (R12)");
        }
        if (now == CaseStatus.NOT_READY || now == CaseStatus.STOPPED_CONSENT_WITHDRAWN) {
          pausedFrom = status == now ? pausedFrom : status;
        }
      } else {
        assertEquals(before.getString("status"), after.getString("status"), trail);
        assertEquals(
            before.getJsonNumber("version"), after.getJsonNumber("version"), trail + " version");
        assertEquals(
            List.of(),
            rows.stream()
                .filter(r -> WRITES.contains(r.getString("kind")) && !SECTION.equals(actor(r)))
                .toList(),
            trail + ": a refusal wrote");
        List<JsonObject> refusals =
            rows.stream().filter(r -> r.getString("kind").equals("REFUSED")).toList();
        if (answer.statusCode() != 400) {
          assertEquals(1, refusals.size(), trail + ": one REFUSED row: " + rows);
          assertEquals(who, actor(refusals.get(0)), trail);
        }
      }
      before = after;
      taken++;
      if (CaseStatus.CLOSED.contains(now)) {
        break;
      }
    }
    for (String outsider : opening.outsiders()) {
      HttpResponse<String> read =
          Http.apiClientAs(outsider, PASSWORD).getAs(uri("/cases/" + id), "application/json");
      assertEquals(404, read.statusCode(), outsider + " read case " + id + ": " + log);
    }
    assertEquals(
        200,
        Http.apiClientAs(opening.provider(), PASSWORD)
            .getAs(uri("/cases/" + id), "application/json")
            .statusCode(),
        "the provider reads its own case");
    return taken;
  }

  /** Whether the action's step belongs where the case stands, as the edition has it. */
  private static boolean belongsWhere(Kind kind, CaseStatus status, Opening opening) {
    return stepsOf(kind).stream()
        .anyMatch(step -> EDITION.step(step).belongsWhere(status, opening.route()));
  }

  /** Whether the action's step closes the case, ending its sequence. */
  private static boolean closes(Kind kind) {
    return stepsOf(kind).stream()
        .map(step -> EDITION.step(step).to())
        .anyMatch(to -> to != null && CaseStatus.CLOSED.contains(to));
  }

  /** Whether the action's step moves the case to another status. */
  private static boolean moves(Kind kind) {
    return stepsOf(kind).stream().anyMatch(step -> EDITION.step(step).to() != null);
  }

  /** The steps an action may take: the step it names, and those it leads to. */
  private static List<Step> stepsOf(Kind kind) {
    return switch (kind.name()) {
      case "parent-carer" -> List.of(Step.RECORD_PARENT_CARER);
      case "consent", "consent-withdrawal" -> List.of(Step.RECORD_CONSENT);
      case "stage-1 on track", "stage-1 not on track" -> List.of(Step.RECORD_STAGE1);
      case "uniform" -> List.of(Step.DECIDE_UNIFORM);
      case "ap-start" -> List.of(Step.RECORD_AP_START);
      case "referral" -> List.of(Step.SUBMIT_REFERRAL);
      case "hearing" -> List.of(Step.LIST_AT_HEARING);
      case "ratify" -> List.of(Step.RATIFY);
      case "defer" -> List.of(Step.DEFER);
      case "managed-move" -> List.of(Step.AGREE_MANAGED_MOVE);
      case "readiness" -> List.of(Step.RECORD_READINESS);
      case "start" -> List.of(Step.START);
      case "liaison" -> List.of(Step.BEGIN_LIAISON);
      case "ending" -> List.of(Step.END_PLACEMENT);
      case "sign-off by the school", "sign-off by the provider" -> List.of(Step.SIGN_OFF);
      case "acknowledgement" -> List.of(Step.ACKNOWLEDGE_SUCCESS);
      case "roll" -> List.of(Step.DECIDE_ROLL);
      case "completion" -> List.of(Step.COMPLETE);
      case "return" -> List.of(Step.RETURN_TO_REFERRING_SCHOOL);
      case "review meeting" -> List.of(Step.PLAN_MEETING);
      default -> throw new IllegalArgumentException(kind.name());
    };
  }

  /**
   * Where an accepted action may leave a case: where it stood, or where a step of the edition that
   * belongs there leads, directly or by a step that follows at once (a second sign-off agrees the
   * success); back to where it paused from, when it resumes.
   */
  private static Set<CaseStatus> allowedAfter(
      CaseStatus status, Route route, CaseStatus pausedFrom) {
    Set<CaseStatus> allowed = EnumSet.of(status);
    for (Step step : Step.values()) {
      StepRule rule = EDITION.step(step);
      if (!rule.belongsWhere(status, route)) {
        continue;
      }
      if (rule.to() != null) {
        allowed.add(rule.to());
      }
      if (rule.move() == StepRule.Move.RESUMES && pausedFrom != null) {
        allowed.add(pausedFrom);
      }
    }
    return allowed;
  }

  private static String person(Whose whose, Opening opening) {
    return switch (whose) {
      case PROVIDER -> opening.provider();
      case REFERRING_SCHOOL -> opening.referring();
      case RECEIVING_SCHOOL -> BRAMBLEWOOD;
      case INCLUSION_OFFICER -> OFFICER;
    };
  }

  private List<Kind> kinds() {
    long bramblewood = establishments.get("990101");
    return List.of(
        new Kind(
            "parent-carer",
            "/steps/parent-carer",
            Whose.PROVIDER,
            n ->
                ",\"name\":\"Parent "
                    + (n % 3)
                    + "\",\"relationship\":\"Mother\",\"email\":\"parent"
                    + (n % 3)
                    + "@example.com\",\"parentalResponsibility\":true"),
        new Kind(
            "consent",
            "/steps/consent",
            Whose.PROVIDER,
            n ->
                ",\"givenBy\":\"Parent 0 (mother)\",\"givenOn\":\"2026-11-20\","
                    + "\"howObtained\":\"Meeting at the AP\",\"fullUnderstanding\":true"),
        new Kind(
            "consent-withdrawal",
            "/steps/consent-withdrawal",
            Whose.PROVIDER,
            n -> ",\"on\":\"2026-11-24\",\"reason\":\"The family asked for time\""),
        new Kind(
            "stage-1 on track",
            "/steps/stage-1",
            Whose.PROVIDER,
            n ->
                ",\"aims\":\"Re-engage\",\"academicTarget\":\"Reading\",\"behaviourTarget\":"
                    + "\"Calm\",\"attendanceTarget\":\"95%\",\"onTrack\":true"),
        new Kind(
            "stage-1 not on track",
            "/steps/stage-1",
            Whose.PROVIDER,
            n ->
                ",\"aims\":\"Re-engage\",\"academicTarget\":\"Reading\",\"behaviourTarget\":"
                    + "\"Calm\",\"attendanceTarget\":\"95%\",\"onTrack\":false"
                    + (n % 4 == 0
                        ? ""
                        : ",\"notOnTrackReason\":\"Missing afternoons\",\"barrierRequirement\":"
                            + "\"A mentor\",\"estimatedWeeks\":4")),
        new Kind(
            "uniform",
            "/steps/uniform",
            Whose.PROVIDER,
            n -> ",\"funding\":\"REFERRING_SCHOOL_BUYS\",\"decidedOn\":\"2026-11-20\""),
        new Kind("ap-start", "/steps/ap-start", Whose.PROVIDER, n -> ",\"on\":\"2026-11-03\""),
        new Kind("referral", "/steps/referral", Whose.PROVIDER, n -> ""),
        new Kind(
            "hearing", "/steps/hearing", Whose.INCLUSION_OFFICER, n -> ",\"hearingId\":" + hearing),
        new Kind(
            "ratify",
            "/steps/decision",
            Whose.INCLUSION_OFFICER,
            n -> ",\"outcome\":\"RATIFIED\",\"receivingSchoolId\":" + bramblewood),
        new Kind(
            "defer",
            "/steps/decision",
            Whose.INCLUSION_OFFICER,
            n ->
                ",\"outcome\":\"DEFERRED\",\"laterHearingId\":"
                    + laterHearing
                    + ",\"reasons\":\"Awaiting the school's reply\""),
        new Kind(
            "managed-move",
            "/steps/managed-move",
            Whose.REFERRING_SCHOOL,
            n -> ",\"receivingSchoolId\":" + bramblewood),
        new Kind(
            "readiness",
            "/steps/readiness",
            Whose.PROVIDER,
            n -> ",\"progressShownOn\":\"2026-11-25\",\"returnDiscussedOn\":\"2026-11-26\""),
        new Kind("start", "/steps/start", Whose.RECEIVING_SCHOOL, n -> ",\"on\":\"2027-02-01\""),
        new Kind("liaison", "/steps/liaison", Whose.RECEIVING_SCHOOL, n -> ""),
        new Kind(
            "ending",
            "/steps/ending",
            Whose.RECEIVING_SCHOOL,
            n ->
                ",\"on\":\"2027-02-10\",\"category\":\"SERIOUS_ASSAULT\","
                    + "\"description\":\"An assault on a member of staff\""),
        new Kind(
            "sign-off by the school",
            "/steps/sign-off",
            Whose.RECEIVING_SCHOOL,
            n -> ",\"party\":\"RECEIVING_SCHOOL\",\"on\":\"2027-03-19\""),
        new Kind(
            "sign-off by the provider",
            "/steps/sign-off",
            Whose.PROVIDER,
            n -> ",\"party\":\"PROVIDER\",\"on\":\"2027-03-19\""),
        new Kind("acknowledgement", "/steps/acknowledgement", Whose.INCLUSION_OFFICER, n -> ""),
        new Kind(
            "roll",
            "/steps/roll",
            Whose.REFERRING_SCHOOL,
            n -> ",\"decision\":\"TRANSFER\",\"on\":\"2027-03-22\""),
        new Kind(
            "completion",
            "/steps/completion",
            Whose.PROVIDER,
            n ->
                ",\"transitionCompletedOn\":\"2027-03-26\",\"wentWell\":\"Settled\","
                    + "\"couldBeImproved\":\"Earlier transport\""),
        new Kind(
            "return",
            "/steps/return",
            Whose.INCLUSION_OFFICER,
            n -> ",\"to\":\"REFERRING_SCHOOL\",\"reason\":\"The placement cannot go on\""),
        new Kind(
            "review meeting",
            "/plan/meetings",
            Whose.PROVIDER,
            n ->
                ",\"kind\":\"REVIEW\",\"start\":\"2027-01-25T15:30:00\","
                    + "\"end\":\"2027-01-25T16:30:00\",\"location\":\"The receiving school\""));
  }

  private long open(Opening opening, String upn) {
    HttpResponse<String> opened =
        Http.apiClientAs(opening.provider(), PASSWORD)
            .postJson(
                uri("/cases"),
                "{\"pupilUpn\":\""
                    + upn
                    + "\",\"route\":\""
                    + opening.route()
                    + "\",\"referringSchoolId\":"
                    + establishments.get(opening.referringUrn())
                    + ",\"currentProvisionId\":"
                    + establishments.get(opening.currentUrn())
                    + (opening.proposedUrn() == null
                        ? ""
                        : ",\"proposedReceivingSchoolId\":"
                            + establishments.get(opening.proposedUrn()))
                    + "}");
    assertEquals(201, opened.statusCode(), opened.body());
    return object(opened).getJsonNumber("id").longValue();
  }

  /**
   * Pupils of the test's own in the portal's pupil table, after the demo's: UPNs in the layout the
   * section checks, under the LA code 999 that belongs to no authority.
   */
  private static List<String> pupils(int count) throws SQLException {
    TestDatabase database = TestDatabase.ofThisPass();
    List<String> upns = new ArrayList<>();
    try (Connection connection =
            DriverManager.getConnection(
                database.url(), database.migrationUser(), database.migrationPassword());
        Statement query = connection.createStatement();
        ResultSet last = query.executeQuery("SELECT COALESCE(MAX(id), 0) FROM ri_pupil");
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO ri_pupil (id, upn, given_name, family_name, date_of_birth,"
                    + " year_group, free_school_meals, sen_status)"
                    + " VALUES (?, ?, 'Sam', ?, DATE '2013-05-01', 8, FALSE, 'N')")) {
      last.next();
      long first = last.getLong(1) + 1;
      for (long id = first; id < first + count; id++) {
        String upn = String.format("T99988882%04d", id % 10_000);
        insert.setLong(1, id);
        insert.setString(2, upn);
        insert.setString(3, "Walker " + id);
        insert.addBatch();
        upns.add(upn);
      }
      insert.executeBatch();
    }
    return upns;
  }

  private long hearing(String panelDate) {
    HttpResponse<String> scheduled =
        Http.apiClientAs(OFFICER, PASSWORD)
            .postJson(
                uri("/hearings"),
                "{\"panelDate\":\"" + panelDate + "\",\"agendaNotes\":\"Random walk panel\"}");
    assertEquals(201, scheduled.statusCode(), scheduled.body());
    return object(scheduled).getJsonNumber("id").longValue();
  }

  private JsonObject read(long id) {
    HttpResponse<String> read =
        Http.apiClientAs(OFFICER, PASSWORD).getAs(uri("/cases/" + id), "application/json");
    assertEquals(200, read.statusCode(), read.body());
    return object(read);
  }

  private long lastAuditId(long id) {
    List<JsonObject> rows = auditAfter(id, 0);
    return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).getJsonNumber("id").longValue();
  }

  /** The case's audit rows after the one seen last, oldest first. */
  private List<JsonObject> auditAfter(long id, long seen) {
    HttpResponse<String> audit =
        Http.apiClientAs(OFFICER, PASSWORD)
            .getAs(uri("/cases/" + id + "/audit"), "application/json");
    assertEquals(200, audit.statusCode(), audit.body());
    return array(audit).getValuesAs(JsonObject.class).stream()
        .filter(row -> row.getJsonNumber("id").longValue() > seen)
        .sorted(
            (a, b) ->
                Long.compare(a.getJsonNumber("id").longValue(), b.getJsonNumber("id").longValue()))
        .toList();
  }

  /** A refusal as the figures count it: its status, and the rule it names. */
  private static String refusal(HttpResponse<String> answer) {
    JsonObject body = object(answer);
    return answer.statusCode() + (body.containsKey("rule") ? " " + body.getString("rule") : "");
  }

  private static String actor(JsonObject row) {
    return row.isNull("actorSubject") ? null : row.getString("actorSubject");
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
