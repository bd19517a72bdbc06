package uk.gov.borough.reintegration.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Issue 17: the API's date-times as RFC 3339, through the JSON-B the API uses. */
class Rfc3339TimesTest {

  /**
   * A bean, not a record: the unit tests' JSON-B (Yasson 2) binds no records; the server's does.
   */
  public static class Meeting {
    public LocalDateTime start;
    public LocalDate day;

    public Meeting() {}

    Meeting(LocalDateTime start, LocalDate day) {
      this.start = start;
      this.day = day;
    }
  }

  private final Jsonb jsonb =
      JsonbBuilder.create(
          new JsonbConfig().withAdapters(new Rfc3339Times(ZoneId.of("Europe/London"))));

  @Test
  void answersGiveTheInstantInUtc() {
    assertEquals(
        "{\"day\":\"2026-07-13\",\"start\":\"2026-07-13T13:00:00Z\"}",
        jsonb.toJson(new Meeting(LocalDateTime.of(2026, 7, 13, 14, 0), LocalDate.of(2026, 7, 13))),
        "British Summer Time is an hour ahead of UTC; a date stays a date");
    assertEquals(
        "{\"start\":\"2026-12-14T09:30:00Z\"}",
        jsonb.toJson(new Meeting(LocalDateTime.of(2026, 12, 14, 9, 30), null)));
  }

  @Test
  void requestsMayGiveAnyOffsetOrNoneForUkTime() {
    assertEquals(
        LocalDateTime.of(2027, 7, 12, 9, 0),
        jsonb.fromJson("{\"start\":\"2027-07-12T10:00:00+02:00\"}", Meeting.class).start);
    assertEquals(
        LocalDateTime.of(2027, 1, 12, 10, 0),
        jsonb.fromJson("{\"start\":\"2027-01-12T10:00:00Z\"}", Meeting.class).start);
    assertEquals(
        LocalDateTime.of(2027, 7, 12, 10, 0),
        jsonb.fromJson("{\"start\":\"2027-07-12T10:00\"}", Meeting.class).start);
  }

  @Test
  void anAnswerReadBackIsTheSameTime() {
    Meeting meeting = new Meeting(LocalDateTime.of(2026, 10, 25, 1, 30), null);
    assertEquals(meeting.start, jsonb.fromJson(jsonb.toJson(meeting), Meeting.class).start);
  }
}
