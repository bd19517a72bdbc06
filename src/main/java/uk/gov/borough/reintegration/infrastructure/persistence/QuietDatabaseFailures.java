package uk.gov.borough.reintegration.infrastructure.persistence;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Every EJB's default interceptor (WEB-INF/ejb-jar.xml): a database failure leaves the EJB as a
 * {@link DatabaseFailedException}, so an outage does not write a stack trace per request (issue 13,
 * point 6). Whoever answers the request logs it, once a minute per kind ({@link
 * DatabaseFailureLog}).
 */
public class QuietDatabaseFailures {

  @AroundInvoke
  Object quietly(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (RuntimeException failure) {
      if (failure instanceof DatabaseFailedException
          || DatabaseFailures.kindOf(failure).isEmpty()) {
        throw failure;
      }
      throw new DatabaseFailedException(failure);
    }
  }
}
