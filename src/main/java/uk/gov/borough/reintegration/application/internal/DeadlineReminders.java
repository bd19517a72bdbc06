package uk.gov.borough.reintegration.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.borough.reintegration.application.DeadlineStates;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.deadline.DeadlineRepository;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseMigration;

/**
 * Writes a message to the responsible lead of each deadline that has become due soon or overdue
 * (DESIGN.md, "Notifications"), once per deadline, state and date, every {@code
 * reintegration.deadlines.reminder-seconds} (an hour unless configured). The timer is not
 * persistent (Payara keeps persistent timers in its data grid, which the loopback set-up switches
 * off); each server runs its own, and the claim in the database lets only one of them write each
 * reminder. As in {@link OutboxDelivery}, the tick only starts a round on another thread, so an
 * outage never gets the timer cancelled.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@Startup
public class DeadlineReminders {

  private static final Logger LOG = Logger.getLogger(DeadlineReminders.class.getName());

  @Inject DeadlineRepository deadlines;

  @Inject DeadlineReminder reminder;

  @Inject DatabaseMigration migration;

  @Resource TimerService timers;

  @Resource SessionContext self;

  @Inject DeadlineStates states;

  @Inject
  @ConfigProperty(name = "reintegration.deadlines.reminder-seconds", defaultValue = "3600")
  long reminderSeconds;

  private volatile Future<Integer> round = CompletableFuture.completedFuture(0);

  @PostConstruct
  void startTimer() {
    long interval = Duration.ofSeconds(reminderSeconds).toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void startRound() {
    if (migration.isMigrated() && round.isDone()) {
      round = self.getBusinessObject(DeadlineReminders.class).writeRemindersToday();
    }
  }

  /** One round in the background; a database that is away leaves the reminders to the next. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Future<Integer> writeRemindersToday() {
    try {
      int written = writeReminders(states.today());
      LOG.log(Level.FINE, "Deadline reminders written: {0}", written);
      return new AsyncResult<>(written);
    } catch (RuntimeException databaseAway) {
      LOG.log(Level.WARNING, "Deadline reminders not written now: {0}", databaseAway.getMessage());
      return new AsyncResult<>(0);
    }
  }

  /** Writes the reminders due on the day that no server has written yet; answers how many. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int writeReminders(LocalDate today) {
    List<Long> due =
        deadlines.openDueBy(states.dueSoonHorizon(today)).stream().map(Deadline::getId).toList();
    int written = 0;
    for (long id : due) {
      try {
        if (reminder.remind(id, today)) {
          written++;
        }
      } catch (EJBException databaseAway) {
        LOG.log(
            Level.WARNING,
            "Reminder for deadline {0} not written now: {1}",
            new Object[] {id, databaseAway});
      }
    }
    return written;
  }
}
