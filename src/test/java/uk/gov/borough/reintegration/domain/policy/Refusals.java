package uk.gov.borough.reintegration.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** How the rules' tests see a refusal: by the rule, in a sentence. */
final class Refusals {

  private Refusals() {}

  static void refusedBy(Rule rule, Executable step) {
    RuleViolation refused = assertThrows(RuleViolation.class, step);
    assertEquals(rule, refused.rule());
    assertTrue(refused.getMessage().endsWith("."), "a sentence: " + refused.getMessage());
  }
}
