package uk.gov.borough.reintegration.infrastructure.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.borough.reintegration.domain.model.cases.Chronology;
import uk.gov.borough.reintegration.domain.model.cases.Chronology.Kind;

/**
 * A case's timeline read a page at a time (issue 18): one SQL query of the records asked for, each
 * kind a branch of a UNION ALL, sorted and cut in the database, the same on H2 and PostgreSQL.
 */
final class Timeline {

  /**
   * Each kind's records as (happened_at, kind, code, text, by_whom, id), for the case given as ?1.
   */
  private static final Map<Kind, String> BRANCHES = new EnumMap<>(Kind.class);

  static {
    branch(Kind.HISTORY, "recorded_at", "action", "reason", "recorded_by", "ri_case_history_entry");
    branch(
        Kind.NOTE,
        "written_at",
        "CASE WHEN special_category THEN 'SPECIAL_CATEGORY' END",
        "text",
        "author",
        "ri_case_note");
    branch(
        Kind.MEETING,
        "scheduled_start",
        "kind",
        "location",
        "CAST(NULL AS VARCHAR(200))",
        "ri_meeting");
    branch(
        Kind.INCIDENT,
        "CAST(occurred_on AS TIMESTAMP)",
        "breakdown_category",
        "description",
        "reported_by",
        "ri_incident");
    branch(
        Kind.MESSAGE,
        "sent_at",
        "recipient_role",
        "subject",
        "recipient_name",
        "ri_outbox_message");
    // A message is on the timeline once it has gone: one still being tried is the outbox's
    BRANCHES.merge(Kind.MESSAGE, " AND sent_at IS NOT NULL", String::concat);
    branch(Kind.DOCUMENT, "uploaded_at", "kind", "title", "uploaded_by", "ri_case_document");
  }

  /**
   * One kind's records of the case as the timeline's columns, named in every branch (a union takes
   * its names from whichever branch comes first).
   */
  private static void branch(
      Kind kind, String at, String code, String text, String by, String table) {
    BRANCHES.put(
        kind,
        "SELECT "
            + at
            + " AS happened_at, '"
            + kind
            + "' AS kind, "
            + code
            + " AS code, "
            + text
            + " AS text, "
            + by
            + " AS by_whom, id FROM "
            + table
            + " WHERE case_id = ?1");
  }

  private Timeline() {}

  static Chronology of(
      EntityManager entityManager, long caseId, Set<Kind> kinds, int first, int max) {
    if (kinds.isEmpty()) {
      return new Chronology(List.of(), 0);
    }
    String union =
        kinds.stream().sorted().map(BRANCHES::get).collect(Collectors.joining(" UNION ALL "));
    Query page =
        entityManager
            .createNativeQuery(
                "SELECT happened_at, kind, code, text, by_whom FROM ("
                    + union
                    + ") timeline"
                    + " ORDER BY happened_at DESC, kind, id DESC OFFSET ?2 ROWS FETCH NEXT ?3 ROWS ONLY")
            .setParameter(1, caseId)
            .setParameter(2, first)
            .setParameter(3, max);
    Number total =
        (Number)
            entityManager
                .createNativeQuery("SELECT COUNT(*) FROM (" + union + ") timeline")
                .setParameter(1, caseId)
                .getSingleResult();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = page.getResultList();
    return new Chronology(
        rows.stream()
            .map(
                row ->
                    new Chronology.Entry(
                        at(row[0]),
                        Kind.valueOf((String) row[1]),
                        (String) row[2],
                        (String) row[3],
                        (String) row[4]))
            .toList(),
        total.longValue());
  }

  private static LocalDateTime at(Object read) {
    return read instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) read;
  }
}
