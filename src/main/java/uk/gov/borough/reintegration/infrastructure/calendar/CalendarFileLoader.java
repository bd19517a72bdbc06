package uk.gov.borough.reintegration.infrastructure.calendar;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import uk.gov.borough.reintegration.domain.model.calendar.CalendarRepository;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolCalendar;

/**
 * Loads one calendar file into the calendar of the same name, in a transaction of its own, so that
 * a file that fails leaves the others and its own calendar as they were.
 */
@Stateless
public class CalendarFileLoader {

  /** What loading a file did. */
  public enum Outcome {
    CREATED,
    REPLACED,
    /** The file is the one last imported: edits made since through the API stay. */
    UNCHANGED
  }

  @Inject CalendarRepository calendars;

  /**
   * @throws CalendarFileException if the calendar it takes its bank holidays from does not exist
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Outcome load(CalendarFile file) {
    Optional<SchoolCalendar> existing = calendars.findByName(file.name());
    if (existing
        .map(SchoolCalendar::getImportedChecksum)
        .filter(file.checksum()::equals)
        .isPresent()) {
      return Outcome.UNCHANGED;
    }
    SchoolCalendar bankHolidays =
        file.bankHolidays()
            .map(
                name ->
                    calendars
                        .findByName(name)
                        .orElseThrow(
                            () ->
                                CalendarFileException.atLine(
                                    file.fileName(),
                                    file.bankHolidaysLine(),
                                    "no calendar has the name bank-holidays gives; import that"
                                        + " calendar too, or correct the name")))
            .orElse(null);
    SchoolCalendar calendar =
        existing.orElseGet(
            () -> new SchoolCalendar(file.name(), file.source(), file.example(), null));
    calendar.describe(file.name(), file.source(), file.example());
    calendar.takeBankHolidaysFrom(bankHolidays);
    calendar.replacePeriods(file.periods());
    calendar.importedFrom(file.checksum());
    calendars.store(calendar);
    return existing.isPresent() ? Outcome.REPLACED : Outcome.CREATED;
  }
}
