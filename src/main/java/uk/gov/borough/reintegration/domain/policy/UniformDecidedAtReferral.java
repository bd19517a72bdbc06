package uk.gov.borough.reintegration.domain.policy;

import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.UniformFunding;

/**
 * R4 (P5): uniform support is decided at referral. A pupil receiving free school meals has the
 * uniform bought by the referring school; asylum seekers, refugees and pupils without free school
 * meals may have financial assistance. A pupil who is both on free school meals and an asylum
 * seeker or refugee may have either (DESIGN.md settles the overlap).
 */
public final class UniformDecidedAtReferral extends HardRule {

  public UniformDecidedAtReferral() {
    super(Rule.R4);
  }

  public void check(ReintegrationCase reintegration) {
    if (reintegration.getUniformSupport() == null) {
      throw refusal("Record the uniform decision (who buys the new uniform) with the referral.");
    }
    boolean freeSchoolMeals =
        reintegration.getPupil() != null && reintegration.getPupil().isFreeSchoolMeals();
    if (freeSchoolMeals
        && !reintegration.isAsylumSeekerOrRefugee()
        && reintegration.getUniformSupport().getFunding() != UniformFunding.REFERRING_SCHOOL_BUYS) {
      throw refusal(
          "The pupil receives free school meals, so the referring school buys the new uniform.");
    }
  }
}
