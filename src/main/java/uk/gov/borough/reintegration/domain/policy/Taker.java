package uk.gov.borough.reintegration.domain.policy;

import java.util.List;
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
 * @param anyOf the permissions, one of which the person's role carries, the first named in a
 *     refusal
 * @param onlyOn the one route on which this taker may take it, or null for every route
 */
public record Taker(Party party, List<Permission> anyOf, Route onlyOn) {

  public Taker {
    anyOf = List.copyOf(anyOf);
  }

  /** Staff of the party carrying one of the permissions, on every route. */
  public static Taker of(Party party, Permission... anyOf) {
    return new Taker(party, List.of(anyOf), null);
  }

  /** The same taker, on the one route only. */
  public Taker on(Route route) {
    return new Taker(party, anyOf, route);
  }

  /** Whether this taker takes steps on a case of the route. */
  public boolean isOn(Route route) {
    return onlyOn == null || onlyOn == route;
  }

  /**
   * Whom this taker is on a case, as a refusal and the case page say it: "the staff of Olive
   * Academy", "an inclusion officer"; null while the party's establishment is not named.
   */
  public String whom(Function<Party, Establishment> establishmentOf) {
    if (party == null) {
      return "the staff of its schools and provision";
    }
    if (party == Party.INCLUSION_OFFICER) {
      return "an inclusion officer";
    }
    Establishment establishment = establishmentOf.apply(party);
    return establishment == null ? null : "the staff of " + establishment.getName();
  }

  /**
   * Whether the person is this taker on a case of the route, whose parties are as given.
   *
   * @param establishmentOf the establishment of each party of the case, or null while none is
   */
  public boolean is(Caller caller, Route route, Function<Party, Establishment> establishmentOf) {
    if (!isOn(route) || anyOf.stream().noneMatch(caller::may)) {
      return false;
    }
    if (party == null || party == Party.INCLUSION_OFFICER) {
      return true;
    }
    Establishment establishment = establishmentOf.apply(party);
    return establishment != null && caller.belongsTo(establishment.getUrn());
  }
}
