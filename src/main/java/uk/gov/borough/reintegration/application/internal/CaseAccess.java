package uk.gov.borough.reintegration.application.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import uk.gov.borough.reintegration.application.CaseNotFoundException;
import uk.gov.borough.reintegration.application.PermissionRefusedException;
import uk.gov.borough.reintegration.application.StaleVersionException;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Permission;
import uk.gov.borough.reintegration.domain.model.audit.AuditEntry;
import uk.gov.borough.reintegration.domain.model.audit.AuditKind;
import uk.gov.borough.reintegration.domain.model.audit.AuditTrail;
import uk.gov.borough.reintegration.domain.model.cases.CaseRepository;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.workflow.RuleViolation;

/**
 * The one gate every service passes to reach a case: the case must be in the caller's scope (else
 * 404, as if it did not exist) and the caller's role must carry the action's permission (else 403).
 * Each refusal is recorded in the audit trail (issue 3), and so are the policy's and the workflow's
 * refusals of a step ({@link RefusalsRecorded}).
 */
@ApplicationScoped
public class CaseAccess {

  static final String CASE = "ReintegrationCase";

  @Inject CaseRepository cases;

  @Inject AuditTrail auditTrail;

  @Resource TransactionSynchronizationRegistry transaction;

  /** The case a step of the current transaction writes, under this key. */
  private static final String WRITTEN = CaseAccess.class.getName() + ".written";

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
    if (transaction.getTransactionKey() != null) {
      // So that a rule's refusal later in the step is filed under the case (RefusalsRecorded)
      transaction.putResource(CaseAccess.class, caseId);
    }
    return found;
  }

  /**
   * The case for a write that needs one of the permissions, at the version the caller read; the
   * write raises the version, so whoever read it before must read it again (issue 15).
   *
   * @throws StaleVersionException when the case changed since the caller read it
   */
  public ReintegrationCase caseToWrite(
      Caller caller, long caseId, long version, Permission... anyOf) {
    ReintegrationCase c = caseFor(caller, caseId, anyOf);
    if (c.getVersion() != version) {
      throw new StaleVersionException("case", caseId);
    }
    // Raised once the step has succeeded (WrittenBeforeReturn): a refusal that is kept, such as
    // a permission refused, must leave the version as it was
    transaction.putResource(WRITTEN, c);
    return c;
  }

  /** Raises the version of the case a step wrote, if it wrote one: once the step succeeded. */
  public void raiseVersionOfCaseWritten() {
    if (transaction.getTransactionKey() != null
        && transaction.getResource(WRITTEN) instanceof ReintegrationCase written) {
      cases.raiseVersion(written);
    }
  }

  /** The case the caller reached in the current transaction, if any. */
  public Long caseReached() {
    return transaction.getTransactionKey() == null
        ? null
        : (Long) transaction.getResource(CaseAccess.class);
  }

  /**
   * Records a step the policy or the workflow refused. In a transaction of its own: the step's own
   * rolls back, and the refusal's entry must outlive it (issue 13, point 7).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordRefusal(Caller caller, Long caseId, RuntimeException refusal) {
    JsonObjectBuilder detail = Json.createObjectBuilder();
    if (refusal instanceof RuleViolation violation) {
      detail.add("rule", violation.rule().name());
    }
    refuse(caller, caseId, detail.add("reason", refusal.getMessage()).build().toString());
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
