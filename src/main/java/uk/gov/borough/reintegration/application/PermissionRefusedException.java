package uk.gov.borough.reintegration.application;

import jakarta.ejb.ApplicationException;
import uk.gov.borough.reintegration.domain.model.access.Permission;

/**
 * The caller may see the case, or the list, but may not take this action: their role does not carry
 * it, or it belongs to another party of the case (DESIGN.md, "API conventions": 403). Nothing was
 * changed; the refusal's audit entry is kept.
 */
@ApplicationException(rollback = false)
public class PermissionRefusedException extends RuntimeException {

  public PermissionRefusedException(Permission needed) {
    this("Your role does not allow this (" + needed + ").");
  }

  /**
   * @param why a sentence saying why, for the person refused
   */
  public PermissionRefusedException(String why) {
    super(why);
  }
}
