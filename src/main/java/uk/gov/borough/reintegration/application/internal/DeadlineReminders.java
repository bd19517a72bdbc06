package uk.gov.borough.reintegration.application.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.deadline.DeadlineRepository;
import uk.gov.borough.reintegration.domain.model.deadline.DeadlineState;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseMigration;

/**
 * Every hour, writes a message to the responsible lead of each deadline that has become due soon or
 * overdue (DESIGN.md, "Notifications"), once per deadline, state and date. The timer is not
 * persistent (Payara keeps persistent timers in its data grid, which the loopback set-up switches
 * off); two servers writing the same reminder meet the outbox's unique idempotency key, and the
 * second's hour is simply rolled back.
 */
@Singleton
public class DeadlineReminders {

  private static final Logger LOG = Logger.getLogger(DeadlineReminders.class.getName());

  @Inject DeadlineRepository deadlines;

  @Inject Notifications notifications;

  @Inject DatabaseMigration migration;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(
      name = "reintegration.deadlines.due-soon-days",
      defaultValue = Deadline.DUE_SOON_DAYS)
  int dueSoonDays;

  @Schedule(hour = "*", minute = "5", persistent = false)
  void everyHour() {
    if (migration.isMigrated()) {
      int written = writeReminders(LocalDate.now(clock));
      LOG.log(Level.FINE, "Deadline reminders written: {0}", written);
    }
  }

  /** Writes the reminders due on the day and answers how many deadlines needed one. */
  public int writeReminders(LocalDate today) {
    int needed = 0;
    for (Deadline deadline : deadlines.openDueBy(today.plusDays(dueSoonDays))) {
      DeadlineState state = deadline.stateOn(today, dueSoonDays);
      if (state == DeadlineState.DUE_SOON || state == DeadlineState.OVERDUE) {
        notifications.deadline(deadline, state);
        needed++;
      }
    }
    return needed;
  }
}
