package uk.gov.borough.reintegration.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.gov.borough.reintegration.domain.model.outbox.OutboxRepository;
import uk.gov.borough.reintegration.infrastructure.mail.MailSender;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseMigration;

/**
 * Every ten seconds, tries the outbox's e-mails that are due (issue 6). Not persistent (Payara
 * keeps persistent timers in its data grid, which the loopback set-up switches off); several
 * servers may run it at once, each message's try being claimed by its version.
 *
 * <p>The tick only starts a round on another thread and touches no database: the container cancels
 * for good a timer whose tick fails twice, and during an outage a tick that reads the outbox fails
 * in the container even when the method catches the failure. A round still running when the next
 * tick comes (a database that hangs) is left to finish rather than joined by another.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxDelivery {

  private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
  private static final int BATCH = 50;

  @Inject OutboxRepository outbox;

  @Inject MessageDelivery delivery;

  @Inject MailSender sender;

  @Inject DatabaseMigration migration;

  @Inject Clock clock;

  @Resource SessionContext self;

  private volatile Future<Void> round = CompletableFuture.completedFuture(null);

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void startRound() {
    if (migration.isMigrated() && sender.isConfigured() && round.isDone()) {
      round = self.getBusinessObject(OutboxDelivery.class).deliverDue();
    }
  }

  /** Tries the messages that are due; a database that is away leaves them due for the next. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Future<Void> deliverDue() {
    List<Long> due;
    try {
      due = outbox.dueForDelivery(LocalDateTime.now(clock), BATCH);
    } catch (RuntimeException databaseAway) {
      LOG.log(Level.FINE, "Outbox not read now: {0}", databaseAway.getMessage());
      return new AsyncResult<>(null);
    }
    for (long id : due) {
      try {
        delivery.deliver(id);
      } catch (RuntimeException claimedElsewhere) {
        // Another server tried it at the same moment, or the database went away: it stays due.
        LOG.log(Level.FINE, "Message {0} not tried now: {1}", new Object[] {id, claimedElsewhere});
      }
    }
    return new AsyncResult<>(null);
  }
}
