package uk.gov.borough.reintegration.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.outbox.PolicyEvent;
import uk.gov.borough.reintegration.domain.model.outbox.RecipientRole;

/** Who the 2020/21 edition tells of each event (DESIGN.md, "Notifications"). */
class ToldTest {

  private static final PolicyEdition EDITION = Editions.HAVERING_2020_21;

  @Test
  @DisplayName("Every event tells somebody")
  void everyEventTellsSomebody() {
    for (PolicyEvent event : PolicyEvent.values()) {
      assertFalse(EDITION.told(event).isEmpty(), event.name());
    }
  }

  @Test
  @DisplayName("P5, R11: the parents are told when a placement ends, and of nothing else")
  void parentsAreToldOfAnEndingOnly() {
    for (PolicyEvent event : PolicyEvent.values()) {
      boolean ending =
          event == PolicyEvent.PLACEMENT_ENDED || event == PolicyEvent.MANAGED_MOVE_BROKEN_DOWN;
      assertEquals(ending, roles(event, false).contains(RecipientRole.PARENT_CARER), event.name());
    }
  }

  @Test
  @DisplayName("P4: the referral goes to the IYFAP mailbox; P5: a managed move to the A&B Service")
  void mailboxesByTheirRole() {
    assertEquals(
        List.of(RecipientRole.IYFAP_MAILBOX), roles(PolicyEvent.REFERRAL_SUBMITTED, false));
    assertEquals(
        List.of(RecipientRole.ATTENDANCE_AND_BEHAVIOUR_SERVICE),
        roles(PolicyEvent.MANAGED_MOVE_OPENED, false));
    assertTrue(
        roles(PolicyEvent.MANAGED_MOVE_CONCLUDED, false)
            .contains(RecipientRole.ATTENDANCE_AND_BEHAVIOUR_SERVICE));
    assertFalse(
        roles(PolicyEvent.SUCCESS_AGREED, false)
            .contains(RecipientRole.ATTENDANCE_AND_BEHAVIOUR_SERVICE));
  }

  @Test
  @DisplayName("P7: Stage 1 goes to the referring school; Olive Academy hands it to the receiving")
  void stage1GoesBackOrOn() {
    assertEquals(
        List.of(RecipientRole.REFERRING_SCHOOL), roles(PolicyEvent.STAGE_1_COMPLETED, false));
    assertEquals(
        List.of(RecipientRole.RECEIVING_SCHOOL), roles(PolicyEvent.STAGE_1_COMPLETED, true));
  }

  @Test
  @DisplayName("P5: Olive Academy hears of every evaluation, as provider or as school of roll")
  void oliveAcademyHearsOfEveryEvaluation() {
    assertEquals(
        List.of(RecipientRole.OLIVE_ACADEMY), roles(PolicyEvent.EVALUATION_RECORDED, false));
    assertEquals(
        List.of(RecipientRole.OLIVE_ACADEMY), roles(PolicyEvent.EVALUATION_RECORDED, true));
  }

  private static List<RecipientRole> roles(PolicyEvent event, boolean oliveAcademyCase) {
    return EDITION.told(event).stream()
        .filter(told -> told.isToldOn(oliveAcademyCase))
        .map(Told::role)
        .toList();
  }
}
