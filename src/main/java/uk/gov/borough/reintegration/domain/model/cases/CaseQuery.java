package uk.gov.borough.reintegration.domain.model.cases;

import java.util.Optional;

/**
 * What a list of cases is narrowed to and ordered by. Whatever it asks, a list only ever holds the
 * cases the caller may see: the scope is the repository's, not the query's.
 *
 * @param pupil part of the pupil's name or UPN, in any case
 * @param establishmentId a school or provision the case is referred from, at, or going to
 */
public record CaseQuery(
    Optional<CaseStatus> status,
    Optional<Route> route,
    Optional<Long> establishmentId,
    Optional<String> pupil,
    Order order,
    boolean ascending) {

  /** What the list is sorted by. */
  public enum Order {
    /** The order cases were opened in. */
    OPENED,
    PUPIL,
    STATUS,
    ROUTE
  }
}
