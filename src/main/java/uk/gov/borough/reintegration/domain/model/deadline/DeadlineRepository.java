package uk.gov.borough.reintegration.domain.model.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;

/**
 * The deadlines of open cases: of every one for the reminders the system writes by itself, of the
 * caller's for a person's work list (a person reads only through their scope).
 */
public interface DeadlineRepository {

  /** The deadlines not yet met, of cases still open, falling due on or before the day. */
  List<Deadline> openDueBy(LocalDate day);

  /** The same, of the cases the caller may see: their work list. */
  List<Deadline> openDueBy(Caller caller, LocalDate day);

  /** The deadlines not yet met, of the caller's open cases, that no lead answers for. */
  List<Deadline> openWithNoLead(Caller caller);

  Optional<Deadline> find(long id);

  /**
   * Each case's next deadline: the earliest due among those not yet met, by case id; a case with
   * none due is absent.
   */
  Map<Long, Deadline> nextDueOf(List<ReintegrationCase> cases);
}
