package uk.gov.borough.reintegration.domain.model.deadline;

/** Where a deadline stands on a given day. */
public enum DeadlineState {
  UPCOMING,
  DUE_SOON,
  OVERDUE,
  MET,
  /** Moved to a later date, with a reason; still to be met. */
  EXTENDED
}
