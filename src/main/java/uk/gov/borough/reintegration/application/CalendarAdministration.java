package uk.gov.borough.reintegration.application;

import java.util.List;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.calendar.PeriodDates;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolCalendar;
import uk.gov.borough.reintegration.domain.model.party.Establishment;

/**
 * The school-day calendars and which one each establishment counts its school days on (DESIGN.md,
 * "Domain"). Anyone signed in reads them; changing them needs {@code ADMINISTER_REFERENCE_DATA}
 * (PORTAL_ADMIN). The caller is a parameter, never injected: the services outlive a request.
 *
 * @throws PermissionRefusedException from every change, when the caller's role does not carry it
 * @throws ReferenceDataNotFoundException when there is no calendar or establishment with the id
 * @throws InvalidReferenceException when a name is taken or an id in the details names no calendar
 */
public interface CalendarAdministration {

  /** Every calendar, by name. */
  List<SchoolCalendar> list();

  SchoolCalendar open(long calendarId);

  SchoolCalendar create(Caller caller, CalendarDetails details);

  /**
   * Replaces the calendar's name, source, example flag, bank-holiday link and all its periods.
   *
   * @param version the version the caller read
   * @throws StaleVersionException when the calendar was saved since
   */
  SchoolCalendar replace(Caller caller, long calendarId, long version, CalendarDetails details);

  /** Has the establishment count its school days on the calendar from now on. */
  Establishment countSchoolDaysOn(Caller caller, long establishmentId, long calendarId);

  /**
   * A calendar whole, as it is created or replaced.
   *
   * @param bankHolidaysCalendarId the calendar whose bank holidays count here too; null for none
   */
  record CalendarDetails(
      String name,
      String source,
      boolean example,
      Long bankHolidaysCalendarId,
      List<PeriodDates> periods) {}
}
