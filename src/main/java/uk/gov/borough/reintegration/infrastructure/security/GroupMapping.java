package uk.gov.borough.reintegration.infrastructure.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import uk.gov.borough.reintegration.domain.model.access.Role;

/**
 * Maps the sign-on's group names to the plugin's roles, from configuration: {@code
 * reintegration.security.role.<ROLE>.groups} lists the groups that carry a role (environment {@code
 * REINTEGRATION_SECURITY_ROLE_AP_STAFF_GROUPS}, comma-separated). A role with no setting is carried
 * by a group of its own name.
 */
public final class GroupMapping {

  private final Function<String, List<String>> groupsOfRole;

  /**
   * @param configuredGroups the configured groups under a key, or an empty list when it is unset
   */
  public GroupMapping(Function<String, List<String>> configuredGroups) {
    this.groupsOfRole =
        role -> {
          List<String> configured = configuredGroups.apply(keyOf(role));
          return configured.isEmpty() ? List.of(role) : configured;
        };
  }

  public static String keyOf(String role) {
    return "reintegration.security.role." + role + ".groups";
  }

  /** The roles these groups carry. */
  public Set<Role> rolesOf(Collection<String> groups) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (groupsOfRole.apply(role.name()).stream().anyMatch(groups::contains)) {
        roles.add(role);
      }
    }
    return roles;
  }
}
