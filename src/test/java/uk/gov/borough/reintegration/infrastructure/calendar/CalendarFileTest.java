package uk.gov.borough.reintegration.infrastructure.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.calendar.PeriodDates;
import uk.gov.borough.reintegration.domain.model.calendar.PeriodKind;

/** Reading the borough's calendar files (config/calendars/README.md), and refusing bad ones. */
class CalendarFileTest {

  private static final String HEADERS =
      """
      # An EXAMPLE calendar, invented for the tests.
      # name: EXAMPLE academy 2026/27
      # source: Invented for the tests
      # example: true
      # bank-holidays: Bank holidays, England and Wales
      """;

  private static CalendarFile parse(String text) {
    return CalendarFile.parse("example.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> problems(String text) {
    return assertThrows(CalendarFileException.class, () -> parse(text)).problems();
  }

  @Test
  @DisplayName("A file gives the calendar's name, source, example flag, bank holidays and periods")
  void readsAWholeFile() {
    CalendarFile file =
        parse(
            HEADERS
                + """
                kind,first_day,last_day,label
                TERM,2026-09-03,2026-12-16,Autumn term 2026
                HALF_TERM, 2026-10-19 , 2026-10-23 ,Autumn half term, as the academy writes it

                CLOSURE,2026-11-05,2026-11-05,Polling station
                """);

    assertEquals("EXAMPLE academy 2026/27", file.name());
    assertEquals("Invented for the tests", file.source());
    assertTrue(file.example());
    assertEquals(Optional.of("Bank holidays, England and Wales"), file.bankHolidays());
    assertEquals(5, file.bankHolidaysLine());
    assertEquals(
        List.of(
            new PeriodDates(
                PeriodKind.TERM,
                "Autumn term 2026",
                LocalDate.of(2026, 9, 3),
                LocalDate.of(2026, 12, 16)),
            new PeriodDates(
                PeriodKind.HALF_TERM,
                "Autumn half term, as the academy writes it",
                LocalDate.of(2026, 10, 19),
                LocalDate.of(2026, 10, 23)),
            new PeriodDates(
                PeriodKind.CLOSURE,
                "Polling station",
                LocalDate.of(2026, 11, 5),
                LocalDate.of(2026, 11, 5))),
        file.periods());
    assertEquals(64, file.checksum().length(), "SHA-256 in hex");
  }

  @Test
  @DisplayName(
      "Example is false unless said; the column names, CRLF and a byte-order mark are fine")
  void defaultsAndSpreadsheetHabits() {
    CalendarFile file =
        parse(
            "\uFEFF# name: Bank holidays\r\n# source: GOV.UK\r\n"
                + "KIND, first_day, last_day, label\r\n"
                + "BANK_HOLIDAY,2026-12-25,2026-12-25,Christmas Day\r\n");

    assertEquals("Bank holidays", file.name());
    assertFalse(file.example());
    assertEquals(Optional.empty(), file.bankHolidays());
    assertEquals(1, file.periods().size());
    assertEquals("Christmas Day", file.periods().get(0).label());
  }

  @Test
  @DisplayName("The checksum changes with the file, so only a changed file is imported again")
  void checksumFollowsTheContent() {
    String text = HEADERS + "TERM,2026-09-03,2026-12-16,Autumn term\n";

    String checksum = parse(text).checksum();
    assertTrue(checksum.matches("[0-9a-f]{64}"), "a SHA-256 in hex: " + checksum);
    assertEquals(checksum, parse(new StringBuilder(text).toString()).checksum(), "the same file");
    assertNotEquals(
        parse(text).checksum(),
        parse(text.replace("2026-12-16", "2026-12-17")).checksum(),
        "one day moved");
  }

  @Test
  @DisplayName("Each bad row is refused with the file and its line, never its contents")
  void badRowsNameTheirLines() {
    List<String> problems =
        problems(
            HEADERS
                + """
                TERMS,2026-09-03,2026-12-16,Autumn term
                TERM,03/09/2026,2026-12-16,Autumn term
                TERM,2026-02-30,2026-03-02,No such day
                HALF_TERM,2026-10-23,2026-10-19,Backwards
                INSET_DAY,2026-11-02,2026-11-02,
                CLOSURE,2026-11-05
                """);

    assertEquals(
        List.of(
            "example.csv, line 6: the kind is not one of TERM, HALF_TERM, HOLIDAY, BANK_HOLIDAY,"
                + " INSET_DAY, CLOSURE",
            "example.csv, line 7: the first day is not a real date written YYYY-MM-DD",
            "example.csv, line 8: the first day is not a real date written YYYY-MM-DD",
            "example.csv, line 9: the last day is before the first day",
            "example.csv, line 10: the label is missing",
            "example.csv, line 11: a row has four fields: kind,first_day,last_day,label"),
        problems);
    assertFalse(String.join(" ", problems).contains("TERMS"), "values are not echoed");
  }

  @Test
  @DisplayName("A file without a name or a source is refused: every date says where it comes from")
  void nameAndSourceAreRequired() {
    assertEquals(
        List.of(
            "example.csv: the name is missing; add a line \"# name: ...\" at the top",
            "example.csv: the source is missing; add a line \"# source: ...\" at the top"),
        problems("TERM,2026-09-03,2026-12-16,Autumn term\n"));
    assertEquals(
        List.of("example.csv, line 2: the source is empty"),
        problems("# name: EXAMPLE\n# source:  \nTERM,2026-09-03,2026-12-16,Autumn term\n"));
  }

  @Test
  @DisplayName("Headers given twice, a bad example flag, or bank holidays from itself are refused")
  void badHeaders() {
    assertEquals(
        List.of(
            "example.csv, line 3: name is given twice (first on line 1)",
            "example.csv, line 4: example is true or false",
            "example.csv, line 5: a calendar cannot take its bank holidays from itself"),
        problems(
            """
            # name: EXAMPLE
            # source: Invented
            # Name: EXAMPLE again
            # example: yes
            # bank-holidays: EXAMPLE
            TERM,2026-09-03,2026-12-16,Autumn term
            """));
  }

  @Test
  @DisplayName("A file with no periods, or not in UTF-8, is refused")
  void emptyOrNotUtf8() {
    assertEquals(
        List.of("example.csv: lists no periods; add a row kind,first_day,last_day,label for each"),
        problems("# name: EXAMPLE\n# source: Invented\nkind,first_day,last_day,label\n"));

    byte[] latin1 =
        "# name: EXAMPLE\n# source: Invented\nTERM,2026-09-03,2026-12-16,Trimestre d'automne \u00e9t\u00e9\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    CalendarFileException refused =
        assertThrows(CalendarFileException.class, () -> CalendarFile.parse("latin.csv", latin1));
    assertTrue(
        refused.problems().contains("latin.csv, line 3: is not UTF-8 text; save the file as UTF-8"),
        refused.problems().toString());
  }

  @Test
  @DisplayName("The files shipped in config/calendars are valid, with real dates and their sources")
  void shippedFiles() {
    CalendarFile bankHolidays =
        CalendarFile.read(Path.of("config", "calendars", "bank-holidays-england-and-wales.csv"));
    CalendarFile havering =
        CalendarFile.read(Path.of("config", "calendars", "havering-la-2024-25.csv"));

    assertEquals("Bank holidays, England and Wales", bankHolidays.name());
    assertTrue(bankHolidays.source().startsWith("GOV.UK"), bankHolidays.source());
    assertFalse(bankHolidays.example());
    assertEquals(67, bankHolidays.periods().size(), "eight or so a year, 2020 to 2027");
    assertTrue(bankHolidays.periods().stream().allMatch(p -> p.kind() == PeriodKind.BANK_HOLIDAY));
    assertEquals("Havering LA term dates 2024/25", havering.name());
    assertEquals(Optional.of(bankHolidays.name()), havering.bankHolidays());
    assertFalse(havering.example());
    assertEquals(3, havering.periods().stream().filter(p -> p.kind() == PeriodKind.TERM).count());
  }
}
