package uk.gov.borough.reintegration.domain.model.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * The person behind a request, produced once per request from the sign-on: who they are, what they
 * may do, and the establishments (by DfE URN) they belong to. Services and repositories are given
 * the caller, so every read of a case can be scoped to it.
 */
public record Caller(String subject, String name, Set<Role> roles, Set<String> establishmentUrns) {

  /** Nobody: a request that is not signed in, or no request at all (a timer, start-up). */
  public static final Caller NOBODY = new Caller("", "", Set.of(), Set.of());

  public Caller {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    establishmentUrns = Set.copyOf(establishmentUrns);
  }

  public boolean isNobody() {
    return subject.isEmpty();
  }

  public boolean may(Permission permission) {
    return roles.stream().anyMatch(role -> role.permissions().contains(permission));
  }

  /** Whether the person works on cases at all: the portal's administrators do not. */
  public boolean isCaseworker() {
    return may(Permission.VIEW_CASES);
  }

  /** Whether the person keeps the register of establishments and the calendars (borough IT). */
  public boolean keepsReferenceData() {
    return may(Permission.ADMINISTER_REFERENCE_DATA);
  }

  public boolean belongsTo(String establishmentUrn) {
    return establishmentUrns.contains(establishmentUrn);
  }
}
