package uk.gov.borough.reintegration.domain.model.incident;

/**
 * The "serious cases of dangerous behaviour" for which the placement "can be ended without a
 * meeting" (policy P5, R10), as an incident records them; each edition of the policy words them.
 */
public enum BreakdownCategory {
  SERIOUS_BREACH_OF_BEHAVIOUR_POLICY,
  MALICIOUS_MEDIA_COMMUNICATION,
  SEXUALISED_BEHAVIOUR,
  SERIOUS_HARM_TO_EDUCATION_OR_WELFARE,
  OBSCENE_COMMUNICATION,
  OFFENSIVE_WEAPON,
  SERIOUS_ASSAULT,
  THREATENING_VIOLENCE,
  SEXUAL_ASSAULT_OR_VIOLENCE,
  UNDER_THE_INFLUENCE,
  DISTRIBUTION_OF_DRUGS_OR_ALCOHOL
}
