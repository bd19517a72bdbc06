package uk.gov.borough.reintegration.domain.model.workflow;

import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.AT_PANEL;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.BROKEN_DOWN;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.COMPLETED;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.DECLINED;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.DEFERRED;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.DRAFT;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.NOT_READY;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.PLANNING;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.REFERRED;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.RETURNED_TO_OLIVE_ACADEMY;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.RETURNED_TO_REFERRING_SCHOOL;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.STARTED;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.STOPPED_CONSENT_WITHDRAWN;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.SUCCESSFUL;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.SUCCESS_ACKNOWLEDGED;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.UNDER_REVIEW;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;

/**
 * The steps of the policy's process (P4-P9) and the statuses each may be taken from: the workflow
 * as a state machine (DESIGN.md, "Workflow and rules"). Whether the rules allow a step is checked
 * separately ({@link PolicyRules}); this only says where in the process it belongs.
 */
public enum Step {
  /** The provider sends the referral and Stage 1 to the IYFAP mailbox (P4). */
  SUBMIT_REFERRAL("submitted as a referral", EnumSet.of(DRAFT), REFERRED),
  /** Stage 1 says the pupil is not on track: the barrier is addressed first (P7, R3). */
  FIND_NOT_READY(
      "found not ready to return",
      EnumSet.of(DRAFT, REFERRED, AT_PANEL, DEFERRED, PLANNING),
      NOT_READY),
  /** Re-assessed as on track: back to where the case stood (P7, R3). */
  FIND_READY_AGAIN("re-assessed as on track", EnumSet.of(NOT_READY), null),
  /** On the agenda of an IYFAP hearing (P4); a deferred case goes to a later one. */
  LIST_AT_HEARING("listed at a hearing", EnumSet.of(REFERRED, DEFERRED), AT_PANEL),
  RATIFY("ratified", EnumSet.of(AT_PANEL), PLANNING),
  DEFER("deferred", EnumSet.of(AT_PANEL), DEFERRED),
  DECLINE("declined", EnumSet.of(AT_PANEL), DECLINED),
  /** A managed move between schools goes to planning without a hearing (P5). */
  AGREE_MANAGED_MOVE("agreed as a managed move", EnumSet.of(DRAFT), PLANNING),
  /** The pupil's first day at the receiving school (P4). */
  START("started", EnumSet.of(PLANNING), STARTED),
  /** After the weekly reviews of weeks 1-4, the schools liaise with the provider (P4-P5). */
  BEGIN_LIAISON("moved to liaison with the provider", EnumSet.of(STARTED), UNDER_REVIEW),
  /** Both parties sign off the success (P4). */
  AGREE_SUCCESS("agreed successful", EnumSet.of(STARTED, UNDER_REVIEW), SUCCESSFUL),
  /** An inclusion officer acknowledges the success report; the roll gate opens (R12). */
  ACKNOWLEDGE_SUCCESS("acknowledged as successful", EnumSet.of(SUCCESSFUL), SUCCESS_ACKNOWLEDGED),
  /** The transition is complete and the AP withdrew (P9). */
  COMPLETE("completed", EnumSet.of(SUCCESS_ACKNOWLEDGED), COMPLETED),
  /** A serious breakdown, or an ending agreed at a meeting (P5, R10). */
  END_PLACEMENT("ended", EnumSet.of(STARTED, UNDER_REVIEW), BROKEN_DOWN),
  /** After a failed reintegration following a permanent exclusion (P6, R14). */
  RETURN_TO_OLIVE_ACADEMY(
      "returned to Olive Academy", EnumSet.of(BROKEN_DOWN), RETURNED_TO_OLIVE_ACADEMY),
  /** "In all cases the pupil may return to the referring school" (P6, R15). */
  RETURN_TO_REFERRING_SCHOOL(
      "returned to the referring school",
      EnumSet.of(
          NOT_READY,
          DECLINED,
          PLANNING,
          STARTED,
          UNDER_REVIEW,
          BROKEN_DOWN,
          STOPPED_CONSENT_WITHDRAWN),
      RETURNED_TO_REFERRING_SCHOOL),
  /** The parent or carer withdrew consent: the case stops (P4, R1). */
  STOP_FOR_WITHDRAWN_CONSENT(
      "stopped for withdrawn consent",
      EnumSet.of(DRAFT, REFERRED, AT_PANEL, DEFERRED, PLANNING, STARTED, UNDER_REVIEW),
      STOPPED_CONSENT_WITHDRAWN),
  /** Consent given again: the case goes on from where it stopped (R1). */
  RESUME_WITH_CONSENT("resumed", EnumSet.of(STOPPED_CONSENT_WITHDRAWN), null);

  private final String pastTense;
  private final Set<CaseStatus> from;
  private final CaseStatus to;

  Step(String pastTense, Set<CaseStatus> from, CaseStatus to) {
    this.pastTense = pastTense;
    this.from = Set.copyOf(from);
    this.to = to;
  }

  /**
   * The status the step leads to from the case's status; empty for the steps that end a pause
   * ({@link #FIND_READY_AGAIN}, {@link #RESUME_WITH_CONSENT}), which return to the status the case
   * had before it.
   *
   * @throws StepNotAllowed if the case is not at a point where the step belongs
   */
  public Optional<CaseStatus> from(CaseStatus current) {
    if (!from.contains(current)) {
      throw new StepNotAllowed(this, current);
    }
    return Optional.ofNullable(to);
  }

  /**
   * The status the step leads to from where the case stands, as {@link #from(CaseStatus)}; a case
   * elsewhere in the process is refused saying what it waits for, and from whom.
   *
   * @throws StepNotAllowed if the case is not at a point where the step belongs
   */
  public Optional<CaseStatus> from(ReintegrationCase c) {
    if (!isAllowedFrom(c.getStatus())) {
      throw new StepNotAllowed(
          this,
          c.getStatus(),
          NextAction.of(c)
              .map(next -> "It is waiting for this: " + next.what() + ", from " + next.whom() + ".")
              .orElse("It is closed: nothing more is asked of it."));
    }
    return from(c.getStatus());
  }

  public boolean isAllowedFrom(CaseStatus current) {
    return from.contains(current);
  }

  /** How a case is described once the step is taken: "ratified", "started". */
  public String pastTense() {
    return pastTense;
  }
}
