package uk.gov.borough.reintegration.application;

import java.time.LocalDate;
import java.util.List;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.policy.DeadlineKind;

/**
 * The case's deadlines, counted on each school's calendar by the edition the case runs under (P3,
 * P4): read, extended with a reason, counted again, and the case moved to the edition in force.
 */
public interface DeadlineService {

  List<Deadline> deadlines(Caller caller, long caseId);

  /** Moves a deadline with a reason: never refused, always recorded (P3, P4). */
  Deadline extendDeadline(
      Caller caller, long caseId, long version, DeadlineKind kind, LocalDate to, String reason);

  /**
   * Counts the case's open deadlines again on their calendars as they are now: the explicit,
   * recorded step after a calendar changed (a stored date never moves by itself).
   */
  List<Deadline> recountDeadlines(Caller caller, long caseId);

  /**
   * An open case moved by an inclusion officer, with a reason, to the policy edition new cases are
   * opened under now, with the numbers overridden now; its open deadlines are counted again under
   * it, and the move is in the case's history (issue 15).
   */
  ReintegrationCase moveToEditionInForce(Caller caller, long caseId, long version, String reason);
}
