package uk.gov.borough.reintegration.domain.model.audit;

/** What an audit entry records. */
public enum AuditKind {
  CREATED,
  CHANGED,
  DELETED,
  /** Special-category data (SEND, health, safeguarding) was shown to someone. */
  READ_SPECIAL_CATEGORY,
  /** Someone asked for a case outside their scope, or for an action their role does not carry. */
  REFUSED
}
