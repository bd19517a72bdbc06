package uk.gov.borough.reintegration.infrastructure.calendar;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.gov.borough.reintegration.domain.model.calendar.PeriodDates;
import uk.gov.borough.reintegration.domain.model.calendar.PeriodKind;

/**
 * One school-day calendar as a borough keeps it in a file (config/calendars/README.md): UTF-8 CSV,
 * header lines {@code # name:}, {@code # source:}, {@code # example:} and {@code # bank-holidays:},
 * then a row {@code kind,first_day,last_day,label} per period.
 *
 * <p>Read in plain Java before anything reaches the database, so that a bad file is refused whole
 * with every wrong line named, and the dates a borough loads always say where they come from.
 *
 * @param fileName the file's own name, for messages
 * @param bankHolidays the name of the calendar whose bank holidays count here too
 * @param bankHolidaysLine the line naming it, for a message about it; 0 when there is none
 * @param checksum SHA-256 of the file's bytes, in hex: an unchanged file is not imported again
 */
public record CalendarFile(
    String fileName,
    String name,
    String source,
    boolean example,
    Optional<String> bankHolidays,
    int bankHolidaysLine,
    List<PeriodDates> periods,
    String checksum) {

  /** The column names, which a file may give as its first row. */
  private static final String COLUMNS = "kind,first_day,last_day,label";

  // The entity's limits, checked here so that a file is refused with its line, not by the database
  private static final int MAX_NAME = 200;
  private static final int MAX_SOURCE = 1000;
  private static final int MAX_LABEL = 200;

  private static final Pattern HEADER = Pattern.compile("#\\s*([A-Za-z-]+)\\s*:(.*)");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final String KINDS =
      Arrays.stream(PeriodKind.values()).map(Enum::name).collect(Collectors.joining(", "));

  public CalendarFile {
    periods = List.copyOf(periods);
  }

  /**
   * @throws CalendarFileException if the file cannot be read or anything in it is wrong
   */
  public static CalendarFile read(Path file) {
    String fileName = file.getFileName().toString();
    try {
      return parse(fileName, Files.readAllBytes(file));
    } catch (IOException e) {
      throw CalendarFileException.atLine(fileName, 0, "cannot be read");
    }
  }

  /**
   * @param fileName the name messages give the file
   * @throws CalendarFileException naming each wrong line
   */
  public static CalendarFile parse(String fileName, byte[] content) {
    return new Reader(fileName).read(content);
  }

  /** One pass over a file, collecting every problem before refusing it. */
  private static final class Reader {

    private final String fileName;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> headers = new HashMap<>();
    private final Map<String, Integer> headerLines = new HashMap<>();
    private final List<PeriodDates> periods = new ArrayList<>();
    private int rows;

    Reader(String fileName) {
      this.fileName = fileName;
    }

    CalendarFile read(byte[] content) {
      List<String> lines = lines(content);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty()) {
          continue;
        }
        if (line.startsWith("#")) {
          header(i + 1, line);
        } else {
          row(i + 1, line);
        }
      }
      String name = required("name", MAX_NAME);
      String source = required("source", MAX_SOURCE);
      boolean example = example();
      Optional<String> bankHolidays = bankHolidays(name);
      if (rows == 0) {
        problem(0, "lists no periods; add a row " + COLUMNS + " for each");
      }
      if (!problems.isEmpty()) {
        throw new CalendarFileException(problems);
      }
      return new CalendarFile(
          fileName,
          name,
          source,
          example,
          bankHolidays,
          headerLines.getOrDefault("bank-holidays", 0),
          periods,
          checksum(content));
    }

    /**
     * The lines, each decoded strictly: a byte that is not UTF-8 is refused on its own line. A
     * newline byte is never part of another UTF-8 character, so splitting on it first is safe.
     */
    private List<String> lines(byte[] content) {
      List<String> lines = new ArrayList<>();
      int start = 0;
      for (int i = 0; i <= content.length; i++) {
        if (i == content.length || content[i] == '\n') {
          lines.add(decode(lines.size() + 1, Arrays.copyOfRange(content, start, i)));
          start = i + 1;
        }
      }
      // A byte-order mark, as spreadsheet programs write, is not part of the first line
      if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
        lines.set(0, lines.get(0).substring(1));
      }
      return lines;
    }

    private String decode(int lineNumber, byte[] line) {
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(line))
            .toString();
      } catch (CharacterCodingException e) {
        problem(lineNumber, "is not UTF-8 text; save the file as UTF-8");
        return "";
      }
    }

    /** A header line gives one of the known keys; any other line starting with # is a comment. */
    private void header(int lineNumber, String line) {
      Matcher header = HEADER.matcher(line);
      if (!header.matches()) {
        return;
      }
      String key = header.group(1).toLowerCase(Locale.ROOT);
      if (!List.of("name", "source", "example", "bank-holidays").contains(key)) {
        return;
      }
      if (headers.containsKey(key)) {
        problem(lineNumber, key + " is given twice (first on line " + headerLines.get(key) + ")");
        return;
      }
      headers.put(key, header.group(2).strip());
      headerLines.put(key, lineNumber);
    }

    private void row(int lineNumber, String line) {
      if (rows == 0 && line.replace(" ", "").equalsIgnoreCase(COLUMNS)) {
        return;
      }
      rows++;
      // The label is the last field, so it may itself hold commas
      String[] fields = line.split(",", 4);
      if (fields.length < 4) {
        problem(lineNumber, "a row has four fields: " + COLUMNS);
        return;
      }
      PeriodKind kind = kind(lineNumber, fields[0].strip());
      LocalDate firstDay = date(lineNumber, fields[1].strip(), "first day");
      LocalDate lastDay = date(lineNumber, fields[2].strip(), "last day");
      String label = fields[3].strip();
      if (firstDay != null && lastDay != null && lastDay.isBefore(firstDay)) {
        problem(lineNumber, "the last day is before the first day");
      }
      if (label.isEmpty()) {
        problem(lineNumber, "the label is missing");
      } else if (label.length() > MAX_LABEL) {
        problem(lineNumber, "the label is longer than " + MAX_LABEL + " characters");
      }
      if (kind != null && firstDay != null && lastDay != null) {
        periods.add(new PeriodDates(kind, label, firstDay, lastDay));
      }
    }

    private PeriodKind kind(int lineNumber, String kind) {
      try {
        return PeriodKind.valueOf(kind);
      } catch (IllegalArgumentException e) {
        problem(lineNumber, "the kind is not one of " + KINDS);
        return null;
      }
    }

    private LocalDate date(int lineNumber, String date, String which) {
      try {
        if (ISO_DATE.matcher(date).matches()) {
          return LocalDate.parse(date);
        }
      } catch (DateTimeParseException e) {
        // a day that does not exist, such as 2026-02-30: refused below like any other bad date
      }
      problem(lineNumber, "the " + which + " is not a real date written YYYY-MM-DD");
      return null;
    }

    private String required(String key, int maxLength) {
      String value = headers.get(key);
      if (value == null) {
        problem(0, "the " + key + " is missing; add a line \"# " + key + ": ...\" at the top");
      } else if (value.isEmpty()) {
        problem(headerLines.get(key), "the " + key + " is empty");
      } else if (value.length() > maxLength) {
        problem(
            headerLines.get(key), "the " + key + " is longer than " + maxLength + " characters");
      }
      return value;
    }

    private boolean example() {
      String value = headers.getOrDefault("example", "false");
      if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
        problem(headerLines.get("example"), "example is true or false");
      }
      return value.equalsIgnoreCase("true");
    }

    private Optional<String> bankHolidays(String name) {
      String value = headers.get("bank-holidays");
      if (value == null) {
        return Optional.empty();
      }
      int lineNumber = headerLines.get("bank-holidays");
      if (value.isEmpty()) {
        problem(lineNumber, "bank-holidays names no calendar; remove the line or name one");
      } else if (value.equals(name)) {
        problem(lineNumber, "a calendar cannot take its bank holidays from itself");
      }
      return Optional.of(value);
    }

    private void problem(int lineNumber, String problem) {
      problems.add(CalendarFileException.where(fileName, lineNumber) + problem);
    }
  }

  private static String checksum(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
