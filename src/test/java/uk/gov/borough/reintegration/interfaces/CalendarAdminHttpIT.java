package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;

/**
 * School-day calendars over HTTP: the files in config/calendars are imported at start-up; anyone
 * signed in reads calendars; PORTAL_ADMIN creates, replaces and assigns them, and nobody else may;
 * bad input is 400 naming the field and a stale version 409 (DESIGN.md, "API conventions").
 */
@ExtendWith(DeployedApplication.class)
class CalendarAdminHttpIT {

  private static final String PASSWORD = DeployedApplication.DEMO_PASSWORD;
  private static final String BANK_HOLIDAYS = "Bank holidays, England and Wales";
  private static final String HAVERING = "Havering LA term dates 2024/25";
  private static final long NO_SUCH_ID = 987_654_321L;

  private final Http admin = Http.apiClientAs("demo-portal-admin", PASSWORD);
  private final Http schoolStaff = Http.apiClientAs("demo-school-quillfield", PASSWORD);

  @Test
  void theImportedCalendarsAreListedWithTheirSourcesToAnyoneSignedIn(PayaraMicroServer server) {
    HttpResponse<String> list = schoolStaff.getAs(calendars(server, ""), "application/json");

    assertEquals(200, list.statusCode(), list.body());
    JsonObject bankHolidays = named(array(list.body()), BANK_HOLIDAYS);
    assertTrue(
        bankHolidays.getString("source").startsWith("GOV.UK bank holidays"),
        bankHolidays.toString());
    assertFalse(bankHolidays.getBoolean("example"));
    assertEquals(List.of(), strings(bankHolidays.getJsonArray("schoolYears")));
    assertFalse(bankHolidays.containsKey("periods"), "a list leaves the periods out");
    // The demo data has Havering's dates without a bank-holiday link: only the file gives one
    JsonObject havering = named(array(list.body()), HAVERING);
    assertEquals(BANK_HOLIDAYS, havering.getString("bankHolidaysCalendar"), havering.toString());
    assertEquals(List.of("2024/25"), strings(havering.getJsonArray("schoolYears")));

    HttpResponse<String> opened =
        schoolStaff.getAs(calendars(server, "/" + id(havering)), "application/json");
    assertEquals(200, opened.statusCode(), opened.body());
    JsonArray periods = object(opened.body()).getJsonArray("periods");
    assertEquals(9, periods.size(), opened.body());
    assertEquals("2024-09-02", periods.getJsonObject(0).getString("firstDay"));
  }

  @Test
  void thePortalAdminCreatesEditsAndAssignsACalendar(PayaraMicroServer server) {
    long bankHolidaysId = idOf(server, BANK_HOLIDAYS);
    String name = "EXAMPLE academy " + UUID.randomUUID();

    HttpResponse<String> created =
        admin.postJson(
            calendars(server, ""),
            calendar(
                    name,
                    bankHolidaysId,
                    period("TERM", "Autumn term 2026", "2026-09-03", "2026-12-16"),
                    period("HALF_TERM", "Autumn half term 2026", "2026-10-19", "2026-10-23"))
                .build()
                .toString());

    assertEquals(201, created.statusCode(), created.body());
    JsonObject calendar = object(created.body());
    long id = id(calendar);
    assertEquals(
        calendars(server, "/" + id).getPath(),
        URI.create(created.headers().firstValue("Location").orElseThrow()).getPath());
    assertEquals(name, calendar.getString("name"));
    assertTrue(calendar.getBoolean("example"));
    assertEquals(BANK_HOLIDAYS, calendar.getString("bankHolidaysCalendar"));
    assertEquals(List.of("2026/27"), strings(calendar.getJsonArray("schoolYears")));
    assertEquals(2, calendar.getJsonArray("periods").size());

    HttpResponse<String> replaced =
        admin.putJson(
            calendars(server, "/" + id),
            calendar(
                    name + " (corrected)",
                    null,
                    period("TERM", "Autumn term 2026", "2026-09-03", "2026-12-16"),
                    period("TERM", "Autumn term 2027", "2027-09-02", "2027-12-17"),
                    period("INSET_DAY", "INSET day", "2027-09-02", "2027-09-02"))
                .add("version", calendar.getJsonNumber("version").longValue())
                .build()
                .toString());

    assertEquals(200, replaced.statusCode(), replaced.body());
    JsonObject corrected = object(replaced.body());
    assertEquals(name + " (corrected)", corrected.getString("name"));
    assertFalse(corrected.containsKey("bankHolidaysCalendar"), "the link was taken away");
    assertEquals(List.of("2026/27", "2027/28"), strings(corrected.getJsonArray("schoolYears")));
    assertEquals(3, corrected.getJsonArray("periods").size());
    assertTrue(
        corrected.getJsonNumber("version").longValue()
            > calendar.getJsonNumber("version").longValue());

    long quillfield = establishmentId(server, "Quillfield High School");
    long demoCalendar = exampleCalendarId(server);
    HttpResponse<String> assigned =
        admin.putJson(establishmentCalendar(server, quillfield), "{\"calendarId\":" + id + "}");
    HttpResponse<String> restored =
        admin.putJson(
            establishmentCalendar(server, quillfield), "{\"calendarId\":" + demoCalendar + "}");

    assertEquals(200, assigned.statusCode(), assigned.body());
    assertEquals(id, object(assigned.body()).getJsonNumber("calendarId").longValue());
    assertEquals("Quillfield High School", object(assigned.body()).getString("establishment"));
    assertEquals(200, restored.statusCode(), restored.body());
  }

  @Test
  void aChangeFromAStaleVersionIsRefusedWith409(PayaraMicroServer server) {
    String name = "EXAMPLE stale " + UUID.randomUUID();
    HttpResponse<String> created =
        admin.postJson(
            calendars(server, ""),
            calendar(name, null, period("TERM", "Autumn term", "2026-09-03", "2026-12-16"))
                .build()
                .toString());
    assertEquals(201, created.statusCode(), created.body());
    long id = id(object(created.body()));
    long read = object(created.body()).getJsonNumber("version").longValue();

    // Only a period changes: the calendar's version must move on all the same
    HttpResponse<String> first =
        admin.putJson(
            calendars(server, "/" + id),
            calendar(name, null, period("TERM", "Autumn term", "2026-09-03", "2026-12-18"))
                .add("version", read)
                .build()
                .toString());
    HttpResponse<String> second =
        admin.putJson(
            calendars(server, "/" + id),
            calendar(name, null, period("TERM", "Autumn term", "2026-09-04", "2026-12-16"))
                .add("version", read)
                .build()
                .toString());

    assertEquals(200, first.statusCode(), first.body());
    assertEquals(409, second.statusCode(), second.body());
    assertEquals(409, object(second.body()).getInt("status"));
    HttpResponse<String> kept = admin.getAs(calendars(server, "/" + id), "application/json");
    assertEquals(
        "2026-12-18",
        object(kept.body()).getJsonArray("periods").getJsonObject(0).getString("lastDay"),
        "the first change stays");
  }

  @Test
  void schoolStaffAreRefusedEveryWrite(PayaraMicroServer server) {
    long bankHolidaysId = idOf(server, BANK_HOLIDAYS);
    String body =
        calendar(
                "EXAMPLE refused " + UUID.randomUUID(),
                null,
                period("TERM", "Autumn term", "2026-09-03", "2026-12-16"))
            .add("version", 1)
            .build()
            .toString();

    List<HttpResponse<String>> refused =
        List.of(
            schoolStaff.postJson(calendars(server, ""), body),
            schoolStaff.putJson(calendars(server, "/" + bankHolidaysId), body),
            schoolStaff.putJson(
                establishmentCalendar(server, establishmentId(server, "Quillfield High School")),
                "{\"calendarId\":" + bankHolidaysId + "}"));

    for (HttpResponse<String> response : refused) {
      assertEquals(403, response.statusCode(), response.body());
      assertEquals(403, object(response.body()).getInt("status"), response.body());
    }
    assertEquals(BANK_HOLIDAYS, opened(server, bankHolidaysId).getString("name"));
  }

  @Test
  void badInputIsRefusedNamingTheField(PayaraMicroServer server) {
    long bankHolidaysId = idOf(server, BANK_HOLIDAYS);
    String name = "EXAMPLE bad input " + UUID.randomUUID();
    URI list = calendars(server, "");

    assertField(
        "name", admin.postJson(list, calendar(" ", null, term("2026-09-03")).build().toString()));
    assertField(
        "source",
        admin.postJson(
            list, calendar(name, null, term("2026-09-03")).add("source", "").build().toString()));
    assertField(
        "kind",
        admin.postJson(
            list,
            calendar(name, null, period("TERMS", "Autumn", "2026-09-03", "2026-12-16"))
                .build()
                .toString()));
    assertField(
        "firstDay",
        admin.postJson(
            list,
            calendar(name, null, period("TERM", "Autumn", "03/09/2026", "2026-12-16"))
                .build()
                .toString()));
    assertField(
        "firstDay",
        admin.postJson(
            list,
            calendar(name, null, period("TERM", "Autumn", "2026-02-30", "2026-12-16"))
                .build()
                .toString()));
    assertField(
        "lastDay",
        admin.postJson(
            list,
            calendar(name, null, period("TERM", "Autumn", "2026-12-16", "2026-09-03"))
                .build()
                .toString()));
    assertField(
        "name",
        admin.postJson(list, calendar(BANK_HOLIDAYS, null, term("2026-09-03")).build().toString()));
    assertField(
        "bankHolidaysCalendarId",
        admin.postJson(list, calendar(name, NO_SUCH_ID, term("2026-09-03")).build().toString()));
    assertField(
        "version",
        admin.putJson(
            calendars(server, "/" + bankHolidaysId),
            calendar(BANK_HOLIDAYS, null, term("2026-09-03")).build().toString()));
    long quillfield = establishmentId(server, "Quillfield High School");
    assertField("calendarId", admin.putJson(establishmentCalendar(server, quillfield), "{}"));
    assertField(
        "calendarId",
        admin.putJson(
            establishmentCalendar(server, quillfield), "{\"calendarId\":" + NO_SUCH_ID + "}"));

    HttpResponse<String> noCalendar =
        admin.getAs(calendars(server, "/" + NO_SUCH_ID), "application/json");
    HttpResponse<String> noEstablishment =
        admin.putJson(
            establishmentCalendar(server, NO_SUCH_ID), "{\"calendarId\":" + bankHolidaysId + "}");
    assertEquals(404, noCalendar.statusCode(), noCalendar.body());
    assertEquals(404, object(noCalendar.body()).getInt("status"));
    assertEquals(404, noEstablishment.statusCode(), noEstablishment.body());
    assertEquals(404, object(noEstablishment.body()).getInt("status"));
  }

  private static void assertField(String field, HttpResponse<String> response) {
    assertEquals(400, response.statusCode(), response.body());
    JsonArray fields = object(response.body()).getJsonArray("fields");
    assertTrue(
        fields.getValuesAs(JsonObject.class).stream()
            .anyMatch(problem -> problem.getString("field").equals(field)),
        "names " + field + ": " + response.body());
  }

  private static JsonObjectBuilder calendar(
      String name, Long bankHolidaysId, JsonObjectBuilder... periods) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (JsonObjectBuilder period : periods) {
      list.add(period);
    }
    JsonObjectBuilder calendar =
        Json.createObjectBuilder()
            .add("name", name)
            .add("source", "Invented for the tests")
            .add("example", true)
            .add("periods", list);
    return bankHolidaysId == null
        ? calendar
        : calendar.add("bankHolidaysCalendarId", bankHolidaysId);
  }

  private static JsonObjectBuilder period(
      String kind, String label, String firstDay, String lastDay) {
    return Json.createObjectBuilder()
        .add("kind", kind)
        .add("label", label)
        .add("firstDay", firstDay)
        .add("lastDay", lastDay);
  }

  private static JsonObjectBuilder term(String firstDay) {
    return period("TERM", "Autumn term", firstDay, "2026-12-16");
  }

  private long idOf(PayaraMicroServer server, String name) {
    HttpResponse<String> list = admin.getAs(calendars(server, ""), "application/json");
    assertEquals(200, list.statusCode(), list.body());
    return id(named(array(list.body()), name));
  }

  private JsonObject opened(PayaraMicroServer server, long id) {
    HttpResponse<String> opened = admin.getAs(calendars(server, "/" + id), "application/json");
    assertEquals(200, opened.statusCode(), opened.body());
    return object(opened.body());
  }

  /** The demo's invented calendar, which every demo establishment counts on (demo data V3). */
  private long exampleCalendarId(PayaraMicroServer server) {
    HttpResponse<String> list = admin.getAs(calendars(server, ""), "application/json");
    return array(list.body()).getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("name").startsWith("EXAMPLE – invented for the demo"))
        .map(CalendarAdminHttpIT::id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("No demo calendar in " + list.body()));
  }

  private long establishmentId(PayaraMicroServer server, String name) {
    HttpResponse<String> list =
        admin.getAs(server.uri("/reintegration/api/establishments"), "application/json");
    assertEquals(200, list.statusCode(), list.body());
    return id(named(array(list.body()), name));
  }

  private static URI calendars(PayaraMicroServer server, String rest) {
    return server.uri("/reintegration/api/calendars" + rest);
  }

  private static URI establishmentCalendar(PayaraMicroServer server, long establishmentId) {
    return server.uri("/reintegration/api/establishments/" + establishmentId + "/calendar");
  }

  private static JsonObject named(JsonArray list, String name) {
    return list.getValuesAs(JsonObject.class).stream()
        .filter(item -> item.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + name + " in " + list));
  }

  private static long id(JsonObject item) {
    return item.getJsonNumber("id").longValue();
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private static JsonObject object(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static JsonArray array(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readArray();
    }
  }
}
