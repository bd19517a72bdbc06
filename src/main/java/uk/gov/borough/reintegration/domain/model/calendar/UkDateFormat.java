package uk.gov.borough.reintegration.domain.model.calendar;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as the UK writes them, the one reading for every page, export, message, letter
 * and refusal (issue 18, item 6): the day first, the month in words, the 12-hour clock; never the
 * order of a US date nor an ISO one (the API's JSON keeps ISO).
 */
public final class UkDateFormat {

  /** In a sentence or beside a label: "Thursday 14 January 2027". */
  public static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  /** In a table's cell or an export: "14 Jan 2027". */
  public static final DateTimeFormatter SHORT_DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  /** A time of day: "2:00pm". */
  public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

  /** In a sentence: "Thursday 14 January 2027 at 2:00pm". */
  public static final DateTimeFormatter DATE_AND_TIME =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' h:mma", Locale.UK);

  /** In a table's cell: "14 Jan 2027, 2:00pm". */
  public static final DateTimeFormatter SHORT_DATE_AND_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, h:mma", Locale.UK);

  private UkDateFormat() {}
}
