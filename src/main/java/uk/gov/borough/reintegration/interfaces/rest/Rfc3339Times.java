package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.json.bind.adapter.JsonbAdapter;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Date-times on the API as RFC 3339 has them (issue 17). The section keeps a meeting's start and
 * the like as the borough's wall-clock time; an answer gives the instant in UTC ({@code
 * 2026-11-13T14:00:00Z}), and a request may give any offset. A request's time without an offset is
 * read as the borough's own, as the OpenAPI document says.
 */
public final class Rfc3339Times implements JsonbAdapter<LocalDateTime, String> {

  private final ZoneId borough;

  public Rfc3339Times(ZoneId borough) {
    this.borough = borough;
  }

  @Override
  public String adaptToJson(LocalDateTime time) {
    return time.atZone(borough)
        .withZoneSameInstant(ZoneOffset.UTC)
        .toOffsetDateTime()
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  @Override
  public LocalDateTime adaptFromJson(String text) {
    return read(text, borough);
  }

  /**
   * The wall-clock time in the borough of a date-time with or without an offset.
   *
   * @throws DateTimeParseException if the text is neither
   */
  static LocalDateTime read(String text, ZoneId borough) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
          .atZoneSameInstant(borough)
          .toLocalDateTime();
    } catch (DateTimeParseException noOffset) {
      return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
  }
}
