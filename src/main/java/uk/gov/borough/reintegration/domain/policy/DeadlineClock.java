package uk.gov.borough.reintegration.domain.policy;

/** How a deadline's date is counted (DESIGN.md, "Two clocks"). */
public enum DeadlineClock {
  /** Term-time weeks from the AP start: the deadline is the last school day of the week counted. */
  PLAN_WEEKS,
  /** School days from the first school day after the hearing. */
  SCHOOL_DAYS_AFTER_HEARING,
  /** Term-time weeks from the start at the receiving school, as plan weeks are counted. */
  PLACEMENT_WEEKS,
  /** Days before the next IYFAP hearing listed; undated while none is listed. */
  BEFORE_NEXT_HEARING
}
