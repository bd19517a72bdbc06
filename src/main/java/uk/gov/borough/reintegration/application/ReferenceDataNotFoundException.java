package uk.gov.borough.reintegration.application;

import jakarta.ejb.ApplicationException;

/**
 * No calendar or establishment with that id (DESIGN.md, "API conventions": 404). Reference data is
 * the same for everyone, so saying it does not exist gives nothing away.
 */
@ApplicationException(rollback = true)
public class ReferenceDataNotFoundException extends RuntimeException {

  private final String kind;
  private final long id;

  /**
   * @param kind what was looked for, as a person would say it: "calendar", "establishment"
   */
  public ReferenceDataNotFoundException(String kind, long id) {
    super("No " + kind + " " + id);
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
