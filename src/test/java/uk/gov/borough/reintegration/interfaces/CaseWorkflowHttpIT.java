package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;
import uk.gov.borough.reintegration.test.Pdf;

/**
 * Cases driven through the API from referral to each outcome, as the demo people who take each step
 * (P4-P9), with the policy's refusals on the way. Dates are fixed inside the demo's EXAMPLE
 * calendar for 2026/27, so the deadlines counted are known whatever day the suite runs.
 */
@ExtendWith(DeployedApplication.class)
class CaseWorkflowHttpIT {

  private static final Pattern CASE_PLAN = Pattern.compile("^/cases/(\\d+)/plan");

  private static final String PASSWORD = DeployedApplication.DEMO_PASSWORD;
  private static final String OLIVE = "demo-ap-olive";
  private static final String KORU = "demo-ap-koru";
  private static final String BRAMBLEWOOD = "demo-school-bramblewood";
  private static final String QUILLFIELD = "demo-school-quillfield";
  private static final String OFFICER = "demo-inclusion-1";

  private PayaraMicroServer server;
  private Map<String, Long> establishments;

  @BeforeEach
  void establishments(PayaraMicroServer server) {
    this.server = server;
    establishments =
        array(Http.apiClientAs(OFFICER, PASSWORD).getAs(uri("/establishments"), "application/json"))
            .getValuesAs(JsonObject.class)
            .stream()
            .collect(
                Collectors.toMap(e -> e.getString("urn"), e -> e.getJsonNumber("id").longValue()));
  }

  @Test
  @DisplayName("P4-P9: a permanently excluded pupil from Olive Academy to success and the roll")
  void permanentExclusionToSuccess() {
    long id = open(OLIVE, "P999204118404", "PERMANENT_EXCLUSION", "990201", "990201", "990101");

    refused(422, "R1", step(OLIVE, id, "referral", ""));
    ok(
        step(
            OLIVE,
            id,
            "parent-carer",
            "\"name\":\"Rukhsana Begum\",\"relationship\":\"Mother\","
                + "\"email\":\"rukhsana.begum@example.com\",\"parentalResponsibility\":true"));
    ok(
        step(
            OLIVE,
            id,
            "consent",
            "\"givenBy\":\"Rukhsana Begum (mother)\",\"givenOn\":\"2026-11-20\","
                + "\"howObtained\":\"Meeting at Olive Academy\",\"fullUnderstanding\":true"));
    // A "No" says why, what is required and in how many weeks (P7, R3): 422, nothing saved
    refused(
        422,
        "R3",
        step(
            OLIVE,
            id,
            "stage-1",
            "\"aims\":\"a\",\"academicTarget\":\"b\",\"behaviourTarget\":\"c\","
                + "\"attendanceTarget\":\"d\",\"onTrack\":false"));
    assertEquals("DRAFT", object(get(OLIVE, "/cases/" + id)).getString("status"));
    assertEquals("NOT_READY", status(ok(step(OLIVE, id, "stage-1", stage1(false)))));
    HttpResponse<String> outOfPlace = step(OLIVE, id, "referral", "");
    refused(409, null, outOfPlace);
    // A step out of place says where the case stands and what it waits for, from whom
    assertEquals(
        "A case that is not ready cannot be submitted as a referral. It is waiting for this:"
            + " Address the barrier, then re-assess Stage 1 (P7, R3), from the staff of Olive Academy."
            + " Nothing was changed.",
        object(outOfPlace).getString("message"));
    assertEquals("DRAFT", status(ok(step(OLIVE, id, "stage-1", stage1(true)))));
    refused(
        422,
        "R4",
        step(
            OLIVE,
            id,
            "uniform",
            "\"funding\":\"FINANCIAL_ASSISTANCE\",\"decidedOn\":\"2026-11-20\""));
    ok(
        step(
            OLIVE,
            id,
            "uniform",
            "\"funding\":\"REFERRING_SCHOOL_BUYS\",\"decidedOn\":\"2026-11-20\""));
    ok(step(OLIVE, id, "ap-start", "\"on\":\"2026-11-03\""));
    // Stage 2 waits while Stage 1 says "not on track" (P7, R3)
    assertEquals("NOT_READY", status(ok(step(OLIVE, id, "stage-1", stage1(false)))));
    refused(
        422, "R3", post(OLIVE, "/cases/" + id + "/plan/phased-return/1", "{\"expectedDays\":1}"));
    assertEquals("DRAFT", status(ok(step(OLIVE, id, "stage-1", stage1(true)))));
    assertEquals("REFERRED", status(ok(step(OLIVE, id, "referral", ""))));

    assertEquals(12, array(get(OLIVE, "/cases/" + id + "/plan/phased-return")).size(), "Stage 2");
    assertEquals(
        "2026-11-23",
        array(get(OLIVE, "/cases/" + id + "/plan/phased-return"))
            .getJsonObject(3)
            .getString("weekStartsOn"));
    refused(422, "R5", post(OLIVE, "/cases/" + id + "/plan/meetings", meeting("PLANNING")));

    long hearing = hearing("2027-01-21");
    refused(403, null, step(OLIVE, id, "hearing", "\"hearingId\":" + hearing));
    assertEquals("AT_PANEL", status(ok(step(OFFICER, id, "hearing", "\"hearingId\":" + hearing))));
    assertEquals(
        "PLANNING",
        status(
            ok(
                step(
                    OFFICER,
                    id,
                    "decision",
                    "\"outcome\":\"RATIFIED\",\"receivingSchoolId\":"
                        + establishments.get("990101")))));

    Map<String, JsonObject> deadlines = deadlines(id);
    assertEquals(
        "2026-11-27",
        deadlines.get("FOUR_WEEK_REVIEW").getString("dueOn"),
        "end of plan week 4 (P7)");
    assertEquals(
        "2027-02-04", deadlines.get("PLANNING_MEETING").getString("dueOn"), "R6: 10 school days");
    assertEquals("R8", deadlines.get("START").getString("rule"));
    assertEquals("2027-02-04", deadlines.get("START").getString("dueOn"));

    long planning = created(post(OLIVE, "/cases/" + id + "/plan/meetings", meeting("PLANNING")));
    ok(
        post(
            OLIVE,
            "/cases/" + id + "/plan/meetings/" + planning + "/record",
            "{\"attendees\":[{\"name\":\"Head of Year 9\",\"role\":\"RECEIVING_SCHOOL\",\"present\":true}],"
                + "\"planningRecord\":{\"keyStaffMember\":\"Mr Adeyemi\",\"buddy\":\"Sam\"}}"));
    assertEquals("MET", deadlines(id).get("PLANNING_MEETING").getString("state"), "R6 met");
    long transition =
        created(
            post(BRAMBLEWOOD, "/cases/" + id + "/plan/meetings", meeting("TRANSITION_PLANNING")));
    String present =
        "{\"name\":\"Head of Year 9\",\"role\":\"RECEIVING_SCHOOL\",\"present\":true},"
            + "{\"name\":\"Olive lead\",\"role\":\"REFERRING_SCHOOL\",\"present\":true},";
    refused(
        422,
        "R7",
        post(
            BRAMBLEWOOD,
            "/cases/" + id + "/plan/meetings/" + transition + "/record",
            "{\"attendees\":["
                + present
                + "{\"name\":\"Aisha\",\"role\":\"PUPIL\",\"present\":false}]}"));
    JsonObject held =
        object(
            ok(
                post(
                    BRAMBLEWOOD,
                    "/cases/" + id + "/plan/meetings/" + transition + "/record",
                    "{\"attendees\":["
                        + present
                        + "{\"name\":\"Aisha\",\"role\":\"PUPIL\",\"present\":true}],"
                        + "\"checklist\":[{\"item\":\"SEND_HANDOVER\",\"details\":\"None needed\",\"outcome\":\"Agreed\"}]}")));
    assertTrue(held.getBoolean("countsAsTransitionPlanningMeeting"), held.toString());

    refused(422, "R2", step(BRAMBLEWOOD, id, "start", "\"on\":\"2027-02-01\""));
    ok(
        step(
            OLIVE,
            id,
            "readiness",
            "\"progressShownOn\":\"2026-11-25\",\"returnDiscussedOn\":\"2026-11-26\""));
    assertEquals("STARTED", status(ok(step(BRAMBLEWOOD, id, "start", "\"on\":\"2027-02-01\""))));
    deadlines = deadlines(id);
    assertEquals("MET", deadlines.get("START").getString("state"));
    assertEquals(
        "2027-03-19", deadlines.get("FIRST_JUDGEMENT").getString("dueOn"), "R9: 6 term-time weeks");

    created(
        post(
            OLIVE,
            "/cases/" + id + "/plan/evaluations",
            "{\"question\":\"WEEK_1_SETTLED\",\"answer\":true,\"comments\":\"Settled well\","
                + "\"attendancePercent\":100,\"punctualityPercent\":100}"));
    created(
        post(
            OLIVE,
            "/cases/" + id + "/plan/evaluations",
            "{\"question\":\"WEEK_4_TRANSITION_MEETING_EFFECTIVE\",\"answer\":true,"
                + "\"attendancePercent\":100,\"punctualityPercent\":100}"));
    assertEquals(
        "MET", deadlines(id).get("FOUR_WEEK_REVIEW").getString("state"), "reviewed in week 4");

    refused(
        403,
        null,
        step(OLIVE, id, "sign-off", "\"party\":\"RECEIVING_SCHOOL\",\"on\":\"2026-11-28\""));
    assertEquals(
        "STARTED",
        status(
            ok(
                step(
                    BRAMBLEWOOD,
                    id,
                    "sign-off",
                    "\"party\":\"RECEIVING_SCHOOL\",\"on\":\"2026-11-28\""))));
    assertEquals(
        "SUCCESSFUL",
        status(ok(step(OLIVE, id, "sign-off", "\"party\":\"PROVIDER\",\"on\":\"2026-11-28\""))));
    refused(422, "R12", step(OLIVE, id, "roll", "\"decision\":\"TRANSFER\",\"on\":\"2026-11-28\""));
    refused(403, null, step(OLIVE, id, "acknowledgement", ""));
    assertEquals("SUCCESS_ACKNOWLEDGED", status(ok(step(OFFICER, id, "acknowledgement", ""))));
    long beforeRoll = object(get(OLIVE, "/cases/" + id)).getJsonNumber("version").longValue();
    // Refused after the version was checked (not the school of roll): the version stays as it was
    refused(
        403,
        null,
        step(BRAMBLEWOOD, id, "roll", "\"decision\":\"TRANSFER\",\"on\":\"2026-11-28\""));
    assertEquals(
        beforeRoll,
        object(get(OLIVE, "/cases/" + id)).getJsonNumber("version").longValue(),
        "a refused step leaves the version as it was");
    ok(step(OLIVE, id, "roll", "\"decision\":\"TRANSFER\",\"on\":\"2026-11-28\""));
    assertTrue(
        object(get(OLIVE, "/cases/" + id)).getJsonNumber("version").longValue() > beforeRoll,
        "a roll decision raises the case's version");
    // A decision contradicting the one standing is refused; an inclusion officer supersedes it
    refused(409, null, step(OLIVE, id, "roll", "\"decision\":\"REMAIN\",\"on\":\"2026-11-28\""));
    ok(
        step(
            OFFICER,
            id,
            "roll-supersession",
            "\"decision\":\"REMAIN\",\"on\":\"2026-11-29\",\"reason\":\"Offer withdrawn\""));
    ok(
        step(
            OFFICER,
            id,
            "roll-supersession",
            "\"decision\":\"TRANSFER\",\"on\":\"2026-11-30\",\"reason\":\"Offer renewed\""));
    JsonArray roll = array(get(OFFICER, "/cases/" + id + "/records/roll"));
    assertEquals(
        List.of("TRANSFER", "REMAIN", "TRANSFER"),
        roll.getValuesAs(JsonObject.class).stream().map(r -> r.getString("decision")).toList());
    assertEquals(
        "Supersedes the decision of Sunday 29 November 2026: Offer renewed",
        roll.getJsonObject(2).getString("notes"));
    assertEquals(
        "COMPLETED",
        status(
            ok(
                step(
                    OLIVE,
                    id,
                    "completion",
                    "\"transitionCompletedOn\":\"2026-11-28\",\"wentWell\":\"Buddy system\",\"couldBeImproved\":\"Earlier timetable\""))));

    Map<String, List<String>> told = messages(id);
    assertEquals(List.of("IYFAP_MAILBOX"), told.get("REFERRAL_SUBMITTED"));
    assertEquals(
        List.of("PROVIDER", "RECEIVING_SCHOOL"),
        told.get("HEARING_DECISION"),
        "Olive Academy is provider and school of roll: one copy");
    assertEquals(List.of("IYFAP_MAILBOX"), told.get("SUCCESS_AGREED"));
    assertEquals(
        List.of("OLIVE_ACADEMY", "OLIVE_ACADEMY"),
        told.get("EVALUATION_RECORDED"),
        "Olive is kept informed (P5)");
    assertEquals(
        List.of("MEETING_ATTENDEE", "MEETING_ATTENDEE"),
        told.get("MEETING_SCHEDULED").subList(0, 2));
  }

  @Test
  @DisplayName(
      "P5-P6: a placement broken down is reported to all, and the pupil returns (R10, R11, R14, R15)")
  void directionOffSiteBreaksDown() {
    long id = open(KORU, "X999210316571", "DIRECTION_OFF_SITE", "990103", "990203", "990101");
    referredRatifiedAndStarted(KORU, id, "REFERRING_SCHOOL_BUYS", "2027-01-28", "2027-02-08");

    refused(
        422,
        "R10",
        step(
            BRAMBLEWOOD,
            id,
            "ending",
            "\"on\":\"2026-11-27\",\"description\":\"Walked out of lessons\""));
    refused(
        422,
        "R11",
        step(
            BRAMBLEWOOD,
            id,
            "ending",
            "\"on\":\"2026-11-27\",\"category\":\"OFFENSIVE_WEAPON\",\"description\":\"Knife found in bag\""));
    ok(
        step(
            KORU,
            id,
            "parent-carer",
            "\"name\":\"Dana O'Brien\",\"relationship\":\"Mother\","
                + "\"postalAddress\":\"4 Test Row, Eastbrook HW5 1AA\",\"parentalResponsibility\":true"));
    refused(
        403,
        null,
        step(
            QUILLFIELD,
            id,
            "ending",
            "\"on\":\"2026-11-27\",\"category\":\"OFFENSIVE_WEAPON\",\"description\":\"Knife found in bag\""));
    assertEquals(
        "BROKEN_DOWN",
        status(
            ok(
                step(
                    BRAMBLEWOOD,
                    id,
                    "ending",
                    "\"on\":\"2026-11-27\",\"category\":\"OFFENSIVE_WEAPON\",\"description\":\"Knife found in bag\""))));

    Map<String, List<String>> told = messages(id);
    assertEquals(
        List.of("REFERRING_SCHOOL", "IYFAP_MAILBOX", "PARENT_CARER"), told.get("PLACEMENT_ENDED"));
    JsonObject letter = messageTo(id, "PARENT_CARER");
    assertTrue(letter.getBoolean("letter"), "no e-mail address: a printed letter");
    assertTrue(!letter.getString("body").contains("http"), "no link for a parent: " + letter);
    HttpResponse<byte[]> pdf =
        Http.apiClientAs(KORU, PASSWORD)
            .getBytes(uri("/cases/" + id + "/records/messages/" + letter.getInt("id") + "/letter"));
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    String printed = Pdf.text(pdf.body());
    assertTrue(printed.contains("Dana O'Brien"), printed);
    assertTrue(printed.contains("4 Test Row"), printed);
    assertTrue(printed.contains("27 November 2026"), "the date as the UK writes it: " + printed);
    JsonObject recorded =
        object(
            post(
                KORU,
                "/cases/" + id + "/records/messages/" + letter.getInt("id") + "/printed",
                "{}"));
    assertEquals("Dean Whitlock (KORU)", recorded.getString("printedBy"));

    refused(
        422,
        "R14",
        step(OFFICER, id, "return", "\"to\":\"OLIVE_ACADEMY\",\"reason\":\"Breakdown\""));
    assertEquals(
        "RETURNED_TO_REFERRING_SCHOOL",
        status(
            ok(
                step(
                    OFFICER,
                    id,
                    "return",
                    "\"to\":\"REFERRING_SCHOOL\",\"reason\":\"Breakdown\""))));
  }

  @Test
  @DisplayName("P4: a case deferred to a later hearing, heard again and declined with reasons")
  void deferredThenDeclined() {
    long id = open(KORU, "D999206715837", "DIRECTION_OFF_SITE", "990103", "990203", "990101");
    ok(step(KORU, id, "stage-1", stage1(true)));
    ok(step(KORU, id, "uniform", "\"funding\":\"NONE_NEEDED\",\"decidedOn\":\"2026-11-20\""));
    ok(step(KORU, id, "referral", ""));
    long first = hearing("2027-03-04");
    long later = hearing("2027-03-18");
    ok(step(OFFICER, id, "hearing", "\"hearingId\":" + first));
    refused(
        400,
        null,
        step(OFFICER, id, "decision", "\"outcome\":\"DEFERRED\",\"reasons\":\"More evidence\""));
    assertEquals(
        "DEFERRED",
        status(
            ok(
                step(
                    OFFICER,
                    id,
                    "decision",
                    "\"outcome\":\"DEFERRED\",\"laterHearingId\":"
                        + later
                        + ",\"reasons\":\"More evidence\""))));
    assertEquals(
        later, object(get(OFFICER, "/cases/" + id)).getJsonNumber("listedHearingId").longValue());
    assertEquals("AT_PANEL", status(ok(step(OFFICER, id, "hearing", "\"hearingId\":" + later))));
    refused(400, null, step(OFFICER, id, "decision", "\"outcome\":\"DECLINED\""));
    assertEquals(
        "DECLINED",
        status(
            ok(
                step(
                    OFFICER,
                    id,
                    "decision",
                    "\"outcome\":\"DECLINED\",\"reasons\":\"Not the right time for a move\""))));
    assertEquals(
        6, messages(id).get("HEARING_DECISION").size(), "two decisions, three schools told");
  }

  @Test
  @DisplayName(
      "R14 (P6): a permanently excluded pupil returns to Olive Academy; deadlines extended and recounted")
  void permanentExclusionBreaksDownBackToOliveAcademy() {
    long id = open(OLIVE, "R999204123790", "PERMANENT_EXCLUSION", "990201", "990201", "990101");
    ok(
        step(
            OLIVE,
            id,
            "parent-carer",
            "\"name\":\"Grace Hughes\",\"relationship\":\"Mother\","
                + "\"email\":\"grace.hughes@example.com\",\"parentalResponsibility\":true"));
    ok(
        step(
            OLIVE,
            id,
            "consent",
            "\"givenBy\":\"Grace Hughes (mother)\",\"givenOn\":\"2026-11-20\","
                + "\"howObtained\":\"Meeting\",\"fullUnderstanding\":true"));
    referredRatifiedAndStarted(OLIVE, id, "FINANCIAL_ASSISTANCE", "2027-02-25", "2027-03-01");

    HttpResponse<String> noReason =
        Http.apiClientAs(BRAMBLEWOOD, PASSWORD)
            .putJson(
                uri("/cases/" + id + "/records/deadlines/FIRST_JUDGEMENT/extension"),
                versioned("/cases/" + id + "/plan", "{\"to\":\"2027-05-07\"}"));
    assertEquals(400, noReason.statusCode(), noReason.body());
    HttpResponse<String> extended =
        Http.apiClientAs(BRAMBLEWOOD, PASSWORD)
            .putJson(
                uri("/cases/" + id + "/records/deadlines/FIRST_JUDGEMENT/extension"),
                versioned(
                    "/cases/" + id + "/plan",
                    "{\"to\":\"2027-05-07\",\"reason\":\"Two weeks lost to illness\"}"));
    assertEquals(200, extended.statusCode(), extended.body());
    assertEquals("EXTENDED", object(extended).getString("state"));
    HttpResponse<String> recounted =
        post(OFFICER, "/cases/" + id + "/records/deadlines/recount", "{}");
    assertEquals(200, recounted.statusCode(), recounted.body());

    assertEquals(
        "BROKEN_DOWN",
        status(
            ok(
                step(
                    BRAMBLEWOOD,
                    id,
                    "ending",
                    "\"on\":\"2026-11-27\",\"category\":\"SERIOUS_ASSAULT\",\"description\":\"Assault on a member of staff\""))));
    assertEquals(
        "RETURNED_TO_OLIVE_ACADEMY",
        status(
            ok(
                step(
                    OFFICER,
                    id,
                    "return",
                    "\"to\":\"OLIVE_ACADEMY\",\"reason\":\"Failed reintegration after a permanent exclusion\""))));
    assertTrue(messageTo(id, "PARENT_CARER").getString("body").startsWith("Dear Grace Hughes"));
  }

  @Test
  @DisplayName("P5: a managed move is agreed between schools without a hearing, and A&B are told")
  void managedMove() {
    long id = open(QUILLFIELD, "F999215820620", "MANAGED_MOVE", "990103", "990103", null);
    ok(step(QUILLFIELD, id, "stage-1", stage1(true)));
    ok(step(QUILLFIELD, id, "uniform", "\"funding\":\"NONE_NEEDED\",\"decidedOn\":\"2026-11-20\""));
    HttpResponse<String> heard =
        step(OFFICER, id, "hearing", "\"hearingId\":" + hearing("2027-02-04"));
    refused(409, null, heard);
    assertTrue(heard.body().contains("managed move route cannot be listed"), heard.body());
    assertEquals(
        "PLANNING",
        status(
            ok(
                step(
                    QUILLFIELD,
                    id,
                    "managed-move",
                    "\"receivingSchoolId\":" + establishments.get("990101")))));
    assertEquals(
        List.of("ATTENDANCE_AND_BEHAVIOUR_SERVICE"), messages(id).get("MANAGED_MOVE_OPENED"));
  }

  @Test
  @DisplayName(
      "R1 (P4): withdrawn consent stops the case; given again, it goes on where it stopped")
  void consentWithdrawn() {
    long id = open(OLIVE, "B999204119372", "PERMANENT_EXCLUSION", "990201", "990201", "990102");
    ok(
        step(
            OLIVE,
            id,
            "consent",
            "\"givenBy\":\"Parent\",\"givenOn\":\"2026-11-20\","
                + "\"howObtained\":\"Telephone\",\"fullUnderstanding\":true"));
    assertEquals(
        "STOPPED_CONSENT_WITHDRAWN",
        status(
            ok(
                step(
                    OLIVE,
                    id,
                    "consent-withdrawal",
                    "\"on\":\"2026-11-24\",\"reason\":\"Wants to wait\""))));
    refused(409, null, step(OLIVE, id, "referral", ""));
    assertEquals(
        "DRAFT",
        status(
            ok(
                step(
                    OLIVE,
                    id,
                    "consent",
                    "\"givenBy\":\"Parent\","
                        + "\"givenOn\":\"2026-11-26\",\"howObtained\":\"Meeting\",\"fullUnderstanding\":true"))));
  }

  @Test
  @DisplayName("The cases list is narrowed to deadlines due by a day and sorted by the next one")
  void casesByTheirNextDeadline() {
    long id = open(OLIVE, "D999204117190", "PERMANENT_EXCLUSION", "990201", "990201", null);
    ok(step(OLIVE, id, "ap-start", "\"on\":\"2026-11-03\""));
    String fourWeekReview = deadlines(id).get("FOUR_WEEK_REVIEW").getString("dueOn");

    List<JsonObject> sorted =
        object(get(OFFICER, "/cases?order=NEXT_DEADLINE&ascending=true&max=100"))
            .getJsonArray("cases")
            .getValuesAs(JsonObject.class);
    List<String> next =
        sorted.stream()
            // A case with no deadline left has none in its JSON; "~" sorts after every date
            .map(c -> c.getString("nextDeadline", "~none"))
            .toList();
    assertEquals(next.stream().sorted().toList(), next, "earliest first, cases with none last");
    assertTrue(
        sorted.stream()
            .anyMatch(
                c ->
                    c.getJsonNumber("id").longValue() == id
                        && fourWeekReview.equals(c.getString("nextDeadline", ""))),
        "the case's next deadline is its 4-week review");

    List<JsonObject> due =
        object(get(OFFICER, "/cases?deadlineDueBy=" + fourWeekReview + "&max=100"))
            .getJsonArray("cases")
            .getValuesAs(JsonObject.class);
    assertTrue(due.stream().anyMatch(c -> c.getJsonNumber("id").longValue() == id));
    assertTrue(
        due.stream().allMatch(c -> c.getString("nextDeadline").compareTo(fourWeekReview) <= 0),
        due.toString());
    assertTrue(
        object(get(OFFICER, "/cases?deadlineDueBy=2026-11-01&max=100"))
            .getJsonArray("cases")
            .getValuesAs(JsonObject.class)
            .stream()
            .noneMatch(c -> c.getJsonNumber("id").longValue() == id),
        "not due by a day before the AP start");
    assertEquals(
        400,
        Http.apiClientAs(OFFICER, PASSWORD)
            .getAs(uri("/cases?deadlineDueBy=next+week"), "application/json")
            .statusCode());
    for (String order : List.of("REFERRING_SCHOOL", "CURRENT_PROVISION")) {
      assertEquals(
          object(get(OFFICER, "/cases?max=100")).getInt("total"),
          object(get(OFFICER, "/cases?order=" + order + "&max=100")).getInt("total"),
          "sorted by " + order + ", the same cases");
    }
  }

  @Test
  @DisplayName("A stale version, a forged case id and bad values are refused, and nothing is saved")
  void badRequests() {
    // A pupil of its own: one with an open case cannot be given another (issue 13)
    long id = open(OLIVE, "L999206717865", "DIRECTION_OFF_SITE", "990201", "990201", null);
    HttpResponse<String> stale =
        Http.apiClientAs(OLIVE, PASSWORD)
            .postJson(
                uri("/cases/" + id + "/steps/ap-start"), "{\"version\":0,\"on\":\"2026-11-03\"}");
    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(stale.body().contains("Someone else saved"), stale.body());
    refused(
        404,
        null,
        Http.apiClientAs(OLIVE, PASSWORD)
            .postJson(uri("/cases/987654321/steps/referral"), "{\"version\":1}"));
    refused(404, null, step(KORU, id, "referral", ""));
    HttpResponse<String> badDate = step(OLIVE, id, "ap-start", "\"on\":\"3rd of November\"");
    assertEquals(400, badDate.statusCode(), badDate.body());
    HttpResponse<String> early = step(OLIVE, id, "readiness", "\"progressShownOn\":\"2026-11-05\"");
    assertEquals(409, early.statusCode(), early.body());
    assertTrue(early.body().contains("It is waiting for this"), early.body());
    HttpResponse<String> future =
        step(OLIVE, id, "uniform", "\"funding\":\"NONE_NEEDED\",\"decidedOn\":\"2099-01-05\"");
    assertEquals(400, future.statusCode(), future.body());
    assertTrue(future.body().contains("cannot be in the future"), future.body());
    HttpResponse<String> badStage1 = step(OLIVE, id, "stage-1", "\"onTrack\":false");
    assertEquals(400, badStage1.statusCode(), badStage1.body());
    assertTrue(badStage1.body().contains("Give the academic target"), badStage1.body());
    assertEquals(
        "DRAFT",
        status(Http.apiClientAs(OLIVE, PASSWORD).getAs(uri("/cases/" + id), "application/json")));
  }

  // --- steps as the API takes them ---

  private long open(
      String who, String upn, String route, String referring, String current, String proposed) {
    HttpResponse<String> opened =
        Http.apiClientAs(who, PASSWORD)
            .postJson(
                uri("/cases"),
                "{\"pupilUpn\":\""
                    + upn
                    + "\",\"route\":\""
                    + route
                    + "\",\"referringSchoolId\":"
                    + establishments.get(referring)
                    + ",\"currentProvisionId\":"
                    + establishments.get(current)
                    + (proposed == null
                        ? ""
                        : ",\"proposedReceivingSchoolId\":" + establishments.get(proposed))
                    + "}");
    assertEquals(201, opened.statusCode(), opened.body());
    return object(opened).getJsonNumber("id").longValue();
  }

  /** A step as the person takes it: on the version of the case they have just read. */
  private HttpResponse<String> step(String who, long id, String step, String fields) {
    HttpResponse<String> read =
        Http.apiClientAs(OFFICER, PASSWORD).getAs(uri("/cases/" + id), "application/json");
    long version = read.statusCode() == 200 ? object(read).getJsonNumber("version").longValue() : 1;
    return Http.apiClientAs(who, PASSWORD)
        .postJson(
            uri("/cases/" + id + "/steps/" + step),
            "{\"version\":" + version + (fields.isEmpty() ? "" : "," + fields) + "}");
  }

  /**
   * Stage 1 on track, the uniform decided, referred, heard and ratified to Bramblewood Academy,
   * readiness shown, and started there: the way to a running placement.
   */
  private void referredRatifiedAndStarted(
      String provider, long id, String funding, String hearingDate, String start) {
    ok(step(provider, id, "stage-1", stage1(true)));
    ok(
        step(
            provider,
            id,
            "uniform",
            "\"funding\":\"" + funding + "\",\"decidedOn\":\"2026-11-20\""));
    ok(step(provider, id, "referral", ""));
    ok(step(OFFICER, id, "hearing", "\"hearingId\":" + hearing(hearingDate)));
    ok(
        step(
            OFFICER,
            id,
            "decision",
            "\"outcome\":\"RATIFIED\",\"receivingSchoolId\":" + establishments.get("990101")));
    ok(
        step(
            provider,
            id,
            "readiness",
            "\"progressShownOn\":\"2026-11-25\",\"returnDiscussedOn\":\"2026-11-26\""));
    ok(step(BRAMBLEWOOD, id, "start", "\"on\":\"" + start + "\""));
  }

  /**
   * A POST; a write to a case's plan sends the version of the case read just before, as a client
   * that has just read it does.
   */
  private HttpResponse<String> post(String who, String path, String json) {
    return Http.apiClientAs(who, PASSWORD).postJson(uri(path), versioned(path, json));
  }

  private String versioned(String path, String json) {
    Matcher plan = CASE_PLAN.matcher(path);
    if (!plan.find() || json.contains("\"version\"")) {
      return json;
    }
    HttpResponse<String> read =
        Http.apiClientAs(OFFICER, PASSWORD)
            .getAs(uri("/cases/" + plan.group(1)), "application/json");
    return "{\"version\":"
        + object(read).getJsonNumber("version").longValue()
        + (json.equals("{}") ? "}" : "," + json.substring(1));
  }

  private HttpResponse<String> get(String who, String path) {
    HttpResponse<String> answer =
        Http.apiClientAs(who, PASSWORD).getAs(uri(path), "application/json");
    assertEquals(200, answer.statusCode(), answer.body());
    return answer;
  }

  private static long created(HttpResponse<String> answer) {
    assertEquals(201, answer.statusCode(), answer.body());
    return object(answer).getJsonNumber("id").longValue();
  }

  private static String meeting(String kind) {
    return "{\"kind\":\""
        + kind
        + "\",\"start\":\"2027-01-25T15:30:00\",\"end\":\"2027-01-25T16:30:00\","
        + "\"location\":\"Bramblewood Academy\"}";
  }

  private long hearing(String panelDate) {
    HttpResponse<String> scheduled =
        Http.apiClientAs(OFFICER, PASSWORD)
            .postJson(
                uri("/hearings"),
                "{\"panelDate\":\"" + panelDate + "\",\"agendaNotes\":\"Test panel\"}");
    assertEquals(201, scheduled.statusCode(), scheduled.body());
    return object(scheduled).getJsonNumber("id").longValue();
  }

  private static String stage1(boolean onTrack) {
    return "\"aims\":\"Re-engage with learning\",\"academicTarget\":\"Reading age up a year\","
        + "\"behaviourTarget\":\"No exclusions\",\"attendanceTarget\":\"95%\",\"onTrack\":"
        + onTrack
        + (onTrack
            ? ""
            : ",\"notOnTrackReason\":\"Missing afternoons\",\"barrierRequirement\":"
                + "\"A mentor\",\"estimatedWeeks\":4");
  }

  private Map<String, JsonObject> deadlines(long id) {
    HttpResponse<String> answer =
        Http.apiClientAs(OLIVE, PASSWORD)
            .getAs(uri("/cases/" + id + "/records/deadlines"), "application/json");
    assertEquals(200, answer.statusCode(), answer.body());
    return array(answer).getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(d -> d.getString("kind"), d -> d));
  }

  /** The roles told of each event, in the order the messages were written. */
  private Map<String, List<String>> messages(long id) {
    return outbox(id).getValuesAs(JsonObject.class).stream()
        .collect(
            Collectors.groupingBy(
                m -> m.getString("event"),
                Collectors.mapping(m -> m.getString("recipientRole"), Collectors.toList())));
  }

  private JsonObject messageTo(long id, String role) {
    return outbox(id).getValuesAs(JsonObject.class).stream()
        .filter(m -> m.getString("recipientRole").equals(role))
        .findFirst()
        .orElseThrow();
  }

  private JsonArray outbox(long id) {
    HttpResponse<String> answer =
        Http.apiClientAs(OFFICER, PASSWORD)
            .getAs(uri("/cases/" + id + "/records/messages"), "application/json");
    assertEquals(200, answer.statusCode(), answer.body());
    return array(answer);
  }

  private static HttpResponse<String> ok(HttpResponse<String> answer) {
    assertEquals(200, answer.statusCode(), answer.body());
    return answer;
  }

  private static void refused(int status, String rule, HttpResponse<String> answer) {
    assertEquals(status, answer.statusCode(), answer.body());
    if (rule != null) {
      assertEquals(rule, object(answer).getString("rule"), answer.body());
      assertTrue(
          object(answer).getString("message").startsWith(rule + " (policy P"), answer.body());
    }
  }

  private static String status(HttpResponse<String> answer) {
    return object(answer).getString("status");
  }

  private java.net.URI uri(String path) {
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
