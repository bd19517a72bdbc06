package uk.gov.borough.reintegration.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.borough.reintegration.application.CaseNotFoundException;
import uk.gov.borough.reintegration.application.PermissionRefusedException;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Permission;
import uk.gov.borough.reintegration.domain.model.audit.AuditEntry;
import uk.gov.borough.reintegration.domain.model.audit.AuditKind;
import uk.gov.borough.reintegration.domain.model.audit.AuditTrail;
import uk.gov.borough.reintegration.domain.model.cases.CaseRepository;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;

/**
 * The one gate every service passes to reach a case: the case must be in the caller's scope (else
 * 404, as if it did not exist) and the caller's role must carry the action's permission (else 403).
 * Each refusal is recorded in the audit trail (issue 3).
 */
@ApplicationScoped
public class CaseAccess {

  static final String CASE = "ReintegrationCase";

  @Inject CaseRepository cases;

  @Inject AuditTrail auditTrail;

  /** The case, for an action that needs the permission. */
  public ReintegrationCase caseFor(Caller caller, long caseId, Permission needed) {
    ReintegrationCase found =
        cases
            .find(caller, caseId)
            .orElseThrow(
                () -> {
                  refuse(caller, caseId, "{\"reason\":\"not in the caller's scope\"}");
                  return new CaseNotFoundException(caseId);
                });
    require(caller, needed, caseId);
    return found;
  }

  /** Refuses an action the caller's role does not carry; {@code caseId} may be null (a list). */
  public void require(Caller caller, Permission needed, Long caseId) {
    if (!caller.may(needed)) {
      refuse(caller, caseId, "{\"reason\":\"needs the permission " + needed + "\"}");
      throw new PermissionRefusedException(needed);
    }
  }

  private void refuse(Caller caller, Long caseId, String detail) {
    auditTrail.append(AuditEntry.by(caller, AuditKind.REFUSED, CASE, caseId, caseId, detail));
  }
}
