package uk.gov.borough.reintegration.domain.model.workflow;

/**
 * The policy's rules as DESIGN.md numbers them, with the page of the policy each comes from. A hard
 * rule is refused by the services; the others are deadlines, tracked and never refused (the policy
 * calls its timescales a guide that "may differ on a case by case basis", P3, P4).
 */
public enum Rule {
  R1("P4", true, "consent of the parent or carer, with full understanding, before a referral"),
  R2("P4", true, "the pupil's progress shown and the return discussed before the start"),
  R3("P7", true, "no Stage 2 until Stage 1 says the pupil is on track to return"),
  R4("P5", true, "uniform support decided at referral"),
  R5("P4", true, "an Olive Academy pupil ratified at IYFAP before the planning meeting"),
  R6("P4", false, "the planning meeting within 10 school days after the hearing"),
  R7("P8", true, "both schools and the pupil at the transition planning meeting"),
  R8("P4", false, "the start no later than 10 school days after the hearing"),
  R9("P5", false, "6 weeks in the first instance before the placement is judged"),
  R10("P5", true, "an ending without a meeting only for a serious breakdown category"),
  R11("P5", true, "the ending sent to the referring school, the parent and IYFAP"),
  R12("P4", true, "off the referring school's roll only after the success is acknowledged"),
  R13("P4", false, "Admissions & Inclusion told of a success before the next IYFAP hearing"),
  R14("P6", true, "back to Olive Academy only after a permanent exclusion"),
  R15("P6", true, "a return to the referring school is always possible");

  private final String page;
  private final boolean hard;
  private final String summary;

  Rule(String page, boolean hard, String summary) {
    this.page = page;
    this.hard = hard;
    this.summary = summary;
  }

  /** The policy page the rule comes from, as "P4". */
  public String page() {
    return page;
  }

  /** Refused when broken; otherwise a tracked deadline. */
  public boolean isHard() {
    return hard;
  }

  public String summary() {
    return summary;
  }
}
