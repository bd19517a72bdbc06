package uk.gov.borough.reintegration.domain.model.audit;

import java.util.List;

/**
 * The append-only store of audit entries. Changes to entities are appended by the persistence layer
 * itself as they are written, so no service can forget them; reads of special-category data and
 * refusals are appended by the services that show or refuse.
 */
public interface AuditTrail {

  /** Appends the entry within the current transaction. */
  void append(AuditEntry entry);

  /** A case's entries, oldest first. */
  List<AuditEntry> ofCase(long caseId);
}
