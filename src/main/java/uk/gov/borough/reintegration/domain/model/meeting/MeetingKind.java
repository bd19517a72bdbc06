package uk.gov.borough.reintegration.domain.model.meeting;

/** The three kinds of meeting the policy asks for (P4, P5, P8). */
public enum MeetingKind {
  /** Arranged by the provider within 10 school days after the IYFAP hearing (P4, R6). */
  PLANNING,
  /** Stage 3, initiated by the receiving school on its premises in plan week 4 (P8, R7). */
  TRANSITION_PLANNING,
  /** Regular review meetings of both schools with parents, carers and pupil (P5). */
  REVIEW
}
