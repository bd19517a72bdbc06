package uk.gov.borough.reintegration.application.internal;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.util.Arrays;
import uk.gov.borough.reintegration.application.RecordConflictException;
import uk.gov.borough.reintegration.application.StaleVersionException;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.policy.RuleViolation;
import uk.gov.borough.reintegration.domain.policy.StepNotAllowed;

/**
 * Records in the audit trail each step a service refuses because the policy forbids it (422, a
 * {@link RuleViolation}), the case is not at that point of the workflow ({@link StepNotAllowed}),
 * someone saved the case after the caller read it ({@link StaleVersionException}) or the record
 * would contradict one kept ({@link RecordConflictException}), as access refusals are recorded: by
 * whom, on which case, and why (issue 13, point 7; issue 15, "Bad input").
 */
public class RefusalsRecorded {

  @Inject CaseAccess access;

  @AroundInvoke
  Object recordRefusals(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (RuleViolation
        | StepNotAllowed
        | StaleVersionException
        | RecordConflictException refusal) {
      access.recordRefusal(callerOf(invocation), access.caseReached(), refusal);
      throw refusal;
    }
  }

  /** Every service is given its caller; nobody when a timer asks. */
  private static Caller callerOf(InvocationContext invocation) {
    return Arrays.stream(invocation.getParameters())
        .filter(Caller.class::isInstance)
        .map(Caller.class::cast)
        .findFirst()
        .orElse(Caller.NOBODY);
  }
}
