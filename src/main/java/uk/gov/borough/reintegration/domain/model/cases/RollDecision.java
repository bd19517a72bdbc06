package uk.gov.borough.reintegration.domain.model.cases;

/** A decision about which establishment holds the pupil on roll (P4-P6). */
public enum RollDecision {
  /** The pupil stays on this roll: the referring school keeps them until success (P4, R12). */
  REMAIN,
  /** A successful Olive Academy pupil transfers permanently to the receiving school (P5, R13). */
  TRANSFER,
  /** The pupil returns to Olive Academy or to the referring school (P6, R14, R15). */
  RETURN;

  /**
   * Whether the decision settles the roll: staying on the referring school's roll lasts only until
   * the outcome (P4), while a transfer or a return is the outcome, and only an inclusion officer
   * may go back on it.
   */
  public boolean isFinal() {
    return this != REMAIN;
  }
}
