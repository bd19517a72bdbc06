package uk.gov.borough.reintegration.domain.model.meeting;

/**
 * The rows of Stage 3, "Action required before transition" (policy P8), each labelled with the
 * policy's words; "the expectation is that all the areas listed below are addressed".
 */
public enum TransitionChecklistItem {
  PROPOSED_START_DATE("Proposed transition start date"),
  INDUCTION_PACK(
      "School to prepare pupil Induction Pack at the Preparation Meeting that includes:"
          + " Timetable, School Floor Plan (new pupil), School Rules, Key staff member,"
          + " List of subjects and teachers, Buddy / mentor’s name"),
  KEY_STAFF_AWARE("School key staff are aware of pupil’s arrival and support needs"),
  SCHOOL_FORMS_COMPLETED("School forms are completed prior to start date"),
  SEND_HANDOVER("SEND handover to be agreed with AP, pupil & parent"),
  MEDICAL_HANDOVER("Medical handover to be agreed with AP, pupil & parent"),
  UNIFORM_EXPECTATIONS("Pupil is clear on the expectations around wearing a uniform"),
  EQUIPMENT("Parents are clear on what equipment pupil will need"),
  ATTENDANCE_AND_PUNCTUALITY_POLICY(
      "Parent and pupil are clear on attendance and punctuality policy"),
  LOOKING_FORWARD_TO_RETURNING("Is pupil looking forward to returning to mainstream"),
  OTHER_INFORMATION("Any other information that will support this transition back to school");

  private final String label;

  TransitionChecklistItem(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
