package uk.gov.borough.reintegration.infrastructure.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Tells a person at once (503) when the database has gone away, instead of after EclipseLink's
 * default three reconnect attempts five seconds apart. The pool already validates each connection
 * before handing it out, so one quick retry covers a connection lost between validation and use.
 */
public class ConnectionRetryCustomizer implements SessionCustomizer {

  private static final int RETRIES = 1;
  private static final int DELAY_MILLIS = 200;

  @Override
  public void customize(Session session) {
    session.getLogin().setQueryRetryAttemptCount(RETRIES);
    session.getLogin().setDelayBetweenConnectionAttempts(DELAY_MILLIS);
  }
}
