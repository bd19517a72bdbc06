package uk.gov.borough.reintegration.domain.policy;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.model.party.Establishment;

/**
 * One step as an edition has it: the statuses it may be taken from, what it does to the status, the
 * routes it belongs to and who takes it (DESIGN.md, "Workflow and rules").
 *
 * @param to the status it leads to, for a step that {@link Move#MOVES} or {@link Move#PAUSES} the
 *     case; null otherwise
 */
public record StepRule(
    Step step,
    Set<CaseStatus> from,
    Move move,
    CaseStatus to,
    Set<Route> routes,
    List<Taker> takers) {

  /** What a step does to the case's status. */
  public enum Move {
    /** To another status. */
    MOVES,
    /** To a status that remembers where the case stood (R1, R3). */
    PAUSES,
    /** Back to where the case stood before it paused. */
    RESUMES,
    /** Nothing: a record written where the case stands. */
    RECORDS
  }

  public StepRule {
    from = Set.copyOf(from);
    routes = Set.copyOf(routes);
    takers = List.copyOf(takers);
    if ((to != null) != (move == Move.MOVES || move == Move.PAUSES) || takers.isEmpty()) {
      throw new IllegalArgumentException(step + ": a status to move to, and a taker, as it moves");
    }
  }

  /** Whether the step belongs where a case of the route stands at the status. */
  public boolean belongsWhere(CaseStatus status, Route route) {
    return belongsTo(route) && belongsAt(status);
  }

  /**
   * Refuses the step where it does not belong: on another route, or at another status.
   *
   * @param waitingFor what the case waits for and from whom, as a sentence; null to say nothing
   * @throws StepNotAllowed if the step does not belong there
   */
  public void requireInPlace(CaseStatus status, Route route, String waitingFor) {
    if (!belongsTo(route)) {
      throw new StepNotAllowed(step, route);
    }
    if (!belongsAt(status)) {
      throw new StepNotAllowed(step, status, waitingFor);
    }
  }

  /** Whether the step belongs where a case of the status stands. */
  public boolean belongsAt(CaseStatus status) {
    return from.contains(status);
  }

  /** Whether the step is part of the route's process at all. */
  public boolean belongsTo(Route route) {
    return routes.contains(route);
  }

  /** Whether the person's role carries the step at all, before any one case is asked. */
  public boolean isInTheRoleOf(Caller caller) {
    return takers.stream().anyMatch(taker -> taker.anyOf().stream().anyMatch(caller::may));
  }

  /** Whether the person is one of the step's takers on a case of the route with these parties. */
  public boolean isTakenBy(
      Caller caller, Route route, Function<Party, Establishment> establishmentOf) {
    return takers.stream().anyMatch(taker -> taker.is(caller, route, establishmentOf));
  }

  /**
   * The one question a form asks: may the person take this step on a case that stands at the
   * status, on the route, with these parties?
   */
  public boolean isOpenTo(
      Caller caller,
      CaseStatus status,
      Route route,
      Function<Party, Establishment> establishmentOf) {
    return belongsWhere(status, route) && isTakenBy(caller, route, establishmentOf);
  }
}
