package uk.gov.borough.reintegration.domain.model.workflow;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import uk.gov.borough.reintegration.domain.model.Fixtures;
import uk.gov.borough.reintegration.domain.model.cases.Consent;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.RollDecision;
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.model.cases.SignOff;
import uk.gov.borough.reintegration.domain.model.cases.Stage1Readiness;
import uk.gov.borough.reintegration.domain.model.cases.UniformFunding;
import uk.gov.borough.reintegration.domain.model.cases.UniformSupport;
import uk.gov.borough.reintegration.domain.model.incident.BreakdownCategory;
import uk.gov.borough.reintegration.domain.model.meeting.Attendee;
import uk.gov.borough.reintegration.domain.model.meeting.AttendeeRole;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;
import uk.gov.borough.reintegration.domain.model.meeting.MeetingKind;
import uk.gov.borough.reintegration.domain.policy.Rule;

/** Each hard rule, allowed and refused, named by its rule and the policy page it comes from. */
class PolicyRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  private static void refusedBy(Rule rule, Executable step) {
    RuleViolation refused = assertThrows(RuleViolation.class, step);
    assertEquals(rule, refused.rule());
    assertTrue(refused.getMessage().endsWith("."), "a sentence: " + refused.getMessage());
  }

  private static Consent consent() {
    return new Consent("Donna Example (mother)", TODAY, "At a meeting at the AP", true);
  }

  @Test
  @DisplayName("R1 (P4): a permanent-exclusion referral needs consent with full understanding")
  void consentBeforeReferral() {
    ReintegrationCase reintegration = Fixtures.permanentExclusionCase();
    refusedBy(Rule.R1, () -> PolicyRules.requireConsent(reintegration));

    reintegration.recordConsent(
        new Consent("Donna Example (mother)", TODAY, "By telephone", false));
    refusedBy(Rule.R1, () -> PolicyRules.requireConsent(reintegration));

    reintegration.recordConsent(consent());
    assertDoesNotThrow(() -> PolicyRules.requireConsent(reintegration));
  }

  @Test
  @DisplayName("R1 (P4): withdrawn consent stops the case until it is given again")
  void withdrawnConsent() {
    ReintegrationCase reintegration = Fixtures.permanentExclusionCase();
    reintegration.recordConsent(consent());
    reintegration.withdrawConsent(TODAY, "Mum wants to wait until after Christmas");

    refusedBy(Rule.R1, () -> PolicyRules.requireConsent(reintegration));
    reintegration.recordConsent(consent());
    assertDoesNotThrow(() -> PolicyRules.requireConsent(reintegration));
  }

  @Test
  @DisplayName("R1 (P4): other routes do not need the consent recorded this way")
  void consentOnlyForPermanentExclusion() {
    ReintegrationCase offSite =
        new ReintegrationCase(
            Fixtures.pupil(),
            Route.DIRECTION_OFF_SITE,
            Fixtures.mainstreamSchool("Referring School"),
            Fixtures.oliveAcademy());
    assertDoesNotThrow(() -> PolicyRules.requireConsent(offSite));
  }

  @Test
  @DisplayName("R3 (P7): no Stage 2 until Stage 1 is complete and says the pupil is on track")
  void onTrackBeforeStage2() {
    ReintegrationCase reintegration = Fixtures.permanentExclusionCase();
    refusedBy(Rule.R3, () -> PolicyRules.requireOnTrack(reintegration));

    reintegration.recordStage1(
        new Stage1Readiness(
            "Re-engage with learning",
            "Reading age +1",
            "No exclusions",
            "95%",
            false,
            "Not attending afternoons",
            "A mentor and a shorter timetable",
            4));
    refusedBy(Rule.R3, () -> PolicyRules.requireOnTrack(reintegration));

    reintegration.recordStage1(reintegration.getStage1().reassessed(TODAY, true));
    assertDoesNotThrow(() -> PolicyRules.requireOnTrack(reintegration));
  }

  @Test
  @DisplayName(
      "R4 (P5): the uniform is decided at referral; free school meals mean the school buys")
  void uniformDecided() {
    ReintegrationCase reintegration = Fixtures.permanentExclusionCase();
    refusedBy(Rule.R4, () -> PolicyRules.requireUniformDecision(reintegration));

    reintegration.decideUniformSupport(
        new UniformSupport(UniformFunding.FINANCIAL_ASSISTANCE, TODAY, null));
    refusedBy(Rule.R4, () -> PolicyRules.requireUniformDecision(reintegration));

    reintegration.recordAsylumSeekerOrRefugee(true);
    assertDoesNotThrow(
        () -> PolicyRules.requireUniformDecision(reintegration),
        "an asylum seeker on free school meals may have financial assistance");

    reintegration.recordAsylumSeekerOrRefugee(false);
    reintegration.decideUniformSupport(
        new UniformSupport(UniformFunding.REFERRING_SCHOOL_BUYS, TODAY, null));
    assertDoesNotThrow(() -> PolicyRules.requireUniformDecision(reintegration));
  }

  @Test
  @DisplayName("R5 (P4): an Olive Academy pupil is ratified before the planning meeting")
  void ratifiedBeforePlanningMeeting() {
    ReintegrationCase atOlive = Fixtures.permanentExclusionCase();
    refusedBy(Rule.R5, () -> PolicyRules.requireRatifiedBeforePlanningMeeting(atOlive, false));
    assertDoesNotThrow(() -> PolicyRules.requireRatifiedBeforePlanningMeeting(atOlive, true));

    ReintegrationCase managedMove =
        new ReintegrationCase(
            Fixtures.pupil(),
            Route.MANAGED_MOVE,
            Fixtures.mainstreamSchool("Referring School"),
            Fixtures.mainstreamSchool("Referring School"));
    assertDoesNotThrow(() -> PolicyRules.requireRatifiedBeforePlanningMeeting(managedMove, false));
  }

  @Test
  @DisplayName("R2 (P4): progress shown and the return discussed before the start")
  void readinessBeforeStart() {
    ReintegrationCase reintegration = Fixtures.permanentExclusionCase();
    refusedBy(Rule.R2, () -> PolicyRules.requireReadinessShown(reintegration));

    reintegration.recordProgressShown(TODAY, "Baseline and now, shared");
    refusedBy(Rule.R2, () -> PolicyRules.requireReadinessShown(reintegration));

    reintegration.recordReturnDiscussed(TODAY, "With Sam and mum");
    assertDoesNotThrow(() -> PolicyRules.requireReadinessShown(reintegration));
  }

  @Test
  @DisplayName("R7 (P8): a transition planning meeting without the pupil does not count")
  void transitionMeetingAttendance() {
    Meeting meeting =
        new Meeting(
            Fixtures.permanentExclusionCase(),
            MeetingKind.TRANSITION_PLANNING,
            LocalDateTime.of(2026, 11, 26, 15, 30),
            LocalDateTime.of(2026, 11, 26, 16, 30),
            "Receiving school");
    meeting.recordAttendees(
        List.of(
            new Attendee("Head of year", AttendeeRole.RECEIVING_SCHOOL, true),
            new Attendee("AP lead", AttendeeRole.REFERRING_SCHOOL, true),
            new Attendee("Sam", AttendeeRole.PUPIL, false)));
    meeting.markHeld();
    RuleViolation refused =
        assertThrows(
            RuleViolation.class, () -> PolicyRules.requireTransitionMeetingAttended(meeting));
    assertEquals(Rule.R7, refused.rule());
    assertTrue(refused.getMessage().contains("pupil"), refused.getMessage());

    meeting.recordAttendees(
        List.of(
            new Attendee("Head of year", AttendeeRole.RECEIVING_SCHOOL, true),
            new Attendee("AP lead", AttendeeRole.REFERRING_SCHOOL, true),
            new Attendee("Sam", AttendeeRole.PUPIL, true)));
    assertDoesNotThrow(() -> PolicyRules.requireTransitionMeetingAttended(meeting));
  }

  @Test
  @DisplayName("R10 (P5): an ending without a meeting only for a serious breakdown category")
  void groundsForEnding() {
    refusedBy(Rule.R10, () -> PolicyRules.requireGroundsForEnding(null, null));
    assertDoesNotThrow(
        () -> PolicyRules.requireGroundsForEnding(BreakdownCategory.OFFENSIVE_WEAPON, null));
  }

  @Test
  @DisplayName("R12 (P4): no transfer off the referring school's roll before the acknowledgement")
  void rollGate() {
    ReintegrationCase reintegration = Fixtures.permanentExclusionCase();
    assertDoesNotThrow(
        () ->
            PolicyRules.requireAcknowledgedBeforeRollTransfer(reintegration, RollDecision.REMAIN));
    refusedBy(
        Rule.R12,
        () ->
            PolicyRules.requireAcknowledgedBeforeRollTransfer(
                reintegration, RollDecision.TRANSFER));

    reintegration.signOffByReceivingSchool(new SignOff("Head of year", TODAY));
    reintegration.signOffByProvider(new SignOff("AP lead", TODAY));
    refusedBy(
        Rule.R12,
        () ->
            PolicyRules.requireAcknowledgedBeforeRollTransfer(
                reintegration, RollDecision.TRANSFER));

    reintegration.acknowledgeSuccess("Inclusion officer", TODAY);
    assertDoesNotThrow(
        () ->
            PolicyRules.requireAcknowledgedBeforeRollTransfer(
                reintegration, RollDecision.TRANSFER));
  }

  @Test
  @DisplayName("R14 (P6): only a permanently excluded pupil returns to Olive Academy")
  void returnToOliveAcademy() {
    assertDoesNotThrow(
        () ->
            PolicyRules.requirePermanentExclusionForOliveAcademyReturn(
                Fixtures.permanentExclusionCase()));
    ReintegrationCase offSite =
        new ReintegrationCase(
            Fixtures.pupil(),
            Route.DIRECTION_OFF_SITE,
            Fixtures.mainstreamSchool("Referring School"),
            Fixtures.oliveAcademy());
    refusedBy(Rule.R14, () -> PolicyRules.requirePermanentExclusionForOliveAcademyReturn(offSite));
  }
}
