package uk.gov.borough.reintegration.application;

import jakarta.ejb.ApplicationException;

/**
 * Someone saved the case after the caller read it: nothing of the caller's step is saved, and they
 * are told to look at the case again (DESIGN.md, "API conventions": 409).
 */
@ApplicationException(rollback = true)
public class StaleCaseException extends RuntimeException {

  private final long caseId;

  public StaleCaseException(long caseId) {
    super("Case " + caseId + " was changed by someone else");
    this.caseId = caseId;
  }

  public long caseId() {
    return caseId;
  }
}
