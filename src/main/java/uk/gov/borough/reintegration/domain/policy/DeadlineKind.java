package uk.gov.borough.reintegration.domain.policy;

/**
 * The deadlines the policy sets, each with its rule (if it has one). How each is counted, and by
 * whom it is met, is the policy edition's ({@code domain/policy}).
 */
public enum DeadlineKind {
  /** The plan's review on the AP's calendar (P7, "4 week review date"). */
  FOUR_WEEK_REVIEW(null, "P7", "4-week review"),
  PLANNING_MEETING(Rule.R6, "Planning meeting"),
  START(Rule.R8, "Start at the receiving school"),
  FIRST_JUDGEMENT(Rule.R9, "First judgement of the placement"),
  SUCCESS_REPORTED(Rule.R13, "Success reported to Admissions & Inclusion");

  private final Rule rule;
  private final String page;
  private final String title;

  DeadlineKind(Rule rule, String page, String title) {
    this.rule = rule;
    this.page = page;
    this.title = title;
  }

  DeadlineKind(Rule rule, String title) {
    this(rule, rule.page(), title);
  }

  /** The rule behind the deadline; null for the plan's own dates. */
  public Rule rule() {
    return rule;
  }

  /** The page of the policy the deadline comes from. */
  public String page() {
    return page;
  }

  /** Where the deadline comes from, as a reminder cites it: "R6, policy P7". */
  public String source() {
    return (rule == null ? "" : rule + ", ") + "policy " + page;
  }

  public String title() {
    return title;
  }
}
