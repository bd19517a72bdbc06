package uk.gov.borough.reintegration.domain.model.access;

/**
 * What a person may do. Code asks for permissions, never for a role or an SSO group, so a borough
 * can map its own groups to roles without touching the code (DESIGN.md, "Who uses it").
 */
public enum Permission {
  /** Read the cases one's establishments, naming or office gives one. */
  VIEW_CASES,
  /** Read every case in the borough, whoever's establishment it is (the IYFAP's view). */
  VIEW_ALL_CASES,
  /** Complete the referral, the Reintegration Plan, readiness and consent (P7: the providers). */
  EDIT_REFERRAL_AND_PLAN,
  /** Record the school's steps: roll, uniform, meetings, reviews, incidents, sign-off (P4-P5). */
  RECORD_SCHOOL_STEPS,
  /** Hear cases at IYFAP and record decisions (P4). */
  DECIDE_AT_PANEL,
  /** Acknowledge a success report, which opens the roll gate (R12). */
  ACKNOWLEDGE_OUTCOME,
  /** Add a note to a case one can see. */
  ADD_NOTES,
  /** Read a case's audit history. */
  READ_AUDIT,
  /** Keep the register of establishments and their calendars; no pupil data. */
  ADMINISTER_REFERENCE_DATA
}
