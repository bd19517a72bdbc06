package uk.gov.borough.reintegration.domain.model.cases;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a list of cases is narrowed to and ordered by. Whatever it asks, a list only ever holds the
 * cases the caller may see: the scope is the repository's, not the query's.
 *
 * @param pupil part of the pupil's name or UPN, in any case
 * @param establishmentId a school or provision the case is referred from, at, or going to
 * @param deadlineDueBy only cases with a deadline not yet met that is due on or before the day
 */
public record CaseQuery(
    Optional<CaseStatus> status,
    Optional<Route> route,
    Optional<Long> establishmentId,
    Optional<String> pupil,
    Optional<LocalDate> deadlineDueBy,
    Order order,
    boolean ascending) {

  /** What the list is sorted by. */
  public enum Order {
    /** The order cases were opened in. */
    OPENED,
    PUPIL,
    STATUS,
    ROUTE,
    /** The referring school's name: the school of roll. */
    REFERRING_SCHOOL,
    /** The name of the school or AP the pupil attends now. */
    CURRENT_PROVISION,
    /** The case's earliest deadline not yet met; cases with none come last. */
    NEXT_DEADLINE
  }
}
