package uk.gov.borough.reintegration.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import uk.gov.borough.reintegration.application.DeadlineStates;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.deadline.DeadlineRepository;
import uk.gov.borough.reintegration.domain.model.deadline.DeadlineState;
import uk.gov.borough.reintegration.domain.model.deadline.ReminderClaims;

/** One deadline's reminder, claimed and written in a transaction of its own (issue 6). */
@Stateless
public class DeadlineReminder {

  @Inject DeadlineRepository deadlines;

  @Inject ReminderClaims claims;

  @Inject Notifications notifications;

  @Inject DeadlineStates states;

  @Resource SessionContext context;

  /** Writes the reminder the deadline needs on the day; answers whether this call wrote it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean remind(long deadlineId, LocalDate today) {
    Deadline deadline = deadlines.find(deadlineId).orElse(null);
    if (deadline == null) {
      return false;
    }
    DeadlineState state = states.on(deadline, today);
    if (state != DeadlineState.DUE_SOON && state != DeadlineState.OVERDUE) {
      return false;
    }
    if (!claims.claim(deadline, state, deadline.effectiveDueOn())) {
      context.setRollbackOnly();
      return false;
    }
    notifications.deadline(deadline, state);
    return true;
  }
}
