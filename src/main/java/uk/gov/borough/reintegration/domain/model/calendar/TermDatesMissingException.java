package uk.gov.borough.reintegration.domain.model.calendar;

/**
 * A date was needed in a school year whose term dates are not loaded: the step is refused rather
 * than the date guessed (DESIGN.md, "Domain": school-day calendar). The message names the calendar
 * and the school year to load.
 */
public class TermDatesMissingException extends RuntimeException {

  private final String schoolYear;

  public TermDatesMissingException(String calendar, String schoolYear) {
    super(
        "No term dates are loaded for the "
            + schoolYear
            + " school year on the calendar \""
            + calendar
            + "\". Load that year's term dates (Admin, calendars) and try again.");
    this.schoolYear = schoolYear;
  }

  /** The school year, as schools write it: "2027/28". */
  public String schoolYear() {
    return schoolYear;
  }
}
