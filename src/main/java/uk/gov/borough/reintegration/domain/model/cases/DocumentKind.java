package uk.gov.borough.reintegration.domain.model.cases;

/** What a document attached to a case is. */
public enum DocumentKind {
  /** The Inclusions Gateway Referral form the provider sends to the IYFAP mailbox (P4). */
  INCLUSIONS_GATEWAY_REFERRAL,
  /** The Reintegration Plan as a document, for instance a signed copy (P7-P9). */
  REINTEGRATION_PLAN,
  /** The induction pack the receiving school prepares for the pupil (P8). */
  INDUCTION_PACK,
  /** Anything else that supports the case. */
  OTHER
}
