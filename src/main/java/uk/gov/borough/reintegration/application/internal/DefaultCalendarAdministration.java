package uk.gov.borough.reintegration.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import uk.gov.borough.reintegration.application.CalendarAdministration;
import uk.gov.borough.reintegration.application.InvalidReferenceException;
import uk.gov.borough.reintegration.application.ReferenceDataNotFoundException;
import uk.gov.borough.reintegration.application.StaleVersionException;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.calendar.CalendarRepository;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolCalendar;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentRepository;

@Stateless
public class DefaultCalendarAdministration implements CalendarAdministration {

  private static final String CALENDAR = "calendar";

  @Inject CalendarRepository calendars;

  @Inject EstablishmentRepository establishments;

  @Inject ReferenceDataAccess referenceData;

  @Override
  public List<SchoolCalendar> list() {
    return calendars.findAll();
  }

  @Override
  public SchoolCalendar open(long calendarId) {
    return calendars
        .find(calendarId)
        .orElseThrow(() -> new ReferenceDataNotFoundException(CALENDAR, calendarId));
  }

  @Override
  public SchoolCalendar create(Caller caller, CalendarDetails details) {
    referenceData.require(caller, SchoolCalendar.class, null);
    requireNameFree(details.name(), null);
    SchoolCalendar calendar =
        new SchoolCalendar(details.name(), details.source(), details.example(), null);
    fill(calendar, details);
    return calendars.store(calendar);
  }

  @Override
  public SchoolCalendar replace(
      Caller caller, long calendarId, long version, CalendarDetails details) {
    referenceData.require(caller, SchoolCalendar.class, calendarId);
    SchoolCalendar calendar = open(calendarId);
    if (calendar.getVersion() != version) {
      throw new StaleVersionException(CALENDAR, calendarId);
    }
    requireNameFree(details.name(), calendarId);
    calendar.describe(details.name(), details.source(), details.example());
    fill(calendar, details);
    try {
      return calendars.store(calendar);
    } catch (OptimisticLockException savedMeanwhile) {
      throw new StaleVersionException(CALENDAR, calendarId);
    }
  }

  @Override
  public Establishment countSchoolDaysOn(Caller caller, long establishmentId, long calendarId) {
    referenceData.require(caller, Establishment.class, establishmentId);
    Establishment establishment =
        establishments
            .find(establishmentId)
            .orElseThrow(
                () -> new ReferenceDataNotFoundException("establishment", establishmentId));
    establishment.useCalendar(
        calendars
            .find(calendarId)
            .orElseThrow(
                () ->
                    new InvalidReferenceException(
                        "calendarId", "There is no calendar " + calendarId + ": choose another")));
    return establishments.store(establishment);
  }

  private void fill(SchoolCalendar calendar, CalendarDetails details) {
    Long bankHolidaysId = details.bankHolidaysCalendarId();
    if (bankHolidaysId != null && bankHolidaysId.equals(calendar.getId())) {
      throw new InvalidReferenceException(
          "bankHolidaysCalendarId", "A calendar cannot take its bank holidays from itself");
    }
    calendar.takeBankHolidaysFrom(
        bankHolidaysId == null
            ? null
            : calendars
                .find(bankHolidaysId)
                .orElseThrow(
                    () ->
                        new InvalidReferenceException(
                            "bankHolidaysCalendarId",
                            "There is no calendar " + bankHolidaysId + ": choose another")));
    calendar.replacePeriods(details.periods());
  }

  /** A file finds its calendar by name, so two calendars never share one. */
  private void requireNameFree(String name, Long calendarId) {
    calendars
        .findByName(name)
        .filter(other -> !other.getId().equals(calendarId))
        .ifPresent(
            other -> {
              throw new InvalidReferenceException(
                  "name", "Another calendar is already called that: choose another name");
            });
  }
}
