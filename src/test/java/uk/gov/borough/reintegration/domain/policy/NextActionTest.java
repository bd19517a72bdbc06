package uk.gov.borough.reintegration.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Role;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.party.Establishment;

/** Whose move a case waits on, as My work shows it. */
class NextActionTest {

  private static final Caller OLIVE_STAFF =
      new Caller("ap", "AP", Set.of(Role.AP_STAFF), Set.of("1000002"));
  private static final Caller OTHER_AP_STAFF =
      new Caller("ap2", "AP", Set.of(Role.AP_STAFF), Set.of("1000009"));
  private static final Caller OFFICER =
      new Caller("io", "IO", Set.of(Role.INCLUSION_OFFICER), Set.of());
  private static final Caller RECEIVING_STAFF =
      new Caller("rs", "RS", Set.of(Role.SCHOOL_STAFF), Set.of("100777"));

  @Test
  @DisplayName("P4: a referral in preparation waits on its provider's staff, and no one else")
  void draftWaitsOnTheProvider() {
    NextAction action =
        Editions.HAVERING_2020_21.nextAction(Fixtures.permanentExclusionCase()).orElseThrow();
    assertEquals("Complete Stage 1 and submit the referral (P4)", action.what());
    assertTrue(action.isFor(OLIVE_STAFF));
    assertFalse(action.isFor(OTHER_AP_STAFF));
    assertFalse(action.isFor(OFFICER));
  }

  @Test
  @DisplayName("P4, R12: the panel's steps and the acknowledgement wait on inclusion officers")
  void panelStepsWaitOnOfficers() {
    ReintegrationCase c = Fixtures.permanentExclusionCase();
    for (CaseStatus status :
        Set.of(CaseStatus.REFERRED, CaseStatus.AT_PANEL, CaseStatus.SUCCESSFUL)) {
      Fixtures.standingAt(c, status);
      NextAction action = Editions.HAVERING_2020_21.nextAction(c).orElseThrow();
      assertTrue(action.isFor(OFFICER), status.name());
      assertFalse(action.isFor(OLIVE_STAFF), status.name());
    }
  }

  @Test
  @DisplayName("P4: planning waits on the receiving school once the panel names it")
  void planningWaitsOnTheReceivingSchool() {
    ReintegrationCase c = Fixtures.permanentExclusionCase();
    Fixtures.standingAt(c, CaseStatus.PLANNING);
    assertTrue(
        Editions.HAVERING_2020_21.nextAction(c).isEmpty(),
        "no receiving school named yet: nobody's move");
    Establishment receiving = Fixtures.mainstreamSchool("Receiving School");
    c.nameReceivingSchool(
        new Establishment(receiving.getKind(), "Receiving School", "100777", "r@x.example", true));
    assertTrue(Editions.HAVERING_2020_21.nextAction(c).orElseThrow().isFor(RECEIVING_STAFF));
    assertFalse(Editions.HAVERING_2020_21.nextAction(c).orElseThrow().isFor(OLIVE_STAFF));
  }

  @Test
  @DisplayName("A closed case waits on nobody")
  void closedCaseAsksNothing() {
    ReintegrationCase c = Fixtures.permanentExclusionCase();
    for (CaseStatus status : CaseStatus.CLOSED) {
      Fixtures.standingAt(c, status);
      assertTrue(Editions.HAVERING_2020_21.nextAction(c).isEmpty(), status.name());
    }
  }
}
