package uk.gov.borough.reintegration.infrastructure.persistence;

import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;
import uk.gov.borough.reintegration.infrastructure.persistence.audit.ChangeAudit;

/**
 * What the plugin changes in EclipseLink's session: reconnecting, the statement timeout, and the
 * audit trail.
 */
public class SessionCustomizations implements SessionCustomizer {

  private static final int RETRIES = 1;
  private static final int DELAY_MILLIS = 200;
  private static final String STATEMENT_TIMEOUT_KEY = "reintegration.db.statement-timeout-seconds";

  /**
   * The default here, not in the WAR's properties: in an EAR the persistence unit is set up before
   * the WAR's own configuration is seen.
   */
  private static final int STATEMENT_TIMEOUT_SECONDS = 15;

  @Override
  public void customize(Session session) {
    // Tell a person at once (503) when the database has gone away, instead of after EclipseLink's
    // default three reconnect attempts five seconds apart. The pool already validates each
    // connection before handing it out, so one quick retry covers a connection lost in between.
    session.getLogin().setQueryRetryAttemptCount(RETRIES);
    session.getLogin().setDelayBetweenConnectionAttempts(DELAY_MILLIS);

    // A statement past the timeout is cancelled and the request answered 503, so a locked table
    // turns requests away instead of holding every connection of the pool (issue 13, point 6).
    // Here rather than on the pool, so that a long migration is not cut short.
    session.setQueryTimeoutDefault(
        ConfigProvider.getConfig(SessionCustomizations.class.getClassLoader())
            .getOptionalValue(STATEMENT_TIMEOUT_KEY, Integer.class)
            .orElse(STATEMENT_TIMEOUT_SECONDS));
    session.setQueryTimeoutUnitDefault(TimeUnit.SECONDS);

    // Every entity the plugin writes is recorded in the audit trail as it is written (issue 3).
    ChangeAudit audit = new ChangeAudit();
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      if (!descriptor.isAggregateDescriptor() && !descriptor.shouldBeReadOnly()) {
        descriptor.getEventManager().addListener(audit);
      }
    }
  }
}
