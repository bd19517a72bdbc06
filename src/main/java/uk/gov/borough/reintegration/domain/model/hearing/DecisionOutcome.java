package uk.gov.borough.reintegration.domain.model.hearing;

/** What the panel decided on a case: the policy names ratification (P4); DESIGN adds the rest. */
public enum DecisionOutcome {
  /** The reintegration is ratified, naming the receiving school (P4). */
  RATIFIED,
  /** The decision goes to a named later hearing, with reasons. */
  DEFERRED,
  /** The reintegration is declined, with reasons; the case closes. */
  DECLINED
}
