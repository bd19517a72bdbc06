package uk.gov.borough.reintegration.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Role;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentKind;
import uk.gov.borough.reintegration.domain.model.party.LeadRole;

/** The 2020/21 edition's steps: where each belongs, where it leads, and whose it is (P4-P9). */
class StepRuleTest {

  private static final PolicyEdition EDITION = Editions.HAVERING_2020_21;
  private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 30, 9, 0);

  private static final Caller OLIVE_STAFF =
      new Caller("ap", "AP", Set.of(Role.AP_STAFF), Set.of("1000002"));
  private static final Caller REFERRING_STAFF =
      new Caller("rs", "RS", Set.of(Role.SCHOOL_STAFF), Set.of("100001"));
  private static final Caller OFFICER =
      new Caller("io", "IO", Set.of(Role.INCLUSION_OFFICER), Set.of());

  @Test
  @DisplayName("P4: a referral goes to the panel, is ratified, planned and started, then reviewed")
  void theIdealPath() {
    ReintegrationCase c = Fixtures.permanentExclusionCase();
    for (Step step :
        new Step[] {
          Step.SUBMIT_REFERRAL,
          Step.LIST_AT_HEARING,
          Step.RATIFY,
          Step.START,
          Step.BEGIN_LIAISON,
          Step.AGREE_SUCCESS,
          Step.ACKNOWLEDGE_SUCCESS,
          Step.COMPLETE
        }) {
      c.take(EDITION.step(step), "test", step.pastTense(), AT).orElseThrow();
    }
    assertEquals(CaseStatus.COMPLETED, c.getStatus());
  }

  @Test
  @DisplayName("P4-P5: a provider opens its own pupils' referrals; a school only a managed move")
  void whoOpensAReferral() {
    StepRule opening = EDITION.step(Step.OPEN_REFERRAL);
    ReintegrationCase excluded = Fixtures.permanentExclusionCase();
    assertTrue(opening.isTakenBy(OLIVE_STAFF, excluded.getRoute(), excluded::establishmentOf));
    assertFalse(opening.isTakenBy(REFERRING_STAFF, excluded.getRoute(), excluded::establishmentOf));
    assertFalse(opening.isTakenBy(OFFICER, excluded.getRoute(), excluded::establishmentOf));
    ReintegrationCase move = Fixtures.caseOn(Route.MANAGED_MOVE);
    assertTrue(opening.isTakenBy(REFERRING_STAFF, move.getRoute(), move::establishmentOf));
    assertTrue(opening.isInTheRoleOf(REFERRING_STAFF));
    assertFalse(opening.isInTheRoleOf(OFFICER));
  }

  @Test
  @DisplayName("P4: the provider arranges the planning meeting; the other meetings are anyone's")
  void thePlanningMeetingIsTheProviders() {
    ReintegrationCase c = Fixtures.permanentExclusionCase();
    StepRule planning = EDITION.step(Step.ARRANGE_PLANNING_MEETING);
    assertTrue(
        planning.isOpenTo(OLIVE_STAFF, CaseStatus.PLANNING, c.getRoute(), c::establishmentOf));
    assertFalse(
        planning.isOpenTo(REFERRING_STAFF, CaseStatus.PLANNING, c.getRoute(), c::establishmentOf));
    assertTrue(
        EDITION
            .step(Step.PLAN_MEETING)
            .isOpenTo(REFERRING_STAFF, CaseStatus.PLANNING, c.getRoute(), c::establishmentOf));
    ReintegrationCase move = Fixtures.caseOn(Route.MANAGED_MOVE);
    assertTrue(
        planning.isOpenTo(
            REFERRING_STAFF, CaseStatus.PLANNING, move.getRoute(), move::establishmentOf));
  }

  @Test
  @DisplayName(
      "Issue 16: each party names its own lead; an officer names the officer, the social"
          + " worker, and any lead")
  void whoNamesWhichLead() {
    ReintegrationCase c = Fixtures.permanentExclusionCase();
    Caller receivingStaff = new Caller("rcv", "RCV", Set.of(Role.SCHOOL_STAFF), Set.of("100009"));
    c.proposeReceivingSchool(
        new Establishment(
            EstablishmentKind.MAINSTREAM, "Receiving", "100009", "r@example.org", true));
    Map<Step, List<Caller>> may =
        Map.of(
            Step.NAME_CURRENT_LEAD, List.of(OLIVE_STAFF, OFFICER),
            Step.NAME_RECEIVING_LEAD, List.of(receivingStaff, OFFICER),
            Step.NAME_INCLUSIONS_OFFICER, List.of(OFFICER),
            Step.NAME_SOCIAL_WORKER, List.of(OFFICER));
    for (LeadRole role : LeadRole.values()) {
      StepRule naming = EDITION.step(Step.naming(role));
      for (Caller caller : List.of(OLIVE_STAFF, REFERRING_STAFF, receivingStaff, OFFICER)) {
        assertEquals(
            may.get(naming.step()).contains(caller),
            naming.isOpenTo(caller, CaseStatus.DRAFT, c.getRoute(), c::establishmentOf),
            caller.subject() + " naming the " + role);
      }
      assertFalse(naming.belongsAt(CaseStatus.COMPLETED), "a closed case keeps its leads");
    }
  }

  @Test
  @DisplayName("P4: a deferred case is listed again at a later hearing; a declined one closes")
  void deferredAndDeclined() {
    assertEquals(CaseStatus.DEFERRED, EDITION.step(Step.DEFER).to());
    assertTrue(EDITION.step(Step.LIST_AT_HEARING).belongsAt(CaseStatus.DEFERRED));
    assertEquals(EnumSet.of(Step.RETURN_TO_REFERRING_SCHOOL), movesFrom(CaseStatus.DECLINED));
  }

  @Test
  @DisplayName("P5: a managed move goes to planning without a hearing, and is never listed at one")
  void managedMove() {
    ReintegrationCase c = Fixtures.caseOn(Route.MANAGED_MOVE);
    StepNotAllowed refused =
        assertThrows(
            StepNotAllowed.class, () -> c.take(EDITION.step(Step.SUBMIT_REFERRAL), "t", "t", AT));
    assertEquals(
        "A case on the managed move route cannot be submitted as a referral.",
        refused.getMessage());
    assertEquals(CaseStatus.DRAFT, c.getStatus(), "a refused step changes nothing");
    c.take(EDITION.step(Step.AGREE_MANAGED_MOVE), "t", "t", AT);
    assertEquals(CaseStatus.PLANNING, c.getStatus());
  }

  @Test
  @DisplayName("P5-P6: a breakdown ends in a return to Olive Academy or the referring school")
  void breakdown() {
    assertEquals(CaseStatus.BROKEN_DOWN, EDITION.step(Step.END_PLACEMENT).to());
    assertEquals(
        EnumSet.of(Step.RETURN_TO_OLIVE_ACADEMY, Step.RETURN_TO_REFERRING_SCHOOL),
        movesFrom(CaseStatus.BROKEN_DOWN));
  }

  @Test
  @DisplayName("R1, R3: a pause remembers where the case stood, and the case goes on from there")
  void pausesAndResumes() {
    ReintegrationCase c = Fixtures.permanentExclusionCase();
    c.take(EDITION.step(Step.SUBMIT_REFERRAL), "t", "t", AT);
    c.take(EDITION.step(Step.STOP_FOR_WITHDRAWN_CONSENT), "t", "t", AT);
    assertEquals(CaseStatus.STOPPED_CONSENT_WITHDRAWN, c.getStatus());
    c.take(EDITION.step(Step.RESUME_WITH_CONSENT), "t", "t", AT);
    assertEquals(CaseStatus.REFERRED, c.getStatus());
    c.take(EDITION.step(Step.FIND_NOT_READY), "t", "t", AT);
    assertEquals(CaseStatus.NOT_READY, c.getStatus());
    c.take(EDITION.step(Step.FIND_READY_AGAIN), "t", "t", AT);
    assertEquals(CaseStatus.REFERRED, c.getStatus());
    assertFalse(EDITION.step(Step.STOP_FOR_WITHDRAWN_CONSENT).belongsAt(CaseStatus.COMPLETED));
  }

  @Test
  @DisplayName("A step out of place is refused, saying where the case stands, and changes nothing")
  void outOfPlace() {
    ReintegrationCase c =
        Fixtures.standingAt(Fixtures.permanentExclusionCase(), CaseStatus.STARTED);
    StepNotAllowed refused =
        assertThrows(
            StepNotAllowed.class,
            () -> c.take(EDITION.step(Step.ACKNOWLEDGE_SUCCESS), "t", "t", AT));
    assertEquals(
        "A case that is started cannot be acknowledged as successful.", refused.getMessage());
    assertEquals(CaseStatus.STARTED, c.getStatus());
  }

  @Test
  @DisplayName("Closed cases take no step but the return always allowed (R15), and no plan records")
  void closedCases() {
    for (CaseStatus closed : CaseStatus.CLOSED) {
      assertTrue(
          EnumSet.of(Step.RETURN_TO_REFERRING_SCHOOL).containsAll(movesFrom(closed)),
          closed + " takes " + movesFrom(closed));
      assertFalse(EDITION.step(Step.PLAN_MEETING).belongsAt(closed), closed.name());
      assertTrue(EDITION.step(Step.ADD_NOTE).belongsAt(closed), closed.name());
    }
  }

  @Test
  @DisplayName("P7: the provider's staff complete the referral; the referring school's do not")
  void theProviderCompletesTheReferral() {
    ReintegrationCase c = Fixtures.permanentExclusionCase();
    StepRule submit = EDITION.step(Step.SUBMIT_REFERRAL);
    assertTrue(submit.isOpenTo(OLIVE_STAFF, c.getStatus(), c.getRoute(), c::establishmentOf));
    assertFalse(submit.isOpenTo(REFERRING_STAFF, c.getStatus(), c.getRoute(), c::establishmentOf));
    assertFalse(submit.isOpenTo(OFFICER, c.getStatus(), c.getRoute(), c::establishmentOf));
  }

  @Test
  @DisplayName("P5: on a managed move the pupil's own school completes the referral")
  void onAManagedMoveTheSchoolIsTheProvider() {
    ReintegrationCase c = Fixtures.caseOn(Route.MANAGED_MOVE);
    StepRule stage1 = EDITION.step(Step.RECORD_STAGE1);
    assertTrue(stage1.isOpenTo(REFERRING_STAFF, c.getStatus(), c.getRoute(), c::establishmentOf));
  }

  @Test
  @DisplayName("P4, R12: the panel's steps and the acknowledgement are an inclusion officer's")
  void officersSteps() {
    ReintegrationCase c = Fixtures.permanentExclusionCase();
    for (Step step : EnumSet.of(Step.RATIFY, Step.ACKNOWLEDGE_SUCCESS, Step.SUPERSEDE_ROLL)) {
      StepRule rule = EDITION.step(step);
      assertTrue(rule.isTakenBy(OFFICER, c.getRoute(), c::establishmentOf), step.name());
      assertFalse(rule.isTakenBy(OLIVE_STAFF, c.getRoute(), c::establishmentOf), step.name());
    }
  }

  @Test
  @DisplayName("Every step of the process is in the edition, with a taker")
  void everyStepIsSet() {
    for (Step step : Step.values()) {
      assertFalse(EDITION.step(step).takers().isEmpty(), step.name());
      assertTrue(
          EDITION.step(step).takers().stream().noneMatch(taker -> taker.anyOf().isEmpty()),
          step.name());
    }
  }

  /** The steps that move a case on from the status. */
  private static Set<Step> movesFrom(CaseStatus status) {
    Set<Step> steps = EnumSet.noneOf(Step.class);
    Arrays.stream(Step.values())
        .map(EDITION::step)
        .filter(rule -> rule.move() != StepRule.Move.RECORDS && rule.belongsAt(status))
        .forEach(rule -> steps.add(rule.step()));
    return steps;
  }
}
