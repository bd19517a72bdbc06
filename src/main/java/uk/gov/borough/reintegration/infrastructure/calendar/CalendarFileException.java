package uk.gov.borough.reintegration.infrastructure.calendar;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A calendar file that cannot be imported: each problem names the file and, where there is one, the
 * line. Nothing of the file is imported; the messages say where it is wrong and never echo what it
 * holds.
 */
@ApplicationException(rollback = true)
public class CalendarFileException extends RuntimeException {

  private final List<String> problems;

  public CalendarFileException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** One problem on one line of the file. */
  public static CalendarFileException atLine(String fileName, int line, String problem) {
    return new CalendarFileException(List.of(where(fileName, line) + problem));
  }

  /** "bank-holidays.csv, line 12: ", or "bank-holidays.csv: " for the file as a whole. */
  static String where(String fileName, int line) {
    return line > 0 ? fileName + ", line " + line + ": " : fileName + ": ";
  }

  public List<String> problems() {
    return problems;
  }
}
