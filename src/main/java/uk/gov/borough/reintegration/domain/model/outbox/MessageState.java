package uk.gov.borough.reintegration.domain.model.outbox;

/** Where a message stands in its delivery. */
public enum MessageState {
  PENDING,
  SENT,
  /** The last try failed; another is due at the next try time. */
  FAILED,
  /** Every try failed: it waits for someone to retry it from the case. */
  DEAD,
  /**
   * Past the day's ceiling of messages to this recipient about this case: kept, not sent, until an
   * inclusion officer releases it (a broken script or a stolen account must not flood a family).
   */
  HELD
}
