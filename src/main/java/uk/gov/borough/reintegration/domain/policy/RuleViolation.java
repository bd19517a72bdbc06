package uk.gov.borough.reintegration.domain.policy;

import java.util.Objects;

/**
 * A step the policy forbids: the rule, and a sentence saying why and what to do instead (DESIGN.md,
 * "API conventions": 422). Nothing of the step is saved.
 */
public class RuleViolation extends RuntimeException {

  private final Rule rule;

  public RuleViolation(Rule rule, String why) {
    super(why);
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  public Rule rule() {
    return rule;
  }

  /** The refusal as people read it: "R4 (policy P5, the rule in short): why". */
  public String explained() {
    return rule + " (policy " + rule.page() + ", " + rule.summary() + "): " + getMessage();
  }
}
