package uk.gov.borough.reintegration.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.access.Role;

/** The shipped demo people: one per role, signing in only with the demo password. */
class DemoUsersTest {

  private final DemoUsers users = DemoUsers.load("a-demo-password");

  @Test
  void everyRoleHasADemoPerson() {
    GroupMapping byName = new GroupMapping(key -> java.util.List.of());
    Set<Role> roles =
        users.all().stream()
            .flatMap(user -> byName.rolesOf(user.groups()).stream())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));

    assertEquals(EnumSet.allOf(Role.class), roles);
  }

  @Test
  void signsInWithTheDemoPasswordOnly() {
    assertTrue(users.authenticate("demo-ap-olive", "a-demo-password".toCharArray()).isPresent());
    assertTrue(users.authenticate("demo-ap-olive", "wrong".toCharArray()).isEmpty());
    assertTrue(users.authenticate("nobody", "a-demo-password".toCharArray()).isEmpty());
    assertEquals(
        Set.of("990201"),
        users.authenticate("demo-ap-olive", "a-demo-password".toCharArray()).orElseThrow().urns());
  }
}
