package uk.gov.borough.reintegration.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import uk.gov.borough.reintegration.application.DeadlineStates;
import uk.gov.borough.reintegration.application.WorkList;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Permission;
import uk.gov.borough.reintegration.domain.model.cases.CaseRepository;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.deadline.DeadlineRepository;
import uk.gov.borough.reintegration.domain.model.meeting.MeetingRepository;
import uk.gov.borough.reintegration.domain.model.outbox.OutboxRepository;
import uk.gov.borough.reintegration.domain.policy.PolicyEdition;
import uk.gov.borough.reintegration.infrastructure.policy.PolicyEditions;

@Stateless
public class DefaultWorkList implements WorkList {

  /** More open cases than one person's list can usefully show. */
  private static final int MOST_CASES = 500;

  @Inject CaseRepository cases;

  @Inject DeadlineRepository deadlines;

  @Inject MeetingRepository meetings;

  @Inject OutboxRepository outbox;

  @Inject CaseAccess access;

  @Inject DeadlineStates states;

  @Inject PolicyEditions editions;

  @Override
  public Work of(Caller caller) {
    access.require(caller, null, Permission.VIEW_CASES);
    LocalDate today = states.today();
    List<CaseToAct> waiting =
        cases.open(caller, MOST_CASES).stream()
            .flatMap(
                c ->
                    editions.of(c).nextAction(c).filter(action -> action.isFor(caller)).stream()
                        .map(action -> new CaseToAct(c, action)))
            .toList();
    List<DeadlineDue> due =
        deadlines.openDueBy(caller, states.dueSoonHorizon(today)).stream()
            .map(d -> new DeadlineDue(d, states.on(d, today)))
            .toList();
    List<LeadToName> leadsToName = new ArrayList<>();
    for (Deadline deadline : deadlines.openWithNoLead(caller)) {
      PolicyEdition edition = editions.of(deadline.getReintegrationCase());
      if (edition.namesLeadFor(caller, deadline.getReintegrationCase(), deadline.getKind())) {
        leadsToName.add(
            new LeadToName(deadline, edition.deadline(deadline.getKind()).responsible().lead()));
      }
    }
    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new Work(
        waiting,
        due,
        leadsToName,
        meetings.startingBetween(caller, monday.atStartOfDay(), monday.plusWeeks(1).atStartOfDay()),
        caller.may(Permission.READ_AUDIT) ? outbox.heldByCase() : List.of());
  }
}
