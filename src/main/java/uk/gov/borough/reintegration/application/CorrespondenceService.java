package uk.gov.borough.reintegration.application;

import java.util.List;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.outbox.OutboxMessage;

/**
 * What the case's events wrote to people (DESIGN.md, "Notifications"): letters to print for parents
 * without e-mail, and messages whose delivery an inclusion officer looks after.
 */
public interface CorrespondenceService {

  /** A letter of the case, to print: a message to a parent or carer with no e-mail address. */
  OutboxMessage letter(Caller caller, long caseId, long messageId);

  /** Records that the letter was printed for posting, by whom and when (issue 6). */
  OutboxMessage recordLetterPrinted(Caller caller, long caseId, long messageId);

  /** A failed or dead message tried again from the case (INCLUSION_OFFICER, issue 6). */
  OutboxMessage retryMessage(Caller caller, long caseId, long messageId);

  /**
   * A message held past the day's ceiling to its recipient, let go by an inclusion officer: sent or
   * printed once, like any other (issue 14).
   */
  OutboxMessage releaseMessage(Caller caller, long caseId, long messageId);

  /** The messages the case's events wrote, with their delivery state (INCLUSION_OFFICER). */
  List<OutboxMessage> messages(Caller caller, long caseId);
}
