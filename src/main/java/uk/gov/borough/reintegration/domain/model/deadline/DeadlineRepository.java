package uk.gov.borough.reintegration.domain.model.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The deadlines of every open case, for the reminders the system writes by itself (no person reads
 * through this: a person reaches a deadline only through a case in their scope).
 */
public interface DeadlineRepository {

  /** The deadlines not yet met, of cases still open, falling due on or before the day. */
  List<Deadline> openDueBy(LocalDate day);

  Optional<Deadline> find(long id);
}
