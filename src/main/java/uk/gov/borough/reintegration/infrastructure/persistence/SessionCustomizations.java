package uk.gov.borough.reintegration.infrastructure.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;
import uk.gov.borough.reintegration.infrastructure.persistence.audit.ChangeAudit;

/** What the plugin changes in EclipseLink's session: reconnecting, and the audit trail. */
public class SessionCustomizations implements SessionCustomizer {

  private static final int RETRIES = 1;
  private static final int DELAY_MILLIS = 200;

  @Override
  public void customize(Session session) {
    // Tell a person at once (503) when the database has gone away, instead of after EclipseLink's
    // default three reconnect attempts five seconds apart. The pool already validates each
    // connection before handing it out, so one quick retry covers a connection lost in between.
    session.getLogin().setQueryRetryAttemptCount(RETRIES);
    session.getLogin().setDelayBetweenConnectionAttempts(DELAY_MILLIS);

    // Every entity the plugin writes is recorded in the audit trail as it is written (issue 3).
    ChangeAudit audit = new ChangeAudit();
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      if (!descriptor.isAggregateDescriptor() && !descriptor.shouldBeReadOnly()) {
        descriptor.getEventManager().addListener(audit);
      }
    }
  }
}
