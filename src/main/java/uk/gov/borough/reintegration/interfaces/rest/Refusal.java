package uk.gov.borough.reintegration.interfaces.rest;

/**
 * A refusal an operation answers beyond those every call may meet (issue 17): what a client must be
 * ready for, each with its status and its meaning as the document says it.
 */
public enum Refusal {
  /** {@code StaleVersionException}, or two saves at the same moment. */
  STALE_VERSION(409, "Someone saved the record after you read it: read it again and send again"),
  /** {@code StepNotAllowed}: the problem says what the case waits for. */
  OUT_OF_PLACE(409, "The case is not at the point of the workflow where this step belongs"),
  /** {@code RecordConflictException}. */
  CONFLICT(409, "At odds with what the case or the portal already records"),
  /** {@code RuleViolation}. */
  POLICY_RULE(422, "Refused by a hard rule of the policy: the problem names the rule, R1-R15"),
  /** {@code TermDatesMissingException}: a school day is never guessed. */
  TERM_DATES(422, "A date falls in a school year whose term dates are not loaded");

  private final int status;
  private final String meaning;

  Refusal(int status, String meaning) {
    this.status = status;
    this.meaning = meaning;
  }

  public int status() {
    return status;
  }

  public String meaning() {
    return meaning;
  }
}
