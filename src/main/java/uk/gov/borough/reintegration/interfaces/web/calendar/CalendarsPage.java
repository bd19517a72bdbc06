package uk.gov.borough.reintegration.interfaces.web.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.gov.borough.reintegration.application.CalendarAdministration;
import uk.gov.borough.reintegration.application.CalendarAdministration.CalendarDetails;
import uk.gov.borough.reintegration.application.EstablishmentDirectory;
import uk.gov.borough.reintegration.application.ReferenceDataNotFoundException;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.calendar.CalendarPeriod;
import uk.gov.borough.reintegration.domain.model.calendar.PeriodDates;
import uk.gov.borough.reintegration.domain.model.calendar.PeriodKind;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolCalendar;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolDays;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.interfaces.web.PageSteps;

/**
 * The school-day calendars (issue 5, item 8): everyone signed in reads them, PORTAL_ADMIN adds and
 * removes periods and chooses the calendar each establishment counts its school days on. A period
 * is added or removed by replacing the calendar whole with the version the form was read at, as the
 * API does, so a change saved meanwhile is told rather than overwritten.
 */
@Named("calendarsPage")
@RequestScoped
public class CalendarsPage {

  /** The address's parameter naming the calendar shown; the forms send it back under this name. */
  static final String CALENDAR_PARAMETER = "calendar";

  private static final Map<PeriodKind, String> KIND_LABELS = new EnumMap<>(PeriodKind.class);

  static {
    KIND_LABELS.put(PeriodKind.TERM, "Term");
    KIND_LABELS.put(PeriodKind.HALF_TERM, "Half term");
    KIND_LABELS.put(PeriodKind.HOLIDAY, "Holiday");
    KIND_LABELS.put(PeriodKind.BANK_HOLIDAY, "Bank holiday");
    KIND_LABELS.put(PeriodKind.INSET_DAY, "INSET (training) day");
    KIND_LABELS.put(PeriodKind.CLOSURE, "Closure");
  }

  @Inject CalendarAdministration administration;

  @Inject EstablishmentDirectory directory;

  @Inject Caller caller;

  private Long calendarId;
  private Long formVersion;
  // Read once per request: a table asks for its rows more than once while it is drawn
  private List<SchoolCalendar> calendars;
  private SchoolCalendar shown;
  private boolean shownRead;
  private List<CalendarPeriod> periods;
  private List<Establishment> establishments;

  private PeriodKind kind;
  private String label;
  private LocalDate firstDay;
  private LocalDate lastDay;

  private Long establishmentId;
  private Long countOnCalendarId;

  /** Whether the person keeps the calendars: the change forms are theirs. */
  public boolean isAdministrator() {
    return caller.keepsReferenceData();
  }

  /** Every calendar, by name. */
  public List<SchoolCalendar> getCalendars() {
    if (calendars == null) {
      calendars = administration.list();
    }
    return calendars;
  }

  /** The calendar the address names, or null when it names none or one that does not exist. */
  public SchoolCalendar getShown() {
    if (!shownRead) {
      shownRead = true;
      Long id = getCalendarId();
      if (id != null) {
        try {
          shown = administration.open(id);
        } catch (ReferenceDataNotFoundException noSuchCalendar) {
          shown = null;
        }
      }
    }
    return shown;
  }

  /** The address names a calendar that does not exist. */
  public boolean isShownMissing() {
    return getCalendarId() != null && getShown() == null;
  }

  /** The shown calendar's periods in date order. */
  public List<CalendarPeriod> getPeriods() {
    if (periods == null) {
      SchoolCalendar calendar = getShown();
      periods =
          calendar == null
              ? List.of()
              : calendar.getPeriods().stream()
                  .sorted(
                      Comparator.comparing(CalendarPeriod::getFirstDay)
                          .thenComparing(CalendarPeriod::getLastDay)
                          .thenComparing(CalendarPeriod::getLabel))
                  .toList();
    }
    return periods;
  }

  /** The school years the calendar has term dates for, such as "2026/27, 2027/28"; or "none". */
  public String schoolYearsOf(SchoolCalendar calendar) {
    List<String> years = SchoolDays.of(calendar).loadedSchoolYears();
    return years.isEmpty() ? "None" : String.join(", ", years);
  }

  public int periodCountOf(SchoolCalendar calendar) {
    return calendar.getPeriods().size();
  }

  /** The establishments, each with the calendar it counts its school days on. */
  public List<Establishment> getEstablishments() {
    if (establishments == null) {
      establishments = directory.list(Optional.empty());
    }
    return establishments;
  }

  public PeriodKind[] getKinds() {
    return PeriodKind.values();
  }

  /** A kind of period as people say it. */
  public String kindLabel(PeriodKind periodKind) {
    return periodKind == null ? "" : KIND_LABELS.get(periodKind);
  }

  /** Adds the period typed to the shown calendar. */
  public String addPeriod() {
    SchoolCalendar calendar = getShown();
    if (calendar == null) {
      PageSteps.refused("Choose a calendar from the list first.");
      return null;
    }
    if (lastDay.isBefore(firstDay)) {
      FacesContext.getCurrentInstance()
          .addMessage(
              "addPeriod:lastDay",
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  "The period's last day cannot be before its first day",
                  null));
      return null;
    }
    String trimmed = label.trim();
    List<PeriodDates> replacements = new ArrayList<>(datesOf(getPeriods()));
    replacements.add(new PeriodDates(kind, trimmed, firstDay, lastDay));
    return replace(calendar, replacements, "Period added: " + trimmed + ".");
  }

  /** Removes one period from the shown calendar. */
  public String removePeriod(Long periodId) {
    SchoolCalendar calendar = getShown();
    if (calendar == null) {
      PageSteps.refused("Choose a calendar from the list first.");
      return null;
    }
    Optional<CalendarPeriod> removed =
        getPeriods().stream().filter(period -> period.getId().equals(periodId)).findFirst();
    if (removed.isEmpty()) {
      PageSteps.refused(
          "That period is no longer in the calendar: the list below shows it as it is now.");
      return null;
    }
    List<CalendarPeriod> kept =
        getPeriods().stream().filter(period -> !period.getId().equals(periodId)).toList();
    return replace(calendar, datesOf(kept), "Period removed: " + removed.get().getLabel() + ".");
  }

  /** Has the chosen establishment count its school days on the chosen calendar. */
  public String countSchoolDays() {
    String establishment =
        getEstablishments().stream()
            .filter(e -> e.getId().equals(establishmentId))
            .map(Establishment::getName)
            .findFirst()
            .orElse("The establishment");
    String calendar =
        getCalendars().stream()
            .filter(c -> c.getId().equals(countOnCalendarId))
            .map(SchoolCalendar::getName)
            .findFirst()
            .orElse("the calendar chosen");
    return attempt(
        () -> administration.countSchoolDaysOn(caller, establishmentId, countOnCalendarId),
        establishment + " now counts its school days on " + calendar + ".",
        countOnCalendarId);
  }

  private String replace(SchoolCalendar calendar, List<PeriodDates> replacements, String done) {
    SchoolCalendar bankHolidays = calendar.getBankHolidays();
    CalendarDetails details =
        new CalendarDetails(
            calendar.getName(),
            calendar.getSource(),
            calendar.isExample(),
            bankHolidays == null ? null : bankHolidays.getId(),
            replacements);
    long version = getVersion();
    return attempt(
        () -> administration.replace(caller, calendar.getId(), version, details),
        done,
        calendar.getId());
  }

  /** A step through {@link PageSteps}, back to the calendar afterwards. */
  private String attempt(Runnable step, String done, Long calendarToShow) {
    return PageSteps.attempt(
        step,
        done,
        "/calendars?faces-redirect=true&" + CALENDAR_PARAMETER + "=" + calendarToShow,
        () -> formVersion = null);
  }

  private static List<PeriodDates> datesOf(List<CalendarPeriod> periods) {
    return periods.stream()
        .map(
            period ->
                new PeriodDates(
                    period.getKind(), period.getLabel(), period.getFirstDay(), period.getLastDay()))
        .toList();
  }

  /**
   * The calendar named by the address. A form sent from the page carries it back as a request
   * parameter of the same name: it is read from there when a table looks for its rows before the
   * view parameter has reached this bean.
   */
  public Long getCalendarId() {
    if (calendarId == null) {
      String sent =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestParameterMap()
              .get(CALENDAR_PARAMETER);
      if (sent != null && sent.matches("\\d{1,18}")) {
        calendarId = Long.valueOf(sent);
      }
    }
    return calendarId;
  }

  public void setCalendarId(Long calendarId) {
    if (!Objects.equals(this.calendarId, calendarId)) {
      this.shownRead = false;
      this.shown = null;
      this.periods = null;
    }
    this.calendarId = calendarId;
  }

  /** The version of the calendar this form was filled in on, so a later save by another is seen. */
  public Long getVersion() {
    if (formVersion != null) {
      return formVersion;
    }
    SchoolCalendar calendar = getShown();
    return calendar == null ? null : calendar.getVersion();
  }

  public void setVersion(Long version) {
    this.formVersion = version;
  }

  public PeriodKind getKind() {
    return kind;
  }

  public void setKind(PeriodKind kind) {
    this.kind = kind;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public void setFirstDay(LocalDate firstDay) {
    this.firstDay = firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public void setLastDay(LocalDate lastDay) {
    this.lastDay = lastDay;
  }

  public Long getEstablishmentId() {
    return establishmentId;
  }

  public void setEstablishmentId(Long establishmentId) {
    this.establishmentId = establishmentId;
  }

  public Long getCountOnCalendarId() {
    return countOnCalendarId;
  }

  public void setCountOnCalendarId(Long countOnCalendarId) {
    this.countOnCalendarId = countOnCalendarId;
  }
}
