package uk.gov.borough.reintegration.domain.model.party;

/** The four leads named in the Reintegration Plan's case details (policy P7). */
public enum LeadRole {
  /** "Current School / AP Lead" (P7). */
  CURRENT_SCHOOL_OR_AP_LEAD,
  /** "Receiving School Lead" (P7). */
  RECEIVING_SCHOOL_LEAD,
  /** "Inclusions Officer" of the Admissions &amp; Inclusion team (P7). */
  INCLUSIONS_OFFICER,
  /** "Early Help Service / Social Worker" (P7). */
  EARLY_HELP_OR_SOCIAL_WORKER
}
