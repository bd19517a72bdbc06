package uk.gov.borough.reintegration.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.gov.borough.reintegration.domain.model.outbox.OutboxRepository;
import uk.gov.borough.reintegration.infrastructure.mail.MailSender;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseMigration;

/**
 * Every ten seconds, tries the outbox's e-mails that are due (issue 6); several servers may run it
 * at once, each message's try being claimed by its version. On the managed scheduler, not an EJB
 * timer: the container cancels a timer for good once it fails twice, as it did when the database
 * went away, and no mail went after the outage.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxDelivery {

  private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
  private static final int BATCH = 50;

  @Inject OutboxRepository outbox;

  @Inject MessageDelivery delivery;

  @Inject MailSender sender;

  @Inject DatabaseMigration migration;

  @Inject Clock clock;

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> ticks;

  @PostConstruct
  void startTicking() {
    ticks = scheduler.scheduleWithFixedDelay(this::tick, 10, 10, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stopTicking() {
    ticks.cancel(false);
  }

  /** A tick that fails is tried again at the next: nothing it throws may end the ticking. */
  private void tick() {
    try {
      deliverDue();
    } catch (RuntimeException notNow) {
      LOG.log(Level.FINE, "Outbox not delivered now: {0}", notNow.getMessage());
    }
  }

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
