package uk.gov.borough.reintegration.domain.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the values a borough overrides, one {@code key=value} per line as in a Java properties file
 * ({@code #} and {@code !} begin a comment), and refuses the whole file on any line it cannot take:
 * a borough that named an override must never run without it.
 */
public final class EditionOverrides {

  private EditionOverrides() {}

  /**
   * The overrides the lines set for the edition.
   *
   * @param source the file's name, as a refusal names it
   * @throws InvalidOverridesException naming each line at fault
   */
  public static Map<String, String> read(String source, PolicyEdition edition, List<String> lines) {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (int number = 1; number <= lines.size(); number++) {
      String line = lines.get(number - 1).strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      String where = source + ", line " + number + ": ";
      int separator = firstSeparator(line);
      if (separator < 0) {
        problems.add(where + "expected key=value, found \"" + line + "\"");
        continue;
      }
      String key = line.substring(0, separator).strip();
      String value = line.substring(separator + 1).strip();
      if (values.containsKey(key)) {
        problems.add(where + key + " is set twice");
        continue;
      }
      try {
        // The edition says what each key takes: one place checks a value, read or kept
        edition.withOverrides(Map.of(key, value));
        values.put(key, value);
      } catch (IllegalArgumentException notTaken) {
        problems.add(where + notTaken.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidOverridesException(problems);
    }
    return values;
  }

  /** The overrides a case keeps, one {@code key=value} per line, as {@link #read} takes them. */
  public static String write(Map<String, String> overrides) {
    StringBuilder lines = new StringBuilder();
    overrides.forEach((key, value) -> lines.append(key).append('=').append(value).append('\n'));
    return lines.toString();
  }

  private static int firstSeparator(String line) {
    int equals = line.indexOf('=');
    int colon = line.indexOf(':');
    return equals < 0 ? colon : colon < 0 ? equals : Math.min(equals, colon);
  }

  /** An override file that cannot be taken, with every line at fault. */
  public static final class InvalidOverridesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    InvalidOverridesException(List<String> problems) {
      super(String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }
}
