package uk.gov.borough.reintegration.infrastructure.persistence.audit;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.sessions.Session;
import uk.gov.borough.reintegration.domain.model.audit.AuditEntry;

/**
 * Appends audit entries through EclipseLink's session, on the transaction's own connection: the
 * change listener runs while EclipseLink writes, when it can no longer take new entities, and the
 * trail is one insert-only table whose entity is read-only.
 */
final class AuditRows {

  /** Each column with its Java type: a null is bound with its column's type (PostgreSQL asks). */
  private static final Map<String, Class<?>> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("occurred_at", OffsetDateTime.class);
    COLUMNS.put("actor_subject", String.class);
    COLUMNS.put("actor_name", String.class);
    COLUMNS.put("kind", String.class);
    COLUMNS.put("entity", String.class);
    COLUMNS.put("entity_id", Long.class);
    COLUMNS.put("case_id", Long.class);
    COLUMNS.put("detail", String.class);
  }

  private static final String INSERT =
      "INSERT INTO ri_audit_event ("
          + String.join(", ", COLUMNS.keySet())
          + ") VALUES (#"
          + String.join(", #", COLUMNS.keySet())
          + ")";

  private AuditRows() {}

  /**
   * @param session the unit of work of the transaction the entry belongs to
   */
  static void insert(Session session, AuditEntry entry) {
    DataModifyQuery insert = new DataModifyQuery(INSERT);
    COLUMNS.forEach(insert::addArgument);
    insert.setShouldBindAllParameters(true);
    session.executeQuery(
        insert,
        Arrays.asList(
            entry.getOccurredAt(),
            entry.getActorSubject(),
            entry.getActorName(),
            entry.getKind().name(),
            entry.getEntity(),
            entry.getEntityId(),
            entry.getCaseId(),
            entry.getDetail()));
  }
}
