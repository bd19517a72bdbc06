package uk.gov.borough.reintegration.application;

import jakarta.ejb.ApplicationException;
import uk.gov.borough.reintegration.domain.model.access.Permission;

/**
 * The caller may see the case, or the list, but their role does not carry what the action needs
 * (DESIGN.md, "API conventions": 403). Nothing was changed; the refusal's audit entry is kept.
 */
@ApplicationException(rollback = false)
public class PermissionRefusedException extends RuntimeException {

  private final Permission needed;

  public PermissionRefusedException(Permission needed) {
    super("Needs the permission " + needed);
    this.needed = needed;
  }

  public Permission needed() {
    return needed;
  }
}
