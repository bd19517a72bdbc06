package uk.gov.borough.reintegration.domain.model.calendar;

import java.util.List;
import java.util.Optional;

/**
 * The school-day calendars: reference data, the same for every caller. A name names one calendar,
 * so a calendar file finds the calendar it replaces by name.
 */
public interface CalendarRepository {

  /** Every calendar, by name. */
  List<SchoolCalendar> findAll();

  Optional<SchoolCalendar> find(long id);

  Optional<SchoolCalendar> findByName(String name);

  /**
   * Saves a new calendar, or a change to one, and moves its version on even when only its periods
   * changed, so that a change saved meanwhile is never silently overwritten.
   */
  SchoolCalendar store(SchoolCalendar calendar);
}
