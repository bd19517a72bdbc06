package uk.gov.borough.reintegration.application.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.policy.Party;
import uk.gov.borough.reintegration.domain.policy.PolicyEdition;
import uk.gov.borough.reintegration.domain.policy.RuleViolation;
import uk.gov.borough.reintegration.domain.policy.Step;
import uk.gov.borough.reintegration.domain.policy.StepNotAllowed;
import uk.gov.borough.reintegration.domain.policy.StepRule;
import uk.gov.borough.reintegration.domain.policy.Taker;
import uk.gov.borough.reintegration.infrastructure.policy.PolicyEditions;

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

  @Inject PolicyEditions editions;

  @Resource TransactionSynchronizationRegistry transaction;

  /** The case a step of the current transaction writes, under this key. */
  private static final String WRITTEN = CaseAccess.class.getName() + ".written";

  /** The case, for an action that needs one of the permissions. */
  public ReintegrationCase caseFor(Caller caller, long caseId, Permission... anyOf) {
    ReintegrationCase found = caseInScope(caller, caseId);
    require(caller, caseId, anyOf);
    return found;
  }

  /** The case, if it is in the caller's scope; as if it did not exist otherwise. */
  private ReintegrationCase caseInScope(Caller caller, long caseId) {
    ReintegrationCase found =
        cases
            .find(caller, caseId)
            .orElseThrow(
                () -> {
                  refuse(caller, caseId, "{\"reason\":\"not in the caller's scope\"}");
                  return new CaseNotFoundException(caseId);
                });
    if (transaction.getTransactionKey() != null) {
      // So that a rule's refusal later in the step is filed under the case (RefusalsRecorded)
      transaction.putResource(CaseAccess.class, caseId);
    }
    return found;
  }

  /**
   * Refuses a write on a version of the case other than the one the caller read: the write raises
   * the version, so whoever read it before must read it again (issue 15).
   *
   * @throws StaleVersionException when the case changed since the caller read it
   */
  private void requireVersion(ReintegrationCase c, long version) {
    if (c.getVersion() != version) {
      throw new StaleVersionException("case", c.getId());
    }
    // Raised once the step has succeeded (WrittenBeforeReturn): a refusal that is kept, such as
    // a permission refused, must leave the version as it was
    transaction.putResource(WRITTEN, c);
  }

  /**
   * The case for a step of the edition it runs under (issue 15): in the caller's scope (else 404),
   * the caller's role carrying one of the step's permissions (403), the step part of the case's
   * route and belonging where it stands (409, saying what the case waits for and from whom), the
   * caller one of those whose step it is (403), and at the version the caller read (409).
   */
  public ReintegrationCase caseForStep(Caller caller, long caseId, long version, Step step) {
    return caseForStepOf(caller, caseId, version, step, taker -> true);
  }

  /**
   * As {@link #caseForStep}, for a step taken for one party of the case (a sign-off for the
   * receiving school, or for the provider): only that party's takers may take it.
   */
  public ReintegrationCase caseForStepAs(
      Caller caller, long caseId, long version, Step step, Party party) {
    return caseForStepOf(caller, caseId, version, step, taker -> taker.party() == party);
  }

  private ReintegrationCase caseForStepOf(
      Caller caller, long caseId, long version, Step step, Predicate<Taker> which) {
    ReintegrationCase c = caseInScope(caller, caseId);
    StepRule rule = editions.of(c).step(step);
    List<Taker> takers = rule.takers().stream().filter(which).toList();
    if (takers.isEmpty()) {
      throw new IllegalArgumentException(step + " has no taker of that party");
    }
    require(caller, caseId, permissionsOf(takers.stream()));
    // What the case and the caller are decide before the version the body gives (issue 17): the
    // place first, since the party a step waits for (the receiving school) may not be named before
    rule.requireInPlace(
        c.getStatus(),
        c.getRoute(),
        editions
            .of(c)
            .nextAction(c)
            .map(next -> "It is waiting for this: " + next.what() + ", from " + next.whom() + ".")
            .orElse("It is closed: nothing more is asked of it."));
    requireTaker(caller, c, takers);
    requireVersion(c, version);
    return c;
  }

  /**
   * The case, for one of those whose step it is to prepare the step: in the caller's scope (else
   * 404), their role carrying the step's permission and they one of its takers (403). Neither the
   * version nor the place is checked: nothing is written.
   */
  public ReintegrationCase caseForTakerOf(Caller caller, long caseId, Step step) {
    ReintegrationCase c = caseForRoleOf(caller, caseId, List.of(step));
    requireTaker(caller, c, editions.of(c).step(step).takers());
    return c;
  }

  /**
   * Refuses, before a request's body is read (issue 17), a caller who may not see the case (404),
   * whose role carries none of the steps (403), or who takes none of those that belong where the
   * case stands (403): the gates {@link #caseForStep} passes before it reads the body. Where none
   * belongs, the step says what the case waits for, once its body is read.
   */
  public void requireRoleOnCase(Caller caller, long caseId, List<Step> steps) {
    ReintegrationCase c = caseForRoleOf(caller, caseId, steps);
    PolicyEdition edition = editions.of(c);
    List<Taker> takersInPlace =
        steps.stream()
            .map(edition::step)
            .filter(rule -> rule.belongsWhere(c.getStatus(), c.getRoute()))
            .flatMap(rule -> rule.takers().stream())
            .toList();
    if (!takersInPlace.isEmpty()) {
      requireTaker(caller, c, takersInPlace);
    }
  }

  /** The case in the caller's scope (404), their role carrying one of the steps in its edition. */
  private ReintegrationCase caseForRoleOf(Caller caller, long caseId, List<Step> steps) {
    ReintegrationCase c = caseInScope(caller, caseId);
    require(caller, caseId, permissionsOf(editions.of(c), steps));
    return c;
  }

  private void requireTaker(Caller caller, ReintegrationCase c, List<Taker> takers) {
    if (takers.stream().noneMatch(taker -> taker.is(caller, c.getRoute(), c::establishmentOf))) {
      refuse(caller, c.getId(), "{\"reason\":\"not one of those whose step it is\"}");
      String whose =
          takers.stream()
              .filter(taker -> taker.isOn(c.getRoute()))
              .map(taker -> taker.whom(c::establishmentOf))
              .filter(Objects::nonNull)
              .distinct()
              .collect(Collectors.joining(" or "));
      throw new PermissionRefusedException(
          whose.isEmpty()
              ? "This step is not yours to take on this case."
              : "Only " + whose + " may take this step on this case.");
    }
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
   * Refuses a step taken on no case yet, such as opening a referral, to a person whose role does
   * not carry it on the route (403).
   */
  public void requireRoleFor(Caller caller, StepRule rule, Route route) {
    if (!rule.belongsTo(route)) {
      throw new StepNotAllowed(rule.step(), route);
    }
    require(caller, null, permissionsOf(rule.takers().stream().filter(taker -> taker.isOn(route))));
  }

  /**
   * Refuses, before a request's body is read, steps taken on no case yet to a person whose role
   * carries none of them in the edition for new cases (403).
   */
  public void requireRoleForAny(Caller caller, List<Step> steps) {
    require(caller, null, permissionsOf(editions.forNewCases(), steps));
  }

  /** The permissions the takers of any of the steps carry, in the edition. */
  private static Permission[] permissionsOf(PolicyEdition edition, List<Step> steps) {
    return permissionsOf(steps.stream().flatMap(step -> edition.step(step).takers().stream()));
  }

  /** The permissions any of the takers carries, each once, as a refusal names the first. */
  private static Permission[] permissionsOf(Stream<Taker> takers) {
    return takers.flatMap(taker -> taker.anyOf().stream()).distinct().toArray(Permission[]::new);
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

  private void refuse(Caller caller, Long caseId, String detail) {
    auditTrail.append(AuditEntry.by(caller, AuditKind.REFUSED, CASE, caseId, caseId, detail));
  }
}
