package uk.gov.borough.reintegration.domain.model.audit;

/** What an audit entry records. */
public enum AuditKind {
  CREATED,
  CHANGED,
  DELETED,
  /** Special-category data (SEND, health, safeguarding) was shown to someone. */
  READ_SPECIAL_CATEGORY,
  /** Someone asked for a case outside their scope, or for an action their role does not carry. */
  REFUSED,
  /**
   * A sign-in was refused: a wrong name or password, or a name slowed after repeated failures. The
   * actor is the name given, which nobody proved to be theirs.
   */
  SIGN_IN_FAILED,
  /**
   * A person named as a lead by e-mail signed in with that e-mail verified by the provider, and was
   * bound to the lead they are (issue 16): from then on they see the cases they are named on.
   */
  SIGN_IN_BOUND,
  /** Someone searched the portal's pupils to open a referral: what they typed, whom it offered. */
  SEARCHED,
  /** Someone downloaded a list of cases: the format, the filter and how many rows (issue 18). */
  EXPORTED
}
