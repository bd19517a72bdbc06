package uk.gov.borough.reintegration.interfaces.rest.calendar;

import java.time.LocalDate;
import java.util.List;
import uk.gov.borough.reintegration.domain.model.calendar.CalendarPeriod;
import uk.gov.borough.reintegration.domain.model.calendar.PeriodKind;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolCalendar;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolDays;
import uk.gov.borough.reintegration.domain.model.party.Establishment;

/** Calendars as the API shows them. */
public final class CalendarViews {

  private CalendarViews() {}

  /**
   * A calendar: in a list without its periods (left out of the JSON), opened with them.
   *
   * @param establishmentUrn the school's DfE URN when the calendar is a school's own
   * @param schoolYears the school years with term dates loaded, such as "2026/27"
   */
  public record CalendarView(
      long id,
      long version,
      String name,
      String source,
      boolean example,
      String establishmentUrn,
      Long bankHolidaysCalendarId,
      String bankHolidaysCalendar,
      List<String> schoolYears,
      List<PeriodView> periods) {

    static CalendarView summaryOf(SchoolCalendar calendar) {
      return of(calendar, null);
    }

    static CalendarView detailOf(SchoolCalendar calendar) {
      return of(calendar, calendar.getPeriods().stream().map(PeriodView::of).toList());
    }

    private static CalendarView of(SchoolCalendar calendar, List<PeriodView> periods) {
      SchoolCalendar bankHolidays = calendar.getBankHolidays();
      return new CalendarView(
          calendar.getId(),
          calendar.getVersion(),
          calendar.getName(),
          calendar.getSource(),
          calendar.isExample(),
          calendar.isLocalAuthorityCalendar() ? null : calendar.getEstablishment().getUrn(),
          bankHolidays == null ? null : bankHolidays.getId(),
          bankHolidays == null ? null : bankHolidays.getName(),
          SchoolDays.of(calendar).loadedSchoolYears(),
          periods);
    }
  }

  /** A period, in the same shape a calendar is sent in. */
  public record PeriodView(PeriodKind kind, String label, LocalDate firstDay, LocalDate lastDay) {

    static PeriodView of(CalendarPeriod period) {
      return new PeriodView(
          period.getKind(), period.getLabel(), period.getFirstDay(), period.getLastDay());
    }
  }

  /** Which calendar an establishment counts its school days on. */
  public record EstablishmentCalendarView(
      long establishmentId, String establishment, long calendarId, String calendar) {

    static EstablishmentCalendarView of(Establishment establishment) {
      return new EstablishmentCalendarView(
          establishment.getId(),
          establishment.getName(),
          establishment.getCalendar().getId(),
          establishment.getCalendar().getName());
    }
  }
}
