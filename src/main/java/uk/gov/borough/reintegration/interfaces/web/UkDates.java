package uk.gov.borough.reintegration.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.gov.borough.reintegration.domain.model.calendar.UkDateFormat;

/**
 * Dates as the UK writes them (issue 5, item 9), where a converter cannot go: the words of a choice
 * in a list. Elsewhere the pages convert with {@code f:convertDateTime} and the same patterns.
 */
@Named("ukDates")
@ApplicationScoped
public class UkDates {

  private static final DateTimeFormatter DAY_AND_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

  /** "Thursday 14 January 2027". */
  public String day(LocalDate day) {
    return day == null ? "" : UkDateFormat.DAY.format(day);
  }

  /** "Thu 14 Jan 2027, 09:30". */
  public String dayAndTime(LocalDateTime at) {
    return at == null ? "" : DAY_AND_TIME.format(at);
  }
}
