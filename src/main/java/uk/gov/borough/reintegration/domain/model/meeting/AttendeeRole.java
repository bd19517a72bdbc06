package uk.gov.borough.reintegration.domain.model.meeting;

/**
 * The part a person plays at a meeting: "referring &amp; receiving school, parent &amp; pupil's and
 * other lead professionals" (policy P8).
 */
public enum AttendeeRole {
  REFERRING_SCHOOL,
  RECEIVING_SCHOOL,
  PUPIL,
  PARENT_CARER,
  /** The alternative provision the pupil attends. */
  AP,
  LEAD_PROFESSIONAL,
  OTHER
}
