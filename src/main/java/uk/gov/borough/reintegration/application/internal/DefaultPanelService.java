package uk.gov.borough.reintegration.application.internal;

import static uk.gov.borough.reintegration.domain.model.access.Permission.DECIDE_AT_PANEL;
import static uk.gov.borough.reintegration.domain.model.access.Permission.VIEW_CASES;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.gov.borough.reintegration.application.InvalidReferenceException;
import uk.gov.borough.reintegration.application.PanelService;
import uk.gov.borough.reintegration.application.PanelService.Decision;
import uk.gov.borough.reintegration.application.RecordConflictException;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.audit.AuditEntry;
import uk.gov.borough.reintegration.domain.model.audit.AuditKind;
import uk.gov.borough.reintegration.domain.model.audit.AuditTrail;
import uk.gov.borough.reintegration.domain.model.calendar.CalendarRepository;
import uk.gov.borough.reintegration.domain.model.calendar.PeriodKind;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolDays;
import uk.gov.borough.reintegration.domain.model.calendar.UkDateFormat;
import uk.gov.borough.reintegration.domain.model.cases.CaseRepository;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.hearing.HearingDecision;
import uk.gov.borough.reintegration.domain.model.hearing.HearingRepository;
import uk.gov.borough.reintegration.domain.model.hearing.IyfapHearing;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.policy.Step;

@Stateless
@Interceptors({RefusalsRecorded.class, WrittenBeforeReturn.class})
public class DefaultPanelService implements PanelService {

  @Inject CaseAccess access;

  @Inject CaseRepository cases;

  @Inject HearingRepository hearings;

  @Inject DeadlinePlanner deadlines;

  @Inject Notifications notifications;

  @Inject CaseSteps steps;

  @Inject AuditTrail auditTrail;

  @Inject CalendarRepository calendars;

  @Override
  public IyfapHearing scheduleHearing(Caller caller, LocalDate panelDate, String agendaNotes) {
    access.require(caller, null, DECIDE_AT_PANEL);
    if (panelDate != null) {
      requireWorkingDayToCome(panelDate);
    }
    IyfapHearing hearing = new IyfapHearing(panelDate);
    hearing.writeAgendaNotes(agendaNotes);
    return hearings.store(hearing);
  }

  @Override
  public void recordPanelPack(Caller caller, Long hearingId, List<Long> caseIds) {
    access.require(caller, null, DECIDE_AT_PANEL);
    JsonArrayBuilder listed = Json.createArrayBuilder();
    caseIds.forEach(listed::add);
    auditTrail.append(
        AuditEntry.by(
            caller,
            AuditKind.EXPORTED,
            "IyfapHearing",
            hearingId,
            null,
            Json.createObjectBuilder()
                .add("format", "pdf")
                .add("what", "agenda and panel pack")
                .add("cases", listed)
                .build()
                .toString()));
  }

  /**
   * A panel sits on a working day still to come (issue 18): not in the past, where it would never
   * be listed, nor at a weekend or on a bank holiday. The panel is the borough's, so no one
   * school's calendar says more.
   */
  private void requireWorkingDayToCome(LocalDate panelDate) {
    String day = UkDateFormat.DATE.format(panelDate);
    if (panelDate.isBefore(steps.now().toLocalDate())) {
      throw new InvalidReferenceException(
          "panelDate", day + " has passed: schedule the hearing for today or a day to come");
    }
    if (panelDate.getDayOfWeek() == DayOfWeek.SATURDAY
        || panelDate.getDayOfWeek() == DayOfWeek.SUNDAY) {
      throw new InvalidReferenceException(
          "panelDate", day + " is at a weekend: the panel sits on a weekday");
    }
    calendars.findAll().stream()
        .flatMap(calendar -> calendar.getPeriods().stream())
        .filter(period -> period.getKind() == PeriodKind.BANK_HOLIDAY)
        .filter(holiday -> holiday.covers(panelDate))
        .findFirst()
        .ifPresent(
            holiday -> {
              throw new InvalidReferenceException(
                  "panelDate",
                  day + " is a bank holiday (" + holiday.getLabel() + "): choose a working day");
            });
  }

  @Override
  public Map<Long, Long> placedThisSchoolYear(Caller caller) {
    access.require(caller, null, DECIDE_AT_PANEL);
    return hearings.placedSince(SchoolDays.firstDayOfSchoolYear(steps.today()));
  }

  @Override
  public List<IyfapHearing> hearingsFrom(Caller caller, LocalDate day) {
    access.require(caller, null, VIEW_CASES);
    return hearings.from(day);
  }

  @Override
  public ReintegrationCase listAtHearing(Caller caller, long caseId, long version, long hearingId) {
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.LIST_AT_HEARING);
    IyfapHearing hearing = hearing("hearingId", hearingId);
    // The panel decides on a case once at each hearing (P4): a deferred case goes to a later one
    if (cases.recordsOf(c, HearingDecision.class).stream()
        .anyMatch(decided -> decided.getHearing().getId().equals(hearing.getId()))) {
      throw new RecordConflictException(
          "hearingId",
          "The panel of "
              + UkDateFormat.DATE.format(hearing.getPanelDate())
              + " has already decided on this case: list it at a later hearing.");
    }
    c.listAt(hearing);
    steps.move(
        c,
        Step.LIST_AT_HEARING,
        caller,
        "Listed at the hearing of " + UkDateFormat.DATE.format(hearing.getPanelDate()));
    return c;
  }

  @Override
  public ReintegrationCase decide(Caller caller, long caseId, long version, Decision decision) {
    ReintegrationCase c =
        steps.forStep(
            caller,
            caseId,
            version,
            switch (decision.outcome()) {
              case RATIFIED -> Step.RATIFY;
              case DEFERRED -> Step.DEFER;
              case DECLINED -> Step.DECLINE;
            });
    IyfapHearing hearing = c.getListedHearing();
    if (hearing == null) {
      throw new InvalidReferenceException("hearingId", "List the case at a hearing first");
    }
    HearingDecision recorded =
        switch (decision.outcome()) {
          case RATIFIED -> {
            Establishment receiving =
                steps.establishment(
                    "receivingSchoolId",
                    required(
                        "receivingSchoolId",
                        decision.receivingSchoolId(),
                        "Choose the school the panel names to receive the pupil"));
            c.nameReceivingSchool(receiving);
            yield HearingDecision.ratified(c, hearing, receiving, steps.now(), caller.name());
          }
          case DEFERRED -> {
            IyfapHearing later =
                hearing(
                    "laterHearingId",
                    required(
                        "laterHearingId",
                        decision.laterHearingId(),
                        "Choose the later hearing the case is deferred to"));
            if (!later.getPanelDate().isAfter(hearing.getPanelDate())) {
              throw new InvalidReferenceException(
                  "laterHearingId", "Defer to a hearing after the one that heard the case");
            }
            yield HearingDecision.deferred(
                c, hearing, later, decision.reasons(), steps.now(), caller.name());
          }
          case DECLINED -> {
            yield HearingDecision.declined(
                c, hearing, decision.reasons(), steps.now(), caller.name());
          }
        };
    if (!recorded.isReasonGivenWhenDeferredOrDeclined()) {
      throw new InvalidReferenceException("reasons", "Give the panel's reasons");
    }
    cases.add(recorded);
    switch (decision.outcome()) {
      case RATIFIED -> {
        steps.move(c, Step.RATIFY, caller, "Ratified at IYFAP");
        deadlines.planAfterHearing(c, hearing);
      }
      case DEFERRED -> {
        steps.move(c, Step.DEFER, caller, decision.reasons());
        c.listAt(recorded.getDeferredTo());
      }
      case DECLINED -> steps.move(c, Step.DECLINE, caller, decision.reasons());
    }
    notifications.hearingDecided(c, recorded);
    return c;
  }

  private IyfapHearing hearing(String field, long id) {
    return hearings
        .find(id)
        .orElseThrow(() -> new InvalidReferenceException(field, "No hearing has that id"));
  }

  /** The id given; refused with the message, in the form's words, when none is. */
  private static long required(String field, Long id, String message) {
    if (id == null) {
      throw new InvalidReferenceException(field, message);
    }
    return id;
  }
}
