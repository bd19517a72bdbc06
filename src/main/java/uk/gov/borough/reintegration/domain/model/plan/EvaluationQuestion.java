package uk.gov.borough.reintegration.domain.model.plan;

import java.util.Arrays;
import java.util.List;

/**
 * The questions of Stage 4, "Evaluation of the phased return" (policy P9), each with its plan week,
 * its words on the form and whether the form asks for attendance and punctuality with it.
 */
public enum EvaluationQuestion {
  WEEK_1_SETTLED(1, "Did pupil settle well? If not why?", true),
  WEEK_2_ENGAGEMENT_AIMS(
      2, "Does it look possible that Engagement aims for this pupil are able to be met?", true),
  WEEK_3_ENGAGED_WITH_PLANNING(
      3, "Has pupil and school engaged with the planning for transition? If not why?", true),
  WEEK_4_TRANSITION_MEETING_EFFECTIVE(
      4, "Was Transition Planning Meeting effective? If not why?", true),
  WEEK_7_SCHOOL_PREPARATIONS(
      7, "Did school implement all preparations for pupil’s return? If not why?", true),
  WEEK_7_PARENT_PREPARATIONS(
      7, "Did parents implement all preparations for pupil’s return? If not why?", false),
  WEEK_7_PUPIL_PREPARATIONS(
      7, "Did pupil implement all preparations for pupil’s return? If not why?", false),
  WEEK_8_INDUCTION(
      8, "Was induction successful? If not why and what is required to support this?", true),
  WEEK_9_SETTLING_2_DAYS(
      9,
      "Is pupil settling well on the 2 days in mainstream? If not why and what is required to"
          + " support this?",
      true),
  WEEK_10_SETTLING_3_DAYS(
      10,
      "Is pupil settling well on the 3 days in mainstream? If not why and what is required to"
          + " support this?",
      true),
  WEEK_11_SETTLING_4_DAYS(
      11,
      "Is pupil settling well on the 4 days in mainstream? If not why and what is required to"
          + " support this?",
      true),
  WEEK_12_SETTLING_5_DAYS(
      12,
      "Is pupil settling well on the 5 days in mainstream? If not why and what is required to"
          + " support this?",
      true);

  private final int planWeek;
  private final String text;
  private final boolean asksAttendanceAndPunctuality;

  EvaluationQuestion(int planWeek, String text, boolean asksAttendanceAndPunctuality) {
    this.planWeek = planWeek;
    this.text = text;
    this.asksAttendanceAndPunctuality = asksAttendanceAndPunctuality;
  }

  /** The questions the form asks in a plan week, in the form's order. */
  public static List<EvaluationQuestion> askedInWeek(int planWeek) {
    return Arrays.stream(values()).filter(q -> q.planWeek == planWeek).toList();
  }

  public int planWeek() {
    return planWeek;
  }

  /** The question in the policy's words. */
  public String text() {
    return text;
  }

  /** Whether the form asks for "Attendance &amp; Punctuality" with this question. */
  public boolean asksAttendanceAndPunctuality() {
    return asksAttendanceAndPunctuality;
  }
}
