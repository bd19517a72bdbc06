package uk.gov.borough.reintegration.domain.policy;

/**
 * The policy's rules as DESIGN.md numbers them, with the page of the policy each comes from. A hard
 * rule is refused by the services; the others are deadlines, tracked and never refused (the policy
 * calls its timescales a guide that "may differ on a case by case basis", P3, P4).
 */
public enum Rule {
  R1("P4", "consent of the parent or carer, with full understanding, before a referral"),
  R2("P4", "the pupil's progress shown and the return discussed before the start"),
  R3("P7", "no Stage 2 until Stage 1 says the pupil is on track to return"),
  R4("P5", "uniform support decided at referral"),
  R5("P4", "an Olive Academy pupil ratified at IYFAP before the planning meeting"),
  R6("P4", "the planning meeting within the school days after the hearing the edition counts"),
  R7("P8", "both schools and the pupil at the transition planning meeting"),
  R8("P4", "the start no later than the school days after the hearing the edition counts"),
  R9("P5", "the weeks the edition counts, in the first instance, before the placement is judged"),
  R10("P5", "an ending without a meeting only for a serious breakdown category"),
  R11("P5", "the ending sent to the referring school, the parent and IYFAP"),
  R12("P4", "off the referring school's roll only after the success is acknowledged"),
  R13("P4", "Admissions & Inclusion told of a success before the next IYFAP hearing"),
  R14("P6", "back to Olive Academy only after a permanent exclusion"),
  R15("P6", "a return to the referring school is always possible");

  private final String page;
  private final String summary;

  Rule(String page, String summary) {
    this.page = page;
    this.summary = summary;
  }

  /** The policy page the rule comes from, as "P4". */
  public String page() {
    return page;
  }

  public String summary() {
    return summary;
  }
}
