package uk.gov.borough.reintegration.infrastructure.persistence;

import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;
import uk.gov.borough.reintegration.infrastructure.persistence.audit.ChangeAudit;

/**
 * What the plugin changes in EclipseLink's session: no retries, the statement timeout, and the
 * audit trail.
 */
public class SessionCustomizations implements SessionCustomizer {

  private static final String STATEMENT_TIMEOUT_KEY = "reintegration.db.statement-timeout-seconds";

  /**
   * The default here, not in the WAR's properties: in an EAR the persistence unit is set up before
   * the WAR's own configuration is seen.
   */
  private static final int STATEMENT_TIMEOUT_SECONDS = 15;

  @Override
  public void customize(Session session) {
    // Tell a person at once (503) when the database has gone away or a statement ran past its
    // timeout, and never run a statement twice. EclipseLink's retry sometimes took a statement
    // cancelled at its timeout for a lost connection and ran it again, so a request on a locked
    // table waited twice as long. The pool validates each connection before handing it out, which
    // is all a retry was for.
    session.getLogin().setQueryRetryAttemptCount(0);

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
