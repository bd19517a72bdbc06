package uk.gov.borough.reintegration.infrastructure.persistence.audit;

import java.util.Arrays;
import java.util.List;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.sessions.Session;
import uk.gov.borough.reintegration.domain.model.audit.AuditEntry;

/**
 * Appends audit entries through EclipseLink's session, on the transaction's own connection: the
 * change listener runs while EclipseLink writes, when it can no longer take new entities, and the
 * trail is one insert-only table whose entity is read-only.
 */
final class AuditRows {

  private static final List<String> COLUMNS =
      List.of(
          "occurred_at",
          "actor_subject",
          "actor_name",
          "kind",
          "entity",
          "entity_id",
          "case_id",
          "detail");

  private static final String INSERT =
      "INSERT INTO ri_audit_event ("
          + String.join(", ", COLUMNS)
          + ") VALUES (#"
          + String.join(", #", COLUMNS)
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
