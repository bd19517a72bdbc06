package uk.gov.borough.reintegration.domain.model.deadline;

import java.time.LocalDate;

/**
 * The claim a server stakes on a reminder before writing it: one per deadline, state and due date,
 * so that servers sharing the database write each reminder once (issue 6).
 */
public interface ReminderClaims {

  /**
   * Claims the reminder for this server, in the caller's transaction.
   *
   * @return false when it was claimed already, here or by another server; the caller's transaction
   *     is then rolled back and nothing more may be written in it
   */
  boolean claim(Deadline deadline, DeadlineState state, LocalDate dueOn);
}
