package uk.gov.borough.reintegration.application.internal;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.gov.borough.reintegration.domain.model.outbox.OutboxRepository;
import uk.gov.borough.reintegration.infrastructure.mail.MailSender;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseMigration;

/**
 * Every ten seconds, tries the outbox's e-mails that are due (issue 6). Not persistent (Payara
 * keeps persistent timers in its data grid, which the loopback set-up switches off); several
 * servers may run it at once, each message's try being claimed by its version.
 */
@Singleton
// Ticks never queue behind one another: a tick held up by a database that is away would make
// the next fail on the singleton's lock, and the container cancels a timer that fails twice
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxDelivery {

  private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
  private static final int BATCH = 50;

  @Inject OutboxRepository outbox;

  @Inject MessageDelivery delivery;

  @Inject MailSender sender;

  @Inject DatabaseMigration migration;

  @Inject Clock clock;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void deliverDue() {
    if (!migration.isMigrated() || !sender.isConfigured()) {
      return;
    }
    List<Long> due;
    try {
      due = outbox.dueForDelivery(LocalDateTime.now(clock), BATCH);
    } catch (RuntimeException databaseAway) {
      // Read again at the next tick: a timer whose callback fails twice is cancelled for good
      LOG.log(Level.FINE, "Outbox not read now: {0}", databaseAway.getMessage());
      return;
    }
    for (long id : due) {
      try {
        delivery.deliver(id);
      } catch (RuntimeException claimedElsewhere) {
        // Another server tried it at the same moment, or the database went away: it stays due.
        LOG.log(Level.FINE, "Message {0} not tried now: {1}", new Object[] {id, claimedElsewhere});
      }
    }
  }
}
