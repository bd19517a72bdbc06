package uk.gov.borough.reintegration.application;

import jakarta.ejb.ApplicationException;

/**
 * Someone saved a record after the caller read it (DESIGN.md, "API conventions": 409): nothing was
 * changed, so that their change is not silently overwritten.
 */
@ApplicationException(rollback = true)
public class StaleVersionException extends RuntimeException {

  private final String kind;
  private final long id;

  /**
   * @param kind what was changed, as a person would say it: "calendar"
   */
  public StaleVersionException(String kind, long id) {
    super("The " + kind + " " + id + " was saved by someone else after it was read");
    this.kind = kind;
    this.id = id;
  }

  public String kind() {
    return kind;
  }

  public long id() {
    return id;
  }
}
