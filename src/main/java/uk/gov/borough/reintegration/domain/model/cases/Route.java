package uk.gov.borough.reintegration.domain.model.cases;

/** Why the pupil is returning to mainstream: the policy's reasons for a reintegration (P4, P5). */
public enum Route {
  /** After a permanent exclusion; the pupil attends Olive Academy (P4). */
  PERMANENT_EXCLUSION,
  /** After a direction off-site and a period of support and intervention in an AP (P4). */
  DIRECTION_OFF_SITE,
  /** After intervention at the Medical Provision, The Bridge / Queens Hospital (P4). */
  MEDICAL_PROVISION,
  /** The EHCP Transition Programme (P4). */
  EHCP_TRANSITION,
  /** A managed move between schools without a direction off-site (P5). */
  MANAGED_MOVE
}
