package uk.gov.borough.reintegration.domain.model.deadline;

import uk.gov.borough.reintegration.domain.model.workflow.Rule;

/** The deadlines the policy sets, each with its rule (if it has one) and its clock. */
public enum DeadlineKind {
  /** The end of plan week 4 on the AP's calendar (P7, "4 week review date"). */
  FOUR_WEEK_REVIEW(null, "P7", Clock.PLAN_WEEKS, "4-week review"),
  PLANNING_MEETING(Rule.R6, Clock.SCHOOL_DAYS_AFTER_HEARING, "Planning meeting"),
  START(Rule.R8, Clock.SCHOOL_DAYS_AFTER_HEARING, "Start at the receiving school"),
  FIRST_JUDGEMENT(Rule.R9, Clock.PLACEMENT_WEEKS, "First judgement of the placement"),
  SUCCESS_REPORTED(
      Rule.R13, Clock.BEFORE_NEXT_HEARING, "Success reported to Admissions & Inclusion");

  private final Rule rule;
  private final String page;
  private final Clock clock;
  private final String title;

  DeadlineKind(Rule rule, String page, Clock clock, String title) {
    this.rule = rule;
    this.page = page;
    this.clock = clock;
    this.title = title;
  }

  DeadlineKind(Rule rule, Clock clock, String title) {
    this(rule, rule.page(), clock, title);
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

  public Clock clock() {
    return clock;
  }

  public String title() {
    return title;
  }

  /** How a deadline's date is counted (DESIGN.md, "Two clocks"). */
  public enum Clock {
    /** Term-time weeks from the AP start, on the AP's calendar. */
    PLAN_WEEKS,
    /** School days from the first school day after the hearing, on the receiving school's. */
    SCHOOL_DAYS_AFTER_HEARING,
    /** Term-time weeks from the start at the receiving school, on its calendar. */
    PLACEMENT_WEEKS,
    /** The day before the next IYFAP hearing listed. */
    BEFORE_NEXT_HEARING
  }
}
