package uk.gov.borough.reintegration.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolCalendar;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolDays;
import uk.gov.borough.reintegration.domain.model.calendar.TermDatesMissingException;
import uk.gov.borough.reintegration.domain.model.cases.CaseRepository;
import uk.gov.borough.reintegration.domain.model.cases.Outcome;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.hearing.DecisionOutcome;
import uk.gov.borough.reintegration.domain.model.hearing.HearingDecision;
import uk.gov.borough.reintegration.domain.model.hearing.HearingRepository;
import uk.gov.borough.reintegration.domain.model.hearing.IyfapHearing;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;
import uk.gov.borough.reintegration.domain.model.meeting.MeetingKind;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.Lead;
import uk.gov.borough.reintegration.domain.model.plan.Evaluation;
import uk.gov.borough.reintegration.domain.model.plan.IdealPhasedReturn;
import uk.gov.borough.reintegration.domain.model.plan.PhasedReturnWeek;
import uk.gov.borough.reintegration.domain.policy.DeadlineKind;
import uk.gov.borough.reintegration.domain.policy.DeadlineRule;
import uk.gov.borough.reintegration.domain.policy.Party;
import uk.gov.borough.reintegration.domain.policy.PolicyEdition;
import uk.gov.borough.reintegration.infrastructure.policy.PolicyEditions;

/**
 * Stores the case's deadlines as its own policy edition counts them (DESIGN.md, "Two clocks"): on
 * the calendar of the party the edition names, from the day the step was taken, with the lead of
 * the party the edition makes responsible. The counts are the edition's, never this class's.
 */
@ApplicationScoped
public class DeadlinePlanner {

  @Inject CaseRepository cases;

  @Inject HearingRepository hearings;

  @Inject PolicyEditions editions;

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
    c.scheduleFourWeekReview(place(c, DeadlineKind.FOUR_WEEK_REVIEW, apStart).getDueOn());
  }

  /** After ratification: the planning meeting (R6) and the start (R8), counted from the hearing. */
  void planAfterHearing(ReintegrationCase c, IyfapHearing hearing) {
    place(c, DeadlineKind.PLANNING_MEETING, hearing.getPanelDate());
    place(c, DeadlineKind.START, hearing.getPanelDate());
  }

  /** From the start: the start is met, and the first judgement of the placement falls due (R9). */
  void planFromStart(ReintegrationCase c, LocalDate start) {
    meet(c, DeadlineKind.START, start);
    place(c, DeadlineKind.FIRST_JUDGEMENT, start);
  }

  /**
   * Success agreed: the report is to be acknowledged before the next IYFAP hearing (R13). With no
   * hearing listed yet the deadline waits for one, undated rather than guessed.
   */
  void planAfterSuccess(ReintegrationCase c, LocalDate agreedOn) {
    meet(c, DeadlineKind.FIRST_JUDGEMENT, agreedOn);
    place(c, DeadlineKind.SUCCESS_REPORTED, agreedOn);
  }

  /** The plan week whose evaluation holds the 4-week review (P7, P9), in the case's edition. */
  int reviewPlanWeek(ReintegrationCase c) {
    return editions.of(c).deadline(DeadlineKind.FOUR_WEEK_REVIEW).count();
  }

  /**
   * Counts a deadline again from the day it was counted from, on its calendar as it is now and in
   * the case's own edition: the explicit step that follows a calendar change (a stored date never
   * moves by itself).
   */
  void recount(ReintegrationCase c, Deadline deadline) {
    DeadlineRule rule = editions.of(c).deadline(deadline.getKind());
    // A deadline counted on a school the case no longer names keeps its stored date.
    if (rule.isOnACalendar() && establishmentOf(c, rule.countedOn()) == null) {
      return;
    }
    Due due = count(c, rule, deadline.getCountedFrom());
    deadline.recompute(due.calendar(), due.date());
    if (deadline.getKind() == DeadlineKind.FOUR_WEEK_REVIEW) {
      c.scheduleFourWeekReview(deadline.getDueOn());
    }
  }

  void meet(ReintegrationCase c, DeadlineKind kind, LocalDate on) {
    find(c, kind).filter(deadline -> deadline.getMetOn() == null).ifPresent(d -> d.meet(on));
  }

  Optional<Deadline> find(ReintegrationCase c, DeadlineKind kind) {
    return cases.recordsOf(c, Deadline.class).stream().filter(d -> d.getKind() == kind).findFirst();
  }

  /** Each open deadline answered for by the lead now named in its responsible party's role. */
  void answerFor(ReintegrationCase c) {
    PolicyEdition edition = editions.of(c);
    cases.recordsOf(c, Deadline.class).stream()
        .filter(deadline -> deadline.getMetOn() == null)
        .forEach(
            deadline ->
                deadline.answeredFor(
                    leadOf(c, edition.deadline(deadline.getKind()).responsible())));
  }

  /**
   * Counts the deadlines of a case whose steps were recorded without them (the demo's SQL), as each
   * step would have counted them from the dates the case holds, and meets those its records show
   * met. The same methods as the steps call, so the counts stay the edition's.
   */
  void planFromRecords(ReintegrationCase c) {
    if (c.getApStartDate() != null) {
      planFromApStart(c, c.getApStartDate());
    }
    cases.recordsOf(c, HearingDecision.class).stream()
        .filter(decision -> decision.getOutcome() == DecisionOutcome.RATIFIED)
        .findFirst()
        .ifPresent(decision -> planAfterHearing(c, decision.getHearing()));
    cases.recordsOf(c, Meeting.class).stream()
        .filter(meeting -> meeting.getKind() == MeetingKind.PLANNING && meeting.isHeld())
        .forEach(
            meeting ->
                meet(c, DeadlineKind.PLANNING_MEETING, meeting.getScheduledStart().toLocalDate()));
    if (c.getPlacementStartDate() != null) {
      planFromStart(c, c.getPlacementStartDate());
    }
    cases.recordsOf(c, Evaluation.class).stream()
        .filter(evaluation -> evaluation.getPlanWeek() == reviewPlanWeek(c))
        .findFirst()
        .ifPresent(
            evaluation ->
                meet(c, DeadlineKind.FOUR_WEEK_REVIEW, evaluation.getRecordedAt().toLocalDate()));
    Outcome outcome = c.getOutcome();
    if (outcome.isAgreedByBothParties()) {
      planAfterSuccess(
          c,
          Collections.max(
              List.of(
                  outcome.getProviderSignOff().getSignedOn(),
                  outcome.getReceivingSchoolSignOff().getSignedOn())));
    }
    if (outcome.isAcknowledged()) {
      meet(c, DeadlineKind.SUCCESS_REPORTED, outcome.getAcknowledgedOn());
    }
  }

  /** A new deadline, or the same one counted again when the step is taken a second time. */
  private Deadline place(ReintegrationCase c, DeadlineKind kind, LocalDate from) {
    PolicyEdition edition = editions.of(c);
    DeadlineRule rule = edition.deadline(kind);
    Due due = count(c, rule, from);
    Optional<Deadline> existing = find(c, kind);
    if (existing.isPresent()) {
      existing.get().recompute(due.calendar(), due.date());
      return existing.get();
    }
    return cases.add(
        new Deadline(c, kind, from, due.calendar(), due.date(), leadOf(c, rule.responsible())));
  }

  /** A deadline's date as its rule counts it, and the calendar it is counted on. */
  private Due count(ReintegrationCase c, DeadlineRule rule, LocalDate from) {
    if (!rule.isOnACalendar()) {
      return new Due(
          null,
          hearings
              .nextAfter(from)
              .map(hearing -> rule.dueBefore(hearing.getPanelDate()))
              .orElse(null));
    }
    SchoolCalendar calendar = calendarOf(establishmentOf(c, rule.countedOn()), from);
    return new Due(calendar, rule.dueOn(SchoolDays.of(calendar), from));
  }

  /** A due date and the calendar it was counted on (none for the day before a hearing). */
  private record Due(SchoolCalendar calendar, LocalDate date) {}

  private static Establishment establishmentOf(ReintegrationCase c, Party party) {
    return switch (party) {
      case PROVIDER -> c.getCurrentProvision();
      case REFERRING_SCHOOL -> c.getReferringSchool();
      case RECEIVING_SCHOOL -> c.getReceivingSchool();
      case INCLUSION_OFFICER -> null;
    };
  }

  /** The lead who answers for a party's deadline; none is named for the referring school. */
  private static Lead leadOf(ReintegrationCase c, Party party) {
    return party.lead() == null ? null : c.leadOf(party.lead());
  }

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
