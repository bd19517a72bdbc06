package uk.gov.borough.reintegration.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.borough.reintegration.application.PermissionRefusedException;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Permission;
import uk.gov.borough.reintegration.domain.model.audit.AuditEntry;
import uk.gov.borough.reintegration.domain.model.audit.AuditKind;
import uk.gov.borough.reintegration.domain.model.audit.AuditTrail;

/**
 * Who may change the register of establishments and the school-day calendars: the portal's
 * administrators (ADMINISTER_REFERENCE_DATA). A refusal is recorded, as a case's are (issue 3).
 */
@ApplicationScoped
public class ReferenceDataAccess {

  @Inject AuditTrail auditTrail;

  /** Refuses a change the caller's role does not carry, and records the refusal. */
  public void require(Caller caller, Class<?> entity, Long entityId) {
    if (!caller.keepsReferenceData()) {
      auditTrail.append(
          AuditEntry.by(
              caller,
              AuditKind.REFUSED,
              entity.getSimpleName(),
              entityId,
              null,
              "{\"reason\":\"needs the permission "
                  + Permission.ADMINISTER_REFERENCE_DATA
                  + "\"}"));
      throw new PermissionRefusedException(Permission.ADMINISTER_REFERENCE_DATA);
    }
  }
}
