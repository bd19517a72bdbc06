package uk.gov.borough.reintegration.domain.policy;

/**
 * One of the policy's hard rules: a check the services make before they change a case, refusing
 * with the rule, its page and a sentence saying what to do instead (DESIGN.md, "Workflow and
 * rules"; 422). Each rule is a class of its own, tested without a container.
 */
public abstract class HardRule {

  private final Rule rule;

  protected HardRule(Rule rule) {
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }

  /** The refusal of this rule, with the sentence the refused person reads. */
  protected RuleViolation refusal(String sentence) {
    return new RuleViolation(rule, sentence);
  }
}
