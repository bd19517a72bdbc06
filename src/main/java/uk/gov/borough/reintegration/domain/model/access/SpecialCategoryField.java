package uk.gov.borough.reintegration.domain.model.access;

/**
 * The special-category data the plugin holds (UK GDPR Article 9: SEND and health), with the
 * safeguarding detail treated the same way. This is the one list: every read that shows one of
 * these is recorded in the audit trail, and none of them goes into a log or a staff e-mail.
 */
public enum SpecialCategoryField {
  PUPIL_SEN_STATUS("Pupil.senStatus", "SEND"),
  PLANNING_SEND_ADJUSTMENTS("PlanningRecord.sendAdjustments", "SEND"),
  PLANNING_MEDICAL_HANDOVER("PlanningRecord.medicalHandover", "health"),
  TRANSITION_SEND_HANDOVER("ChecklistRow[SEND_HANDOVER]", "SEND"),
  TRANSITION_MEDICAL_HANDOVER("ChecklistRow[MEDICAL_HANDOVER]", "health"),
  /** A note its author flagged as holding SEND, health or safeguarding detail. */
  SPECIAL_CATEGORY_NOTE("CaseNote.text[specialCategory]", "SEND, health or safeguarding"),
  /** What happened in an incident can be a safeguarding matter (P5's breakdown categories). */
  INCIDENT_DESCRIPTION("Incident.description", "safeguarding"),
  /** A document attached to a case: a referral form or report may hold any of them. */
  CASE_DOCUMENT("CaseDocument.content", "SEND, health or safeguarding");

  private final String field;
  private final String category;

  SpecialCategoryField(String field, String category) {
    this.field = field;
    this.category = category;
  }

  /** The entity and attribute that hold the data, as the audit trail names them. */
  public String field() {
    return field;
  }

  public String category() {
    return category;
  }
}
