package uk.gov.borough.reintegration.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolCalendar;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolDays;
import uk.gov.borough.reintegration.domain.model.calendar.TermDatesMissingException;
import uk.gov.borough.reintegration.domain.model.cases.CaseRepository;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.deadline.DeadlineKind;
import uk.gov.borough.reintegration.domain.model.hearing.HearingRepository;
import uk.gov.borough.reintegration.domain.model.hearing.IyfapHearing;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.Lead;
import uk.gov.borough.reintegration.domain.model.plan.IdealPhasedReturn;
import uk.gov.borough.reintegration.domain.model.plan.PhasedReturnWeek;

/**
 * Counts the policy's dates on the two clocks (DESIGN.md, "Two clocks") and stores them as the
 * case's deadlines: plan weeks on the AP's calendar from the AP start; school days after the
 * hearing and placement weeks from the start on the receiving school's calendar.
 */
@ApplicationScoped
public class DeadlinePlanner {

  /** "Within 10 school days after the hearing" (P4, R6 and R8). */
  static final int SCHOOL_DAYS_AFTER_HEARING = 10;

  /** The 4-week review is the end of plan week 4 (P7). */
  static final int REVIEW_PLAN_WEEK = 4;

  /** "6 weeks in the first instance" before the placement is judged (P5, R9). */
  static final int FIRST_JUDGEMENT_WEEKS = 6;

  @Inject CaseRepository cases;

  @Inject HearingRepository hearings;

  /**
   * From the AP start: the 4-week review date and the ideal phased return of Stage 2, in term-time
   * plan weeks on the AP's calendar (P7).
   */
  void planFromApStart(ReintegrationCase c, LocalDate apStart) {
    SchoolDays days = SchoolDays.of(calendarOf(c.getCurrentProvision(), apStart));
    c.recordApStart(apStart);
    // Generated once; a case adjusts its own plan from there (issue 4, part 6).
    if (cases.recordsOf(c, PhasedReturnWeek.class).isEmpty()) {
      for (PhasedReturnWeek week :
          IdealPhasedReturn.planFor(c, week -> days.planWeek(apStart, week).monday())) {
        cases.add(week);
      }
    }
    c.scheduleFourWeekReview(
        place(c, DeadlineKind.FOUR_WEEK_REVIEW, apStart, c.getCurrentProvisionLead()).getDueOn());
  }

  /**
   * After ratification: the planning meeting (R6) and the start (R8), each within 10 school days
   * after the hearing on the receiving school's calendar.
   */
  void planAfterHearing(ReintegrationCase c, IyfapHearing hearing) {
    place(c, DeadlineKind.PLANNING_MEETING, hearing.getPanelDate(), c.getCurrentProvisionLead());
    place(c, DeadlineKind.START, hearing.getPanelDate(), c.getReceivingSchoolLead());
  }

  /** From the start: the start is met, and the first judgement falls due after 6 weeks (R9). */
  void planFromStart(ReintegrationCase c, LocalDate start) {
    meet(c, DeadlineKind.START, start);
    place(c, DeadlineKind.FIRST_JUDGEMENT, start, c.getReceivingSchoolLead());
  }

  /**
   * Success agreed: the report is to be acknowledged before the next IYFAP hearing (R13). With no
   * hearing listed yet the deadline waits for one, undated rather than guessed.
   */
  void planAfterSuccess(ReintegrationCase c, LocalDate agreedOn) {
    meet(c, DeadlineKind.FIRST_JUDGEMENT, agreedOn);
    place(c, DeadlineKind.SUCCESS_REPORTED, agreedOn, c.getInclusionsOfficer());
  }

  /**
   * Counts a deadline again from the day it was counted from, on its calendar as it is now: the
   * explicit step that follows a calendar change (a stored date never moves by itself).
   */
  void recount(ReintegrationCase c, Deadline deadline) {
    // A deadline counted on a school the case no longer names keeps its stored date.
    if (deadline.getKind().clock() != DeadlineKind.Clock.BEFORE_NEXT_HEARING
        && countedOn(c, deadline.getKind()) == null) {
      return;
    }
    Due due = count(c, deadline.getKind(), deadline.getCountedFrom());
    deadline.recompute(due.calendar(), due.date());
  }

  void meet(ReintegrationCase c, DeadlineKind kind, LocalDate on) {
    find(c, kind).filter(deadline -> deadline.getMetOn() == null).ifPresent(d -> d.meet(on));
  }

  Optional<Deadline> find(ReintegrationCase c, DeadlineKind kind) {
    return cases.recordsOf(c, Deadline.class).stream().filter(d -> d.getKind() == kind).findFirst();
  }

  /** A new deadline, or the same one counted again when the step is taken a second time. */
  private Deadline place(ReintegrationCase c, DeadlineKind kind, LocalDate from, Lead responsible) {
    Due due = count(c, kind, from);
    Optional<Deadline> existing = find(c, kind);
    if (existing.isPresent()) {
      existing.get().recompute(due.calendar(), due.date());
      return existing.get();
    }
    return cases.add(new Deadline(c, kind, from, due.calendar(), due.date(), responsible));
  }

  /**
   * The establishment whose calendar a deadline is counted on: the AP's or the receiving school's.
   */
  private static Establishment countedOn(ReintegrationCase c, DeadlineKind kind) {
    return kind == DeadlineKind.FOUR_WEEK_REVIEW ? c.getCurrentProvision() : c.getReceivingSchool();
  }

  /**
   * A deadline's date on its clock (DESIGN.md, "Two clocks"), and the calendar it is counted on.
   */
  private Due count(ReintegrationCase c, DeadlineKind kind, LocalDate from) {
    return switch (kind) {
      case FOUR_WEEK_REVIEW ->
          onCalendarOf(
              countedOn(c, kind),
              from,
              days -> days.planWeek(from, REVIEW_PLAN_WEEK).lastSchoolDay());
      case PLANNING_MEETING, START ->
          onCalendarOf(
              countedOn(c, kind),
              from,
              days -> days.schoolDaysAfter(from, SCHOOL_DAYS_AFTER_HEARING));
      case FIRST_JUDGEMENT ->
          onCalendarOf(
              countedOn(c, kind),
              from,
              days -> days.planWeek(from, FIRST_JUDGEMENT_WEEKS).lastSchoolDay());
      case SUCCESS_REPORTED ->
          new Due(
              null,
              hearings
                  .nextAfter(from)
                  .map(hearing -> hearing.getPanelDate().minusDays(1))
                  .orElse(null));
    };
  }

  private static Due onCalendarOf(
      Establishment establishment, LocalDate from, Function<SchoolDays, LocalDate> counting) {
    SchoolCalendar calendar = calendarOf(establishment, from);
    return new Due(calendar, counting.apply(SchoolDays.of(calendar)));
  }

  /** A due date and the calendar it was counted on (none for the day before a hearing). */
  private record Due(SchoolCalendar calendar, LocalDate date) {}

  /** An establishment with no calendar chosen has no school days anyone may count. */
  private static SchoolCalendar calendarOf(Establishment establishment, LocalDate around) {
    if (establishment.getCalendar() == null) {
      throw new TermDatesMissingException(
          establishment.getName() + " (no school-day calendar chosen)",
          SchoolDays.schoolYearOf(around));
    }
    return establishment.getCalendar();
  }
}
