package uk.gov.borough.reintegration.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

  enum Kind {
    PLANNING,
    REVIEW
  }

  record Attendee(String name, Kind role, boolean present) {}

  record Request(
      Long version,
      int expectedDays,
      boolean specialCategory,
      Boolean onTrack,
      String text,
      Kind kind,
      LocalDate on,
      LocalDateTime start,
      BigDecimal percent,
      List<Attendee> attendees) {}

  /** A domain value JSON-B sets through its setters. */
  public static class Planning {
    private LocalTime startTime;
    private String buddy;

    public void setStartTime(LocalTime startTime) {
      this.startTime = startTime;
    }

    public void setBuddy(String buddy) {
      this.buddy = buddy;
    }
  }

  record Held(Planning planning) {}

  private static List<ApiError.FieldProblem> problems(String json, Class<?> type) {
    JsonValue value = Json.createReader(new StringReader(json)).readValue();
    return StrictJson.problems(value, type);
  }

  private static void refusedNaming(String json, String field) {
    List<ApiError.FieldProblem> problems = problems(json, Request.class);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(field, problems.get(0).field(), problems.toString());
  }

  @Test
  void aWellFormedRequestPasses() {
    assertEquals(
        List.of(),
        problems(
            """
            {"version": 3, "expectedDays": 4, "specialCategory": true, "onTrack": null,
             "text": "Line one\\nLine two", "kind": "REVIEW", "on": "2027-01-14",
             "start": "2027-01-14T09:30", "percent": 92.5,
             "attendees": [{"name": "Ms Ade", "role": "PLANNING", "present": false}]}
            """,
            Request.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"yes\"", "1", "\"true\"", "null"})
  void aBooleanIsTrueOrFalseAndNothingElse(String value) {
    refusedNaming("{\"specialCategory\": " + value + "}", "specialCategory");
  }

  @ParameterizedTest
  @CsvSource({
    "expectedDays, 4294967298",
    "expectedDays, 2.5",
    "expectedDays, '\"4\"'",
    "version, 9223372036854775808",
    "version, 1e400",
    "percent, 1e309",
    "percent, 0.1234567"
  })
  void numbersThatOverflowOrAreNotWholeAreRefused(String field, String value) {
    refusedNaming("{\"" + field + "\": " + value + "}", field);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-0001-01-01",
        "2026-02-30",
        "99999-01-01",
        "1989-12-31",
        "2101-01-01",
        "14/01/2027"
      })
  void datesAreIsoAndWithinTheRange(String date) {
    refusedNaming("{\"on\": \"" + date + "\"}", "on");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2027-01-12T10:00:00Z",
        "2027-07-12T10:00:00+01:00",
        "2027-01-12T10:00:00.5-05:00"
      })
  void aDateTimeMayCarryAnOffsetAsRfc3339WritesIt(String start) {
    assertEquals(List.of(), problems("{\"start\": \"" + start + "\"}", Request.class));
  }

  @Test
  void aDateTimeIsCheckedLikeADate() {
    refusedNaming("{\"start\": \"2027-01-12T10:00:00+25:00\"}", "start");
    refusedNaming("{\"start\": \"-0001-01-01T09:00\"}", "start");
    refusedNaming("{\"start\": \"2027-01-14\"}", "start");
  }

  @Test
  void anUnknownChoiceNamesTheAllowedOnes() {
    List<ApiError.FieldProblem> problems = problems("{\"kind\": \"NOT_A_VALUE\"}", Request.class);
    assertEquals("kind", problems.get(0).field());
    assertTrue(problems.get(0).problem().contains("PLANNING, REVIEW"), problems.toString());
    refusedNaming("{\"kind\": \"review\"}", "kind");
  }

  @Test
  void anUnknownFieldIsNamed() {
    refusedNaming("{\"surprise\": 1}", "surprise");
    refusedNaming("{\"attendees\": [{\"name\": \"A\", \"age\": 9}]}", "attendees[0].age");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b", "\\u0085", "\\t"})
  void controlCharactersAreRefusedButLineBreaksAreNot(String character) {
    refusedNaming("{\"text\": \"a" + character + "b\"}", "text");
    assertEquals(List.of(), problems("{\"text\": \"a\\r\\nb\"}", Request.class));
  }

  @Test
  void nullsInsideAListAreNamedByTheirPlace() {
    refusedNaming("{\"attendees\": [{\"name\": \"A\"}, null]}", "attendees[1]");
    refusedNaming("{\"attendees\": {\"name\": \"A\"}}", "attendees");
    refusedNaming("{\"attendees\": [{\"role\": \"CHAIR\"}]}", "attendees[0].role");
  }

  @Test
  void aBodyThatIsNotAnObjectIsTheBodysProblem() {
    assertEquals("body", problems("[]", Request.class).get(0).field());
    assertEquals("body", problems("\"text\"", Request.class).get(0).field());
  }

  @Test
  void aDomainValueIsCheckedByTheFieldsItsSettersTake() {
    assertEquals(
        List.of(),
        problems("{\"planning\": {\"startTime\": \"08:45\", \"buddy\": \"Sam\"}}", Held.class));
    assertEquals(
        "planning.startTime",
        problems("{\"planning\": {\"startTime\": \"25:00\"}}", Held.class).get(0).field());
    assertEquals(
        "planning.secret",
        problems("{\"planning\": {\"secret\": true}}", Held.class).get(0).field());
  }
}
