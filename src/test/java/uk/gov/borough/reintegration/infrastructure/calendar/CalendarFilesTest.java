package uk.gov.borough.reintegration.infrastructure.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The order calendar files are imported in. */
class CalendarFilesTest {

  private static CalendarFile file(String name, String bankHolidays) {
    return new CalendarFile(
        name + ".csv", name, "Invented", true, Optional.ofNullable(bankHolidays), 1, List.of(), "");
  }

  @Test
  @DisplayName("A calendar whose bank holidays another takes is imported before that other")
  void bankHolidaysFirst() {
    CalendarFile academy = file("academy", "la");
    CalendarFile la = file("la", "bank holidays");
    CalendarFile bankHolidays = file("bank holidays", null);
    CalendarFile elsewhere = file("elsewhere", "a calendar already in the database");

    assertEquals(
        List.of(bankHolidays, elsewhere, la, academy),
        CalendarFiles.inDependencyOrder(List.of(academy, la, bankHolidays, elsewhere)));
  }

  @Test
  @DisplayName("Files naming each other are still all tried, in their own order")
  void aLoopIsStillTried() {
    CalendarFile one = file("one", "two");
    CalendarFile two = file("two", "one");

    assertEquals(List.of(one, two), CalendarFiles.inDependencyOrder(List.of(one, two)));
  }
}
