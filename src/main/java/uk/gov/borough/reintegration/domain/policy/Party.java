package uk.gov.borough.reintegration.domain.policy;

import uk.gov.borough.reintegration.domain.model.party.LeadRole;

/** The parties the policy gives work to: whose calendar counts a deadline, and who meets it. */
public enum Party {
  /** The alternative provision the pupil attends now. */
  PROVIDER(LeadRole.CURRENT_SCHOOL_OR_AP_LEAD),
  /** The plan's case details name no lead for it (P7). */
  REFERRING_SCHOOL(null),
  RECEIVING_SCHOOL(LeadRole.RECEIVING_SCHOOL_LEAD),
  /** An officer of the Admissions & Inclusion team, who runs the IYFAP. */
  INCLUSION_OFFICER(LeadRole.INCLUSIONS_OFFICER);

  private final LeadRole lead;

  Party(LeadRole lead) {
    this.lead = lead;
  }

  /** The lead who answers for the party on a case (P7); null where the plan names none. */
  public LeadRole lead() {
    return lead;
  }
}
