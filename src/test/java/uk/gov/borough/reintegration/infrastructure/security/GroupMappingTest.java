package uk.gov.borough.reintegration.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.access.Role;

/** A borough's own group names become the plugin's roles through configuration alone. */
class GroupMappingTest {

  @Test
  void configuredGroupsCarryTheirRole() {
    GroupMapping mapping =
        new GroupMapping(
            key ->
                Map.of(
                        GroupMapping.keyOf("SCHOOL_STAFF"), List.of("sg-heads", "sg-senco"),
                        GroupMapping.keyOf("INCLUSION_OFFICER"), List.of("la-iyfap"))
                    .getOrDefault(key, List.of()));

    assertEquals(Set.of(Role.SCHOOL_STAFF), mapping.rolesOf(List.of("sg-senco", "all-staff")));
    assertEquals(Set.of(Role.INCLUSION_OFFICER), mapping.rolesOf(List.of("la-iyfap")));
    assertEquals(
        Set.of(),
        mapping.rolesOf(List.of("SCHOOL_STAFF")),
        "renamed: the old name no longer counts");
  }

  @Test
  void roleWithoutSettingIsCarriedByAGroupOfItsOwnName() {
    GroupMapping mapping = new GroupMapping(key -> List.of());

    assertEquals(
        Set.of(Role.AP_STAFF, Role.PORTAL_ADMIN),
        mapping.rolesOf(List.of("AP_STAFF", "PORTAL_ADMIN", "other")));
  }
}
