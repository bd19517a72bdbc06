package uk.gov.borough.reintegration.domain.model.cases;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A page of what happened on a case as one timeline, newest first (issue 18): its history, notes,
 * meetings, incidents, messages sent and documents, with how many entries the whole timeline holds.
 */
public record Chronology(List<Entry> entries, long total) {

  public Chronology {
    entries = List.copyOf(entries);
  }

  /** What an entry of the timeline is. */
  public enum Kind {
    HISTORY,
    NOTE,
    MEETING,
    INCIDENT,
    MESSAGE,
    DOCUMENT
  }

  /**
   * One entry.
   *
   * @param code what it was, as the record names it: a history's action, a meeting's or a
   *     document's kind, a serious breakdown's category, SPECIAL_CATEGORY for such a note
   * @param text its words: the reason, the note, the place, what happened, the subject, the title
   * @param by who recorded it, where the record says
   */
  public record Entry(LocalDateTime at, Kind kind, String code, String text, String by) {}
}
