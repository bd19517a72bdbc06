package uk.gov.borough.reintegration.domain.policy;

/** The parties the policy gives work to: whose calendar counts a deadline, and who meets it. */
public enum Party {
  /** The alternative provision the pupil attends now. */
  PROVIDER,
  REFERRING_SCHOOL,
  RECEIVING_SCHOOL,
  /** An officer of the Admissions & Inclusion team, who runs the IYFAP. */
  INCLUSION_OFFICER
}
