package uk.gov.borough.reintegration.domain.policy;

import java.util.Set;
import java.util.function.Function;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Permission;
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.model.party.Establishment;

/**
 * Who may take a step: staff whose role carries one of the permissions and who belong to the party
 * of the case named (an inclusion officer belongs to no establishment; no party named, any party of
 * the case the person may see), on every route or on one only.
 *
 * @param party whose step it is, or null for any party of the case
 * @param anyOf the permissions, one of which the person's role carries
 * @param onlyOn the one route on which this taker may take it, or null for every route
 */
public record Taker(Party party, Set<Permission> anyOf, Route onlyOn) {

  public Taker {
    anyOf = Set.copyOf(anyOf);
  }

  /** Staff of the party carrying one of the permissions, on every route. */
  public static Taker of(Party party, Permission... anyOf) {
    return new Taker(party, Set.of(anyOf), null);
  }

  /** The same taker, on the one route only. */
  public Taker on(Route route) {
    return new Taker(party, anyOf, route);
  }

  /**
   * Whether the person is this taker on a case of the route, whose parties are as given.
   *
   * @param establishmentOf the establishment of each party of the case, or null while none is
   */
  public boolean is(Caller caller, Route route, Function<Party, Establishment> establishmentOf) {
    if (onlyOn != null && onlyOn != route || anyOf.stream().noneMatch(caller::may)) {
      return false;
    }
    if (party == null || party == Party.INCLUSION_OFFICER) {
      return true;
    }
    Establishment establishment = establishmentOf.apply(party);
    return establishment != null && caller.belongsTo(establishment.getUrn());
  }
}
