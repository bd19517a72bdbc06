package uk.gov.borough.reintegration.application;

import java.util.List;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.deadline.DeadlineState;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;
import uk.gov.borough.reintegration.domain.model.outbox.HeldMessages;
import uk.gov.borough.reintegration.domain.model.party.LeadRole;
import uk.gov.borough.reintegration.domain.policy.NextAction;

/** What a person has to do today, across their cases (issue 5, "My work"). */
public interface WorkList {

  /**
   * The caller's work: cases waiting on them, deadlines due soon or overdue, this week's meetings.
   */
  Work of(Caller caller);

  /**
   * @param leadsToName deadlines of the caller's party that no lead answers for: until one is
   *     named, their reminders go to the party's mailbox (issue 16)
   */
  record Work(
      List<CaseToAct> cases,
      List<DeadlineDue> deadlines,
      List<LeadToName> leadsToName,
      List<Meeting> meetings,
      List<HeldMessages> heldMessages) {

    public static final Work NONE = new Work(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** A case whose next step falls to the caller. */
  record CaseToAct(ReintegrationCase reintegrationCase, NextAction action) {}

  /** A deadline of the caller's party with no lead named, and the lead role that answers for it. */
  record LeadToName(Deadline deadline, LeadRole role) {}

  /** A deadline due soon or overdue on one of the caller's cases. */
  record DeadlineDue(Deadline deadline, DeadlineState state) {}
}
