package uk.gov.borough.reintegration.domain.model.outbox;

/** Who a message is for, which decides what it may say: a parent's is self-contained and plain. */
public enum RecipientRole {
  IYFAP_MAILBOX,
  ATTENDANCE_AND_BEHAVIOUR_SERVICE,
  REFERRING_SCHOOL,
  RECEIVING_SCHOOL,
  PROVIDER,
  OLIVE_ACADEMY,
  PARENT_CARER,
  RESPONSIBLE_LEAD,
  MEETING_ATTENDEE;

  /** Staff get a link to the case; parents and carers never do (they do not sign in). */
  public boolean isStaff() {
    return this != PARENT_CARER;
  }
}
