package uk.gov.borough.reintegration.application;

/**
 * A request at odds with what the records already hold (issue 13): a second open case for a pupil,
 * the same parent or carer twice, consent withdrawn that is not on record. 409 with a sentence
 * saying what to do, naming the field to blame when there is one; nothing is saved.
 *
 * <p>A kind of {@link InvalidReferenceException} so that a page says it beside that field, as it
 * does any value that does not fit; the API answers it as a conflict.
 */
public class RecordConflictException extends InvalidReferenceException {

  /**
   * @param field the field of the request to blame, or null when none is
   */
  public RecordConflictException(String field, String problem) {
    super(field, problem);
  }
}
