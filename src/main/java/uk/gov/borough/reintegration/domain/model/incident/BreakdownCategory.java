package uk.gov.borough.reintegration.domain.model.incident;

/**
 * The "serious cases of dangerous behaviour" for which the placement "can be ended without a
 * meeting" (policy P5, R10), each labelled with the policy's words as written.
 */
public enum BreakdownCategory {
  SERIOUS_BREACH_OF_BEHAVIOUR_POLICY("Serious breach of the schools behaviour policy"),
  MALICIOUS_MEDIA_COMMUNICATION("Malicious media communication"),
  SEXUALISED_BEHAVIOUR("Sexualised behaviour"),
  SERIOUS_HARM_TO_EDUCATION_OR_WELFARE(
      "Any behaviour where allowing the pupil to remain in school would seriously harm the"
          + " education or the welfare of the pupil or others in the school"),
  OBSCENE_COMMUNICATION("Verbal or written obscene communication"),
  OFFENSIVE_WEAPON("Possession of an offensive weapon (inside or outside of school)"),
  SERIOUS_ASSAULT("Serious assault of a pupil or member of staff / public"),
  THREATENING_VIOLENCE("Threatening violence"),
  SEXUAL_ASSAULT_OR_VIOLENCE(
      "Sexual assault / violence perpetrated against another pupil or member of staff"),
  UNDER_THE_INFLUENCE("Under the influence of drugs or alcohol on school premises"),
  DISTRIBUTION_OF_DRUGS_OR_ALCOHOL("Distribution of drugs / alcohol to other pupil’s");

  private final String label;

  BreakdownCategory(String label) {
    this.label = label;
  }

  /** The policy's text for the category (P5). */
  public String label() {
    return label;
  }
}
