package uk.gov.borough.reintegration.domain.model.access;

import static uk.gov.borough.reintegration.domain.model.access.Permission.ACKNOWLEDGE_OUTCOME;
import static uk.gov.borough.reintegration.domain.model.access.Permission.ADD_NOTES;
import static uk.gov.borough.reintegration.domain.model.access.Permission.ADMINISTER_REFERENCE_DATA;
import static uk.gov.borough.reintegration.domain.model.access.Permission.DECIDE_AT_PANEL;
import static uk.gov.borough.reintegration.domain.model.access.Permission.EDIT_REFERRAL_AND_PLAN;
import static uk.gov.borough.reintegration.domain.model.access.Permission.READ_AUDIT;
import static uk.gov.borough.reintegration.domain.model.access.Permission.RECORD_SCHOOL_STEPS;
import static uk.gov.borough.reintegration.domain.model.access.Permission.VIEW_ALL_CASES;
import static uk.gov.borough.reintegration.domain.model.access.Permission.VIEW_CASES;

import java.util.EnumSet;
import java.util.Set;

/** The roles of DESIGN.md's "Who uses it", each with the permissions it carries. */
public enum Role {
  AP_STAFF(EnumSet.of(VIEW_CASES, EDIT_REFERRAL_AND_PLAN, ADD_NOTES)),
  SCHOOL_STAFF(EnumSet.of(VIEW_CASES, RECORD_SCHOOL_STEPS, ADD_NOTES)),
  INCLUSION_OFFICER(
      EnumSet.of(
          VIEW_CASES, VIEW_ALL_CASES, DECIDE_AT_PANEL, ACKNOWLEDGE_OUTCOME, ADD_NOTES, READ_AUDIT)),
  /** Reads the cases they are named on and adds notes; changes nothing else. */
  SOCIAL_WORKER(EnumSet.of(VIEW_CASES, ADD_NOTES)),
  /** Borough IT: configuration, establishments, calendars; no pupil data. */
  PORTAL_ADMIN(EnumSet.of(ADMINISTER_REFERENCE_DATA));

  private final Set<Permission> permissions;

  Role(Set<Permission> permissions) {
    this.permissions = Set.copyOf(permissions);
  }

  public Set<Permission> permissions() {
    return permissions;
  }
}
