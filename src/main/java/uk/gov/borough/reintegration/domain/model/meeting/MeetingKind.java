package uk.gov.borough.reintegration.domain.model.meeting;

/** The three kinds of meeting the policy asks for (P4, P5, P8). */
public enum MeetingKind {
  /**
   * Arranged by the provider within the school days after the IYFAP hearing its edition sets (P4,
   * R6).
   */
  PLANNING,
  /**
   * Stage 3, initiated by the receiving school on its premises around the plan week of the review
   * (P8, R7).
   */
  TRANSITION_PLANNING,
  /** Regular review meetings of both schools with parents, carers and pupil (P5). */
  REVIEW
}
