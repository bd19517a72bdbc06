package uk.gov.borough.reintegration.application;

import jakarta.ejb.ApplicationException;

/**
 * No case with that id that the caller may see: the same whether it does not exist or lies outside
 * their scope, so a forged id learns nothing (DESIGN.md, "API conventions": 404). The transaction
 * still commits, keeping the refusal's audit entry.
 */
@ApplicationException(rollback = false)
public class CaseNotFoundException extends RuntimeException {

  private final long caseId;

  public CaseNotFoundException(long caseId) {
    super("No case " + caseId + " among the caller's cases");
    this.caseId = caseId;
  }

  public long caseId() {
    return caseId;
  }
}
