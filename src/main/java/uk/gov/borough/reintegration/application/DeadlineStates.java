package uk.gov.borough.reintegration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.deadline.DeadlineState;

/**
 * Where deadlines stand, with the "due soon" window from configuration ({@code
 * reintegration.deadlines.due-soon-days}): one reading for the pages, the API and the reminders.
 */
@ApplicationScoped
public class DeadlineStates {

  @Inject Clock clock;

  @Inject
  @ConfigProperty(
      name = "reintegration.deadlines.due-soon-days",
      defaultValue = Deadline.DUE_SOON_DAYS)
  int dueSoonDays;

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Where the deadline stands today. */
  public DeadlineState of(Deadline deadline) {
    return on(deadline, today());
  }

  /** Where the deadline stands on the day. */
  public DeadlineState on(Deadline deadline, LocalDate day) {
    return deadline.stateOn(day, dueSoonDays);
  }

  /** The last day a deadline may fall on and be due soon, or overdue, on the day. */
  public LocalDate dueSoonHorizon(LocalDate day) {
    return day.plusDays(dueSoonDays);
  }
}
