package uk.gov.borough.reintegration.application.internal;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes a service's changes before the service returns, so a value the entities refuse (a date in
 * the future where the policy records what happened) reaches the caller as a 400 naming the field,
 * and a conflicting save as a 409, instead of failing later at commit, where only "rolled back" is
 * left to tell.
 */
public class WrittenBeforeReturn {

  @PersistenceContext private EntityManager entityManager;

  @Inject CaseAccess access;

  @AroundInvoke
  Object writeBeforeReturn(InvocationContext invocation) throws Exception {
    Object result = invocation.proceed();
    access.raiseVersionOfCaseWritten();
    entityManager.flush();
    return result;
  }
}
