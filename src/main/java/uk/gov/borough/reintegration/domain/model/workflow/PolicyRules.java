package uk.gov.borough.reintegration.domain.model.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.gov.borough.reintegration.domain.model.calendar.UkDateFormat;
import uk.gov.borough.reintegration.domain.model.cases.Consent;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.RollDecision;
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.model.cases.Stage1Readiness;
import uk.gov.borough.reintegration.domain.model.cases.UniformFunding;
import uk.gov.borough.reintegration.domain.model.incident.BreakdownCategory;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentKind;
import uk.gov.borough.reintegration.domain.policy.Rule;

/**
 * The policy's hard rules (DESIGN.md, "Workflow and rules"), each a check that throws a {@link
 * RuleViolation} naming the rule and saying what to do. Plain Java, so each is tested without a
 * container; the services call them before they change a case.
 */
public final class PolicyRules {

  private PolicyRules() {}

  /**
   * R1 (P4): a permanently excluded pupil's referral needs the parent or carer's consent, with full
   * understanding (who, when, how), in force when it is submitted.
   */
  public static void requireConsent(ReintegrationCase reintegration) {
    if (reintegration.getRoute() != Route.PERMANENT_EXCLUSION) {
      return;
    }
    Consent consent = reintegration.getConsent();
    if (consent == null) {
      throw new RuleViolation(
          Rule.R1,
          "Record the parent or carer's consent (who gave it, when and how) before the referral"
              + " of a permanently excluded pupil is submitted.");
    }
    if (!consent.isFullUnderstandingConfirmed()) {
      throw new RuleViolation(
          Rule.R1,
          "Confirm that the parent or carer gave consent with full understanding of the"
              + " reintegration.");
    }
    if (consent.isWithdrawn()) {
      throw new RuleViolation(
          Rule.R1,
          "Consent was withdrawn on "
              + UkDateFormat.DATE.format(consent.getWithdrawnOn())
              + ": the case stays stopped until the parent or carer gives it again.");
    }
  }

  /** R3 (P7): Stage 1 is complete, and no step of Stage 2 is taken until it says "on track". */
  public static void requireOnTrack(ReintegrationCase reintegration) {
    if (reintegration.getStage1() == null) {
      throw new RuleViolation(
          Rule.R3,
          "Complete Stage 1 of the plan (the aims, targets and whether the pupil is on"
              + " track to return) first.");
    }
    if (!reintegration.getStage1().isOnTrack()) {
      throw new RuleViolation(
          Rule.R3,
          "Stage 1 says the pupil is not on track to return: re-assess Stage 1 as on track before"
              + " the case goes on to Stage 2.");
    }
  }

  /**
   * R3 (P7): a Stage 1 that says "No" says briefly why, what is required to address the barrier,
   * and the estimated number of weeks that needs: the form's three questions after a "No".
   */
  public static void requireBarrierDescribed(Stage1Readiness stage1) {
    if (!Boolean.FALSE.equals(stage1.getOnTrack())) {
      return;
    }
    List<String> missing = new ArrayList<>();
    if (isBlank(stage1.getNotOnTrackReason())) {
      missing.add("briefly why the pupil is not on track to return");
    }
    if (isBlank(stage1.getBarrierRequirement())) {
      missing.add("what is required to address the barrier");
    }
    if (stage1.getEstimatedWeeks() == null) {
      missing.add("the estimated number of weeks required to address it");
    }
    if (!missing.isEmpty()) {
      throw new RuleViolation(
          Rule.R3,
          "Stage 1 says the pupil is not on track: say " + String.join(", and ", missing) + ".");
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /**
   * R4 (P5): uniform support is decided at referral. A pupil receiving free school meals has the
   * uniform bought by the referring school; asylum seekers, refugees and pupils without free school
   * meals may have financial assistance. A pupil who is both on free school meals and an asylum
   * seeker or refugee may have either (DESIGN.md settles the overlap).
   */
  public static void requireUniformDecision(ReintegrationCase reintegration) {
    if (reintegration.getUniformSupport() == null) {
      throw new RuleViolation(
          Rule.R4, "Record the uniform decision (who buys the new uniform) with the referral.");
    }
    boolean freeSchoolMeals =
        reintegration.getPupil() != null && reintegration.getPupil().isFreeSchoolMeals();
    if (freeSchoolMeals
        && !reintegration.isAsylumSeekerOrRefugee()
        && reintegration.getUniformSupport().getFunding() != UniformFunding.REFERRING_SCHOOL_BUYS) {
      throw new RuleViolation(
          Rule.R4,
          "The pupil receives free school meals, so the referring school buys the new uniform.");
    }
  }

  /** R5 (P4): a pupil attending Olive Academy is ratified at IYFAP before the planning meeting. */
  public static void requireRatifiedBeforePlanningMeeting(
      ReintegrationCase reintegration, boolean ratified) {
    if (reintegration.getCurrentProvision().getKind() == EstablishmentKind.AP_ACADEMY
        && !ratified) {
      throw new RuleViolation(
          Rule.R5,
          "The pupil attends Olive Academy: the reintegration must be ratified at IYFAP before"
              + " the planning meeting is scheduled.");
    }
  }

  /**
   * R2 (P4): before the start, the provider has shown the receiving school the pupil's progress
   * from the baseline and discussed the return with the pupil and the parent.
   */
  public static void requireReadinessShown(ReintegrationCase reintegration) {
    if (reintegration.getReadinessEvidence() == null
        || !reintegration.getReadinessEvidence().isComplete()) {
      throw new RuleViolation(
          Rule.R2,
          "Before the start, record when the provider showed the receiving school the pupil's"
              + " progress and when it discussed the return with the pupil and the parent.");
    }
  }

  /**
   * R7 (P8): a transition planning meeting without either school or the pupil does not count and
   * must be rescheduled.
   */
  public static void requireTransitionMeetingAttended(Meeting meeting) {
    if (!meeting.countsAsTransitionPlanningMeeting()) {
      throw new RuleViolation(
          Rule.R7,
          "The transition planning meeting does not count without "
              + meeting.absentForTransitionPlanning().stream()
                  .map(role -> role.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                  .sorted()
                  .reduce((a, b) -> a + " and " + b)
                  .orElse("everyone it needs")
              + ": reschedule it.");
    }
  }

  /**
   * R10 (P5): a placement ends without a meeting only for one of the serious breakdown categories;
   * any other ending needs a meeting, recorded.
   *
   * @param category the serious breakdown category, or null
   * @param meeting the meeting that agreed the ending, or null
   */
  public static void requireGroundsForEnding(BreakdownCategory category, Meeting meeting) {
    if (category == null && (meeting == null || !meeting.isHeld())) {
      throw new RuleViolation(
          Rule.R10,
          "A placement ends without a meeting only for a serious breakdown (one of the policy's"
              + " categories). Otherwise record the meeting that agreed the ending.");
    }
  }

  /**
   * R12 (P4): the referring school may not take the pupil off its roll (transfer) until an
   * inclusion officer has acknowledged the success report.
   */
  public static void requireAcknowledgedBeforeRollTransfer(
      ReintegrationCase reintegration, RollDecision decision) {
    if (decision == RollDecision.TRANSFER
        && (reintegration.getOutcome() == null || !reintegration.getOutcome().isAcknowledged())) {
      throw new RuleViolation(
          Rule.R12,
          "The pupil stays on the referring school's roll until an inclusion officer has"
              + " acknowledged the success report.");
    }
  }

  /**
   * R14 (P6): a pupil returns to Olive Academy after a failed reintegration from a permanent
   * exclusion.
   */
  public static void requirePermanentExclusionForOliveAcademyReturn(
      ReintegrationCase reintegration) {
    if (reintegration.getRoute() != Route.PERMANENT_EXCLUSION) {
      throw new RuleViolation(
          Rule.R14,
          "Only a pupil who was permanently excluded returns to Olive Academy; this pupil may"
              + " return to the referring school (R15).");
    }
  }
}
