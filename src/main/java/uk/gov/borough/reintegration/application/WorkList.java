package uk.gov.borough.reintegration.application;

import java.util.List;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.deadline.DeadlineState;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;
import uk.gov.borough.reintegration.domain.model.outbox.HeldMessages;
import uk.gov.borough.reintegration.domain.policy.NextAction;

/** What a person has to do today, across their cases (issue 5, "My work"). */
public interface WorkList {

  /**
   * The caller's work: cases waiting on them, deadlines due soon or overdue, this week's meetings.
   */
  Work of(Caller caller);

  record Work(
      List<CaseToAct> cases,
      List<DeadlineDue> deadlines,
      List<Meeting> meetings,
      List<HeldMessages> heldMessages) {}

  /** A case whose next step falls to the caller. */
  record CaseToAct(ReintegrationCase reintegrationCase, NextAction action) {}

  /** A deadline due soon or overdue on one of the caller's cases. */
  record DeadlineDue(Deadline deadline, DeadlineState state) {}
}
