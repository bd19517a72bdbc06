package uk.gov.borough.reintegration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.deadline.DeadlineState;
import uk.gov.borough.reintegration.domain.policy.DeadlineRule;
import uk.gov.borough.reintegration.infrastructure.policy.PolicyEditions;

/**
 * Where deadlines stand, with the "due soon" window of the edition new cases are opened under: one
 * reading for the pages, the API and the reminders.
 */
@ApplicationScoped
public class DeadlineStates {

  @Inject Clock clock;

  @Inject PolicyEditions editions;

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Where the deadline stands today. */
  public DeadlineState of(Deadline deadline) {
    return on(deadline, today());
  }

  /** Where the deadline stands on the day. */
  public DeadlineState on(Deadline deadline, LocalDate day) {
    return deadline.stateOn(day, editions.forNewCases().dueSoonDays());
  }

  /** How the deadline is counted in its case's edition. */
  public DeadlineRule ruleOf(Deadline deadline) {
    return editions.of(deadline.getReintegrationCase()).deadline(deadline.getKind());
  }

  /** The last day a deadline may fall on and be due soon, or overdue, on the day. */
  public LocalDate dueSoonHorizon(LocalDate day) {
    return day.plusDays(editions.forNewCases().dueSoonDays());
  }
}
