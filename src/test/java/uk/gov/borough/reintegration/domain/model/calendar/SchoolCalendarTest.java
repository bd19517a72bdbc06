package uk.gov.borough.reintegration.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;

class SchoolCalendarTest {

  @Test
  @DisplayName("DESIGN Domain: every calendar says where its dates come from")
  void sourceIsRequired() {
    assertEquals(
        Set.of("Say where the calendar's dates come from"),
        Fixtures.violations(new SchoolCalendar("Havering LA 2024/25", " ", false, null)));
  }

  @Test
  @DisplayName("DESIGN Domain: a calendar without an establishment is the local authority's")
  void localAuthorityCalendar() {
    assertTrue(
        new SchoolCalendar("LA", "Borough term dates", false, null).isLocalAuthorityCalendar());
    assertFalse(
        new SchoolCalendar("Academy", "Academy website", false, Fixtures.oliveAcademy())
            .isLocalAuthorityCalendar());
  }

  @Test
  @DisplayName("DESIGN Domain: a period's last day is not before its first day")
  void periodDaysInOrder() {
    SchoolCalendar calendar = new SchoolCalendar("Example", "Invented for the demo", true, null);
    calendar.addPeriod(
        PeriodKind.HALF_TERM,
        "Autumn half term",
        LocalDate.of(2024, 10, 28),
        LocalDate.of(2024, 11, 1));
    assertEquals(Set.of(), Fixtures.violations(calendar));

    calendar.addPeriod(
        PeriodKind.INSET_DAY, "INSET", LocalDate.of(2024, 11, 4), LocalDate.of(2024, 11, 3));
    assertEquals(
        Set.of("The period's last day cannot be before its first day"),
        Fixtures.violations(calendar));
    assertEquals(2, calendar.getPeriods().size());
  }
}
