package uk.gov.borough.reintegration.domain.model.party;

/** The four leads named in the Reintegration Plan's case details (policy P7). */
public enum LeadRole {
  /** "Current School / AP Lead" (P7). */
  CURRENT_SCHOOL_OR_AP_LEAD("current school or AP lead"),
  /** "Receiving School Lead" (P7). */
  RECEIVING_SCHOOL_LEAD("receiving school lead"),
  /** "Inclusions Officer" of the Admissions &amp; Inclusion team (P7). */
  INCLUSIONS_OFFICER("inclusions officer"),
  /** "Early Help Service / Social Worker" (P7). */
  EARLY_HELP_OR_SOCIAL_WORKER("early help or social worker");

  private final String inWords;

  LeadRole(String inWords) {
    this.inWords = inWords;
  }

  /** As the plan's case details name it, in a sentence: "receiving school lead". */
  public String inWords() {
    return inWords;
  }
}
