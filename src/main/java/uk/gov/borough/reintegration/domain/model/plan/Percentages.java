package uk.gov.borough.reintegration.domain.model.plan;

import java.math.BigDecimal;

/**
 * Attendance and punctuality as a person writes them (issue 18): "94%" and "94.5%", never the
 * stored scale's "94.00%", on a page and in a printed plan alike.
 */
public final class Percentages {

  private Percentages() {}

  /** The percentage, with no trailing zeros; empty where there is none. */
  public static String written(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString() + "%";
  }
}
