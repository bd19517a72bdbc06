package uk.gov.borough.reintegration.infrastructure.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.persistence.sessions.UnitOfWork;
import uk.gov.borough.reintegration.domain.model.audit.AuditEntry;
import uk.gov.borough.reintegration.domain.model.audit.AuditTrail;

@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

  @PersistenceContext private EntityManager entityManager;

  /** In the transaction's unit of work, so the entry commits or rolls back with the rest. */
  @Override
  public void append(AuditEntry entry) {
    AuditRows.insert(entityManager.unwrap(UnitOfWork.class), entry);
  }

  @Override
  public List<AuditEntry> ofCase(long caseId) {
    return entityManager
        .createQuery(
            "SELECT e FROM AuditEntry e WHERE e.caseId = :caseId ORDER BY e.id", AuditEntry.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }
}
