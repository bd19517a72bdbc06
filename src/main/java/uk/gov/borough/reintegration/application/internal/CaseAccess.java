package uk.gov.borough.reintegration.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import uk.gov.borough.reintegration.application.CaseNotFoundException;
import uk.gov.borough.reintegration.application.PermissionRefusedException;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Permission;
import uk.gov.borough.reintegration.domain.model.audit.AuditEntry;
import uk.gov.borough.reintegration.domain.model.audit.AuditKind;
import uk.gov.borough.reintegration.domain.model.audit.AuditTrail;
import uk.gov.borough.reintegration.domain.model.cases.CaseRepository;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.party.Establishment;

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

  /** The case, for an action that needs one of the permissions. */
  public ReintegrationCase caseFor(Caller caller, long caseId, Permission... anyOf) {
    ReintegrationCase found =
        cases
            .find(caller, caseId)
            .orElseThrow(
                () -> {
                  refuse(caller, caseId, "{\"reason\":\"not in the caller's scope\"}");
                  return new CaseNotFoundException(caseId);
                });
    require(caller, caseId, anyOf);
    return found;
  }

  /**
   * Refuses an action the caller's role does not carry: it needs one of the permissions. {@code
   * caseId} is null for an action on no one case (a list, a hearing).
   */
  public void require(Caller caller, Long caseId, Permission... anyOf) {
    if (Arrays.stream(anyOf).noneMatch(caller::may)) {
      refuse(caller, caseId, "{\"reason\":\"needs the permission " + anyOf[0] + "\"}");
      throw new PermissionRefusedException(anyOf[0]);
    }
  }

  /**
   * Refuses a step that belongs to one party of the case (the receiving school's sign-off, the
   * school of roll's decision) to staff of another establishment.
   */
  public void requireMember(Caller caller, ReintegrationCase c, Establishment party, String step) {
    if (party == null || !caller.belongsTo(party.getUrn())) {
      refuse(caller, c.getId(), "{\"reason\":\"not staff of the party who " + step + "\"}");
      throw new PermissionRefusedException(
          "Only staff of "
              + (party == null ? "the school it belongs to" : party.getName())
              + " may "
              + step
              + ".");
    }
  }

  private void refuse(Caller caller, Long caseId, String detail) {
    auditTrail.append(AuditEntry.by(caller, AuditKind.REFUSED, CASE, caseId, caseId, detail));
  }
}
