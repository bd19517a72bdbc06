package uk.gov.borough.reintegration.domain.model.cases;

import java.util.EnumSet;
import java.util.Set;

/** Where a case stands in the policy's process, from referral to outcome (P4-P9). */
public enum CaseStatus {
  /** The provider is preparing the Inclusions Gateway Referral and Stage 1 of the plan (P4, P7). */
  DRAFT,
  /** The referral has been sent to the IYFAP mailbox (P4). */
  REFERRED,
  /** On the agenda of an In Year Fair Access Panel hearing for ratification (P4). */
  AT_PANEL,
  /**
   * The panel deferred its decision to a later hearing (DESIGN; the policy names only ratification,
   * P4).
   */
  DEFERRED,
  /**
   * The panel declined the reintegration, with reasons; the case closes (DESIGN; P4 names
   * ratification).
   */
  DECLINED,
  /** Stage 1 says the pupil is not on track to return; the barrier is being addressed (P7). */
  NOT_READY,
  /**
   * The planning meeting, the transition planning meeting and the start are being arranged (P4).
   */
  PLANNING,
  /** The pupil has started at the receiving school; weekly reviews in weeks 1-4 (P4). */
  STARTED,
  /** The schools liaise with the provider to clarify the reintegration's success (P4-P5). */
  UNDER_REVIEW,
  /** Both parties agree the reintegration is successful (P4). */
  SUCCESSFUL,
  /**
   * The success reported to the IYFAP mailbox has been acknowledged by an inclusion officer (P4).
   */
  SUCCESS_ACKNOWLEDGED,
  /** The transition is complete and the AP withdrew (P9). */
  COMPLETED,
  /** The placement ended: a serious breakdown, or an ending agreed at a meeting (P5). */
  BROKEN_DOWN,
  /**
   * The reintegration after a permanent exclusion failed; the pupil returned to Olive Academy (P6).
   */
  RETURNED_TO_OLIVE_ACADEMY,
  /** The pupil returned to the referring school, as is their legal right in all cases (P6). */
  RETURNED_TO_REFERRING_SCHOOL,
  /** The parent or carer withdrew consent; stopped until consent is given again (P4, R1). */
  STOPPED_CONSENT_WITHDRAWN;

  /** The statuses a case ends in: nothing is due on it any more. */
  public static final Set<CaseStatus> CLOSED =
      Set.copyOf(
          EnumSet.of(DECLINED, COMPLETED, RETURNED_TO_OLIVE_ACADEMY, RETURNED_TO_REFERRING_SCHOOL));

  public boolean isClosed() {
    return CLOSED.contains(this);
  }
}
