package uk.gov.borough.reintegration.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.calendar.PeriodKind;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolCalendar;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolDays;
import uk.gov.borough.reintegration.domain.model.incident.BreakdownCategory;
import uk.gov.borough.reintegration.domain.model.outbox.PolicyEvent;
import uk.gov.borough.reintegration.domain.model.outbox.RecipientRole;

class PolicyEditionTest {

  private static final PolicyEdition HAVERING = Editions.HAVERING_2020_21;

  @Test
  @DisplayName("The first edition is found by name; a name no edition has is not")
  void editionsByName() {
    assertEquals(HAVERING, Editions.named("Havering 2020/21").orElseThrow());
    assertTrue(Editions.named("Havering 2030/31").isEmpty());
    assertEquals(List.of("Havering 2020/21"), Editions.names());
  }

  @Test
  @DisplayName("Every value a borough may override has a key, with the edition's value")
  void overridableKeys() {
    Map<String, String> overridable = HAVERING.overridable();
    assertEquals("4", overridable.get("deadlines.four-week-review.plan-week"));
    assertEquals("10", overridable.get("deadlines.planning-meeting.school-days"));
    assertEquals("10", overridable.get("deadlines.start.school-days"));
    assertEquals("6", overridable.get("deadlines.first-judgement.weeks"));
    assertEquals("1", overridable.get("deadlines.success-reported.days-before-hearing"));
    assertEquals("3", overridable.get(PolicyEdition.DUE_SOON_KEY));
    assertEquals(
        "Threatening violence", overridable.get("breakdown-categories.threatening-violence"));
    assertEquals(
        "referring-school@other, receiving-school@olive-academy",
        overridable.get("told.stage-1-completed"));
    assertEquals(
        6 + BreakdownCategory.values().length + PolicyEvent.values().length, overridable.size());
    assertTrue(HAVERING.overrides().isEmpty());
  }

  @Test
  @DisplayName("Issue 15: a borough rewords a breakdown category and names whom it tells")
  void listsAreOverridden() {
    PolicyEdition changed =
        HAVERING.withOverrides(
            Map.of(
                "breakdown-categories.threatening-violence",
                " Threats of violence ",
                "told.success-agreed",
                "iyfap-mailbox,attendance-and-behaviour-service@other"));
    assertEquals(
        "Threats of violence",
        changed.breakdownCategories().get(BreakdownCategory.THREATENING_VIOLENCE));
    assertEquals(
        List.of(BreakdownCategory.values()),
        List.copyOf(changed.breakdownCategories().keySet()),
        "the categories keep the policy's order");
    assertEquals(
        List.of(
            Told.always(RecipientRole.IYFAP_MAILBOX),
            new Told(RecipientRole.ATTENDANCE_AND_BEHAVIOUR_SERVICE, Told.OnCases.OTHER)),
        changed.told(PolicyEvent.SUCCESS_AGREED));
    assertEquals(
        Map.of(
            "breakdown-categories.threatening-violence",
            "Threats of violence",
            "told.success-agreed",
            "iyfap-mailbox, attendance-and-behaviour-service@other"),
        changed.overrides());
    assertEquals(
        List.of(
            "Breakdown category \"Threatening violence\" reads \"Threats of violence\"",
            "Told of success agreed: iyfap mailbox, attendance and behaviour service@other"),
        changed.overridesInWords());
  }

  @Test
  @DisplayName("A list without anyone, with someone unknown or twice, or without the parents (R11)")
  void listsAtFault() {
    for (String whom :
        List.of(
            "", " , ", "iyfap-mailbox,", "the-press", "provider@sometimes", "provider, provider")) {
      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class,
              () -> HAVERING.withOverrides(Map.of("told.referral-submitted", whom)),
              whom);
      assertTrue(refused.getMessage().startsWith("told.referral-submitted "), whom);
    }
    IllegalArgumentException withoutParents =
        assertThrows(
            IllegalArgumentException.class,
            () -> HAVERING.withOverrides(Map.of("told.placement-ended", "referring-school")));
    assertTrue(withoutParents.getMessage().contains("R11"), withoutParents.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> HAVERING.withOverrides(Map.of("breakdown-categories.threatening-violence", " ")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            HAVERING.withOverrides(
                Map.of("breakdown-categories.threatening-violence", "Sexualised behaviour")),
        "two categories worded alike cannot be told apart");
    assertThrows(
        IllegalArgumentException.class,
        () -> HAVERING.withOverrides(Map.of("breakdown-categories.arson", "Arson")));
    assertThrows(
        IllegalArgumentException.class,
        () -> HAVERING.withOverrides(Map.of("told.hearing-adjourned", "provider")));
  }

  @Test
  @DisplayName("A second edition counting 12 school days dates the planning meeting later")
  void secondEditionCountsItsOwnDays() {
    PolicyEdition later =
        HAVERING.withOverrides(Map.of("deadlines.planning-meeting.school-days", "12"));
    SchoolCalendar calendar = new SchoolCalendar("EXAMPLE", "Invented", true, null);
    calendar.addPeriod(
        PeriodKind.TERM, "Autumn term", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18));
    SchoolDays days = SchoolDays.of(calendar);
    LocalDate hearing = LocalDate.of(2026, 11, 5);
    assertEquals(
        LocalDate.of(2026, 11, 19),
        HAVERING.deadline(DeadlineKind.PLANNING_MEETING).dueOn(days, hearing));
    assertEquals(
        LocalDate.of(2026, 11, 23),
        later.deadline(DeadlineKind.PLANNING_MEETING).dueOn(days, hearing));
    assertEquals(10, later.deadline(DeadlineKind.START).count(), "the start keeps its own count");
    assertEquals("Havering 2020/21", later.name());
    assertEquals(Map.of("deadlines.planning-meeting.school-days", "12"), later.overrides());
    assertEquals("Havering 2020/21 {deadlines.planning-meeting.school-days=12}", later.toString());
  }

  @Test
  @DisplayName("A count past the bounds, or a key the edition has not, is refused")
  void boundsAndKeys() {
    assertThrows(
        IllegalArgumentException.class,
        () -> HAVERING.withOverrides(Map.of("deadlines.start.school-days", "0")));
    assertThrows(
        IllegalArgumentException.class,
        () -> HAVERING.withOverrides(Map.of("deadlines.start.school-days", "61")));
    assertThrows(
        IllegalArgumentException.class, () -> HAVERING.withOverrides(Map.of("deadlines.x", "1")));
    assertEquals(0, HAVERING.withOverrides(Map.of(PolicyEdition.DUE_SOON_KEY, "0")).dueSoonDays());
  }

  @Test
  @DisplayName("A value restated as published is no change; a change is said in words")
  void overridesAreChangesOnly() {
    assertTrue(
        HAVERING.withOverrides(Map.of("deadlines.start.school-days", "10")).overrides().isEmpty());
    PolicyEdition changed =
        HAVERING.withOverrides(
            Map.of("deadlines.four-week-review.plan-week", "5", PolicyEdition.DUE_SOON_KEY, "4"));
    assertEquals(
        List.of("Due soon: 4 days before a deadline", "4-week review: plan week 5"),
        changed.overridesInWords());
  }

  @Test
  @DisplayName("Issue 15: a case counts as the edition in force when its name and changes are")
  void countsAsTheEditionInForce() {
    PolicyEdition twelve = HAVERING.withOverrides(Map.of("deadlines.start.school-days", "12"));
    assertTrue(
        HAVERING.countsAs(HAVERING.withOverrides(Map.of("deadlines.start.school-days", "10"))));
    assertTrue(
        twelve.countsAs(HAVERING.withOverrides(Map.of("deadlines.start.school-days", "12"))));
    assertFalse(twelve.countsAs(HAVERING));
    assertFalse(HAVERING.countsAs(twelve));
  }
}
