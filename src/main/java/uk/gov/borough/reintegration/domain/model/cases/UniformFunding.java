package uk.gov.borough.reintegration.domain.model.cases;

/** Who pays for the pupil's new school uniform, agreed at the point of referral (P5, R4). */
public enum UniformFunding {
  /** The pupil receives free school meals funding: the referring school buys the uniform (P5). */
  REFERRING_SCHOOL_BUYS,
  /** Financial assistance for an asylum seeker, a refugee or a pupil without FSM funding (P5). */
  FINANCIAL_ASSISTANCE,
  /** The pupil needs no new uniform. */
  NONE_NEEDED
}
