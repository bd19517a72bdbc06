package uk.gov.borough.reintegration.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Role;

class SingleSignOnTest {

  private static final SingleSignOn PROVIDER =
      new SingleSignOn(
          "https://login.borough.example/realms/staff/",
          "reintegration",
          "secret",
          "openid profile email",
          "roles",
          "urns");

  private static final GroupMapping MAPPING =
      new GroupMapping(
          key -> key.equals(GroupMapping.keyOf("SCHOOL_STAFF")) ? List.of("sg-senco") : List.of());

  @Test
  void theConfiguredClaimsGiveTheCallersRolesAndEstablishments() {
    Map<String, Object> claims =
        Map.of(
            "sub", "s.senco",
            "name", "Sam Senco",
            "roles", List.of("sg-senco", "unrelated"),
            "urns", List.of("100001", "100002"),
            "groups", List.of("INCLUSION_OFFICER"));

    Caller caller = PROVIDER.callerFrom(claims::get, MAPPING);

    assertEquals("s.senco", caller.subject());
    assertEquals("Sam Senco", caller.name());
    assertEquals(Set.of(Role.SCHOOL_STAFF), caller.roles());
    assertEquals(Set.of("100001", "100002"), caller.establishmentUrns());
  }

  @Test
  void aSingleValuedClaimCountsAndAMissingOneGivesNothing() {
    Caller caller =
        PROVIDER.callerFrom(Map.<String, Object>of("sub", "x", "urns", "100003")::get, MAPPING);

    assertEquals("x", caller.name());
    assertEquals(Set.of(), caller.roles());
    assertEquals(Set.of("100003"), caller.establishmentUrns());
  }

  @Test
  void theDiscoveryDocumentIsFoundUnderTheIssuer() {
    assertEquals(
        "https://login.borough.example/realms/staff/.well-known/openid-configuration",
        PROVIDER.discoveryUri());
  }
}
