package uk.gov.borough.reintegration.domain.model.calendar;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as the UK writes them, for every page, message, letter and refusal: the day first and the
 * month in words, never the order of a US date (issue 5, item 9).
 */
public final class UkDateFormat {

  /** "14 January 2027". */
  public static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** "Thursday 14 January 2027". */
  public static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private UkDateFormat() {}
}
