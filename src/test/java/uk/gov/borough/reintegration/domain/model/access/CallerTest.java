package uk.gov.borough.reintegration.domain.model.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Roles carry the permissions DESIGN.md's "Who uses it" gives them, and no more. */
class CallerTest {

  @Test
  void socialWorkerReadsAndAddsNotesButChangesNothingElse() {
    Caller worker = new Caller("sw", "Social Worker", Set.of(Role.SOCIAL_WORKER), Set.of());

    assertTrue(worker.may(Permission.VIEW_CASES));
    assertTrue(worker.may(Permission.ADD_NOTES));
    assertFalse(worker.may(Permission.EDIT_REFERRAL_AND_PLAN));
    assertFalse(worker.may(Permission.RECORD_SCHOOL_STEPS));
    assertFalse(worker.may(Permission.VIEW_ALL_CASES));
  }

  @Test
  void portalAdministratorSeesNoPupilData() {
    Caller admin = new Caller("it", "Borough IT", Set.of(Role.PORTAL_ADMIN), Set.of());

    assertTrue(admin.may(Permission.ADMINISTER_REFERENCE_DATA));
    assertFalse(admin.may(Permission.VIEW_CASES));
    assertFalse(admin.may(Permission.READ_AUDIT));
  }

  @Test
  void onlyTheInclusionOfficerDecidesAtPanelAcknowledgesAndReadsTheAudit() {
    for (Role role : Role.values()) {
      Caller caller = new Caller("c", "Caller", Set.of(role), Set.of());
      boolean officer = role == Role.INCLUSION_OFFICER;
      assertTrue(caller.may(Permission.DECIDE_AT_PANEL) == officer, role.name());
      assertTrue(caller.may(Permission.ACKNOWLEDGE_OUTCOME) == officer, role.name());
      assertTrue(caller.may(Permission.READ_AUDIT) == officer, role.name());
      assertTrue(caller.may(Permission.VIEW_ALL_CASES) == officer, role.name());
    }
  }

  @Test
  void callerWithSeveralRolesHasTheUnionOfTheirPermissions() {
    Caller both = new Caller("x", "X", Set.of(Role.AP_STAFF, Role.SCHOOL_STAFF), Set.of("990101"));

    assertTrue(both.may(Permission.EDIT_REFERRAL_AND_PLAN));
    assertTrue(both.may(Permission.RECORD_SCHOOL_STEPS));
    assertTrue(both.belongsTo("990101"));
    assertFalse(both.belongsTo("990102"));
  }
}
