package uk.gov.borough.reintegration.domain.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;

/**
 * What the policy asks next of a case where it stands, and of whom: the staff of the parties its
 * edition names, or inclusion officers ({@link PolicyEdition#nextAction}).
 */
public record NextAction(String what, List<Taker> takers, ReintegrationCase reintegration) {

  /** What a case standing at a status waits for, and whose it is, as an edition says it. */
  public record Expected(String what, List<Taker> of) {

    public Expected {
      of = List.copyOf(of);
    }

    /** The action on the case; none while none of the parties it waits on is named yet. */
    Optional<NextAction> on(ReintegrationCase c) {
      boolean someoneNamed = of.stream().anyMatch(taker -> taker.whom(c::establishmentOf) != null);
      return someoneNamed ? Optional.of(new NextAction(what, of, c)) : Optional.empty();
    }
  }

  /** Whether the caller is one of those the action falls to. */
  public boolean isFor(Caller caller) {
    return takers.stream()
        .anyMatch(
            taker -> taker.is(caller, reintegration.getRoute(), reintegration::establishmentOf));
  }

  /** Whom the action falls to: "the staff of Olive Academy", "an inclusion officer". */
  public String whom() {
    return takers.stream()
        .filter(taker -> taker.isOn(reintegration.getRoute()))
        .map(taker -> taker.whom(reintegration::establishmentOf))
        .filter(Objects::nonNull)
        .distinct()
        .reduce((a, b) -> a + " or " + b)
        .orElseThrow();
  }
}
