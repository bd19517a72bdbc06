package uk.gov.borough.reintegration.domain.model.plan;

/**
 * The steps of Stage 2, "Ideal Expectations for a phased return to mainstream" (policy P7), each
 * labelled with the policy's words; {@link IdealPhasedReturn} places them in their plan weeks.
 */
public enum PhasedReturnStep {
  /** Week 1. */
  PUPIL_STARTS_AP("Pupil starts Alternative Provision (AP)"),
  /** Week 3. */
  STAGE_1_RETURNED(
      "AP completes stage 1 of reintegration plan and returns to referring school."
          + " Olive Academy returns to the receiving school"),
  /** Week 4. */
  TRANSITION_PREPARATION_MEETING("AP hold transition preparation meeting / school to attend"),
  /** Week 7. */
  PREPARATIONS("Implement preparations for pupil’s return to mainstream"),
  /** Week 8: two days. */
  INDUCTION("2 day pupil’s Induction at mainstream"),
  /** Weeks 9 to 12: 2, 3, 4 and 5 days, the AP visiting the pupil in week 12. */
  DAYS_IN_MAINSTREAM("Days per week in mainstream");

  private final String label;

  PhasedReturnStep(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
