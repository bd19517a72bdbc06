package uk.gov.borough.reintegration.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
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
 * reminder.
 */
@Singleton
// Ticks never queue behind one another: a tick held up by a database that is away would make
// the next fail on the singleton's lock, and the container cancels a timer that fails twice
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@Startup
public class DeadlineReminders {

  private static final Logger LOG = Logger.getLogger(DeadlineReminders.class.getName());

  @Inject DeadlineRepository deadlines;

  @Inject DeadlineReminder reminder;

  @Inject DatabaseMigration migration;

  @Resource TimerService timers;

  @Inject DeadlineStates states;

  @Inject
  @ConfigProperty(name = "reintegration.deadlines.reminder-seconds", defaultValue = "3600")
  long reminderSeconds;

  @PostConstruct
  void startTimer() {
    long interval = Duration.ofSeconds(reminderSeconds).toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void everyRound() {
    if (!migration.isMigrated()) {
      return;
    }
    try {
      int written = writeReminders(states.today());
      LOG.log(Level.FINE, "Deadline reminders written: {0}", written);
    } catch (RuntimeException databaseAway) {
      // Written at the next round: a timer whose callback fails twice is cancelled for good
      LOG.log(Level.WARNING, "Deadline reminders not written now: {0}", databaseAway.getMessage());
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
