package uk.gov.borough.reintegration.domain.policy;

import uk.gov.borough.reintegration.domain.model.meeting.MeetingKind;
import uk.gov.borough.reintegration.domain.model.party.LeadRole;

/**
 * The steps of the policy's process (P4-P9): those that move a case on, and the records that are
 * written along the way. Where each belongs, where it leads and whose it is, is the edition's to
 * say ({@link StepRule}); this only names them, as a refusal says them.
 */
public enum Step {
  /**
   * A draft referral opened for a pupil, taken from no status: the case begins with it (P4, P7).
   */
  OPEN_REFERRAL("opened as a draft referral"),
  /** The provider sends the referral and Stage 1 to the IYFAP mailbox (P4). */
  SUBMIT_REFERRAL("submitted as a referral"),
  /** Stage 1 says the pupil is not on track: the barrier is addressed first (P7, R3). */
  FIND_NOT_READY("found not ready to return"),
  /** Re-assessed as on track: back to where the case stood (P7, R3). */
  FIND_READY_AGAIN("re-assessed as on track"),
  /** On the agenda of an IYFAP hearing (P4); a deferred case goes to a later one. */
  LIST_AT_HEARING("listed at a hearing"),
  RATIFY("ratified"),
  DEFER("deferred"),
  DECLINE("declined"),
  /** A managed move between schools goes to planning without a hearing (P5). */
  AGREE_MANAGED_MOVE("agreed as a managed move"),
  /** The pupil's first day at the receiving school (P4). */
  START("started"),
  /** After the weekly reviews of weeks 1-4, the schools liaise with the provider (P4-P5). */
  BEGIN_LIAISON("moved to liaison with the provider"),
  /** Both parties sign off the success (P4). */
  AGREE_SUCCESS("agreed successful"),
  /** An inclusion officer acknowledges the success report; the roll gate opens (R12). */
  ACKNOWLEDGE_SUCCESS("acknowledged as successful"),
  /** The transition is complete and the AP withdrew (P9). */
  COMPLETE("completed"),
  /** A serious breakdown, or an ending agreed at a meeting (P5, R10). */
  END_PLACEMENT("ended"),
  /** After a failed reintegration following a permanent exclusion (P6, R14). */
  RETURN_TO_OLIVE_ACADEMY("returned to Olive Academy"),
  /** "In all cases the pupil may return to the referring school" (P6, R15). */
  RETURN_TO_REFERRING_SCHOOL("returned to the referring school"),
  /** The parent or carer withdrew consent: the case stops (P4, R1). */
  STOP_FOR_WITHDRAWN_CONSENT("stopped for withdrawn consent"),
  /** Consent given again: the case goes on from where it stopped (R1). */
  RESUME_WITH_CONSENT("resumed"),

  /** The parents and carers the letters go to (P7, "Case Details"). */
  RECORD_PARENT_CARER("given a parent or carer"),
  /** Consent given, or withdrawn, with full understanding (P4, R1). */
  RECORD_CONSENT("given a record of consent"),
  /** Stage 1 of the plan: aims, targets and whether the pupil is on track (P7). */
  RECORD_STAGE1("assessed at Stage 1"),
  /** Who buys the uniform, decided with the referral (P5, R4). */
  DECIDE_UNIFORM("given a uniform decision"),
  /** The day the pupil started at the AP, from which the plan's weeks count (P7). */
  RECORD_AP_START("given the start at the AP"),
  /** The progress shown to the receiving school and the return discussed (P4, R2). */
  RECORD_READINESS("given the readiness shown before the start"),
  /** A party's sign-off of the success (P4). */
  SIGN_OFF("signed off"),
  /** The school of roll's decision about the roll (P4, R12). */
  DECIDE_ROLL("given a roll decision"),
  /** An inclusion officer's decision in place of the standing roll decision, with the reason. */
  SUPERSEDE_ROLL("given a roll decision in place of the one that stands"),
  /** The case counted again under the edition in force, with the reason (issue 15). */
  MOVE_TO_EDITION_IN_FORCE("moved to the edition in force"),
  /** Meetings arranged, moved, cancelled and recorded as held (P4, P8). */
  PLAN_MEETING("given a meeting"),
  /** The planning meeting, which the provider arranges (P4), after ratification for Olive (R5). */
  ARRANGE_PLANNING_MEETING("given a planning meeting"),
  /** A week of the phased return (P7, Stage 2). */
  RECORD_PHASED_RETURN_WEEK("given a week of the phased return"),
  /** An evaluation of the reintegration (P7, Stage 3). */
  RECORD_EVALUATION("given an evaluation"),
  /** A deadline moved on, with the reason (P3: the timescales are a guide). */
  EXTEND_DEADLINE("given a deadline extension"),
  /** The current school or AP lead named, changed or removed (P7, "Case Details"). */
  NAME_CURRENT_LEAD("given its current school or AP lead"),
  /** The receiving school lead named, changed or removed (P7). */
  NAME_RECEIVING_LEAD("given its receiving school lead"),
  /** The inclusions officer named, changed or removed (P7). */
  NAME_INCLUSIONS_OFFICER("given its inclusions officer"),
  /** The early help worker or social worker named, changed or removed (P7). */
  NAME_SOCIAL_WORKER("given its early help or social worker"),
  /** A document kept with the case. */
  ADD_DOCUMENT("given a document"),
  /** A note of the casework. */
  ADD_NOTE("given a note");

  private final String pastTense;

  Step(String pastTense) {
    this.pastTense = pastTense;
  }

  /** How a case is described once the step is taken: "ratified", "started". */
  public String pastTense() {
    return pastTense;
  }

  /** The step that names, changes or removes the lead of the role (P7, "Case Details"). */
  public static Step naming(LeadRole role) {
    return switch (role) {
      case CURRENT_SCHOOL_OR_AP_LEAD -> NAME_CURRENT_LEAD;
      case RECEIVING_SCHOOL_LEAD -> NAME_RECEIVING_LEAD;
      case INCLUSIONS_OFFICER -> NAME_INCLUSIONS_OFFICER;
      case EARLY_HELP_OR_SOCIAL_WORKER -> NAME_SOCIAL_WORKER;
    };
  }

  /** The step that arranges a meeting of the kind: the planning meeting has its own (P4, R5). */
  public static Step arranging(MeetingKind kind) {
    return kind == MeetingKind.PLANNING ? ARRANGE_PLANNING_MEETING : PLAN_MEETING;
  }
}
