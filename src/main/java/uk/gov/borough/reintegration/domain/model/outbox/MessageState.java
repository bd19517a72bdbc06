package uk.gov.borough.reintegration.domain.model.outbox;

/** Where a message stands in its delivery. */
public enum MessageState {
  PENDING,
  SENT,
  /** The last try failed; another is due at the next try time. */
  FAILED,
  /** Every try failed: it waits for someone to retry it from the case. */
  DEAD
}
