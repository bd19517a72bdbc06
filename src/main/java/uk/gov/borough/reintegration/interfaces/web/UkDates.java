package uk.gov.borough.reintegration.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import uk.gov.borough.reintegration.domain.model.calendar.UkDateFormat;

/**
 * Dates and times on the pages in {@link UkDateFormat}'s one reading (issue 18, item 6): "Thursday
 * 14 January 2027" beside a label, "14 Jan 2027" in a table, "2:00pm". Nothing is written where
 * there is no value.
 */
@Named("ukDates")
@ApplicationScoped
public class UkDates {

  /** "Thursday 14 January 2027". */
  public String day(LocalDate day) {
    return written(day, UkDateFormat.DATE);
  }

  /** "14 Jan 2027", in a table; the day of a moment too. */
  public String date(TemporalAccessor day) {
    return written(day, UkDateFormat.SHORT_DATE);
  }

  /** "2:00pm"; the time of a moment too. */
  public String time(TemporalAccessor at) {
    return written(at, UkDateFormat.TIME);
  }

  /** "Thursday 14 January 2027 at 2:00pm". */
  public String dayAndTime(LocalDateTime at) {
    return written(at, UkDateFormat.DATE_AND_TIME);
  }

  /** "14 Jan 2027, 2:00pm", in a table. */
  public String dateAndTime(LocalDateTime at) {
    return written(at, UkDateFormat.SHORT_DATE_AND_TIME);
  }

  private static String written(TemporalAccessor value, DateTimeFormatter format) {
    return value == null ? "" : format.format(value);
  }
}
