package uk.gov.borough.reintegration.application.internal;

import static uk.gov.borough.reintegration.domain.model.access.Permission.DECIDE_AT_PANEL;
import static uk.gov.borough.reintegration.domain.model.access.Permission.EDIT_REFERRAL_AND_PLAN;
import static uk.gov.borough.reintegration.domain.model.access.Permission.READ_AUDIT;
import static uk.gov.borough.reintegration.domain.model.access.Permission.RECORD_SCHOOL_STEPS;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import uk.gov.borough.reintegration.application.CorrespondenceService;
import uk.gov.borough.reintegration.application.InvalidReferenceException;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.CaseRepository;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.outbox.MessageState;
import uk.gov.borough.reintegration.domain.model.outbox.OutboxMessage;

@Stateless
@Interceptors({RefusalsRecorded.class, WrittenBeforeReturn.class})
public class DefaultCorrespondenceService implements CorrespondenceService {

  @Inject CaseAccess access;

  @Inject CaseRepository cases;

  @Inject CaseSteps steps;

  @Override
  public OutboxMessage letter(Caller caller, long caseId, long messageId) {
    return letterOf(
        access.caseFor(
            caller, caseId, EDIT_REFERRAL_AND_PLAN, RECORD_SCHOOL_STEPS, DECIDE_AT_PANEL),
        messageId);
  }

  @Override
  public OutboxMessage recordLetterPrinted(Caller caller, long caseId, long messageId) {
    OutboxMessage letter = letter(caller, caseId, messageId);
    letter.recordPrinted(caller.name(), steps.now());
    return letter;
  }

  /** A letter to print; a held one waits for an inclusion officer to release it (issue 14). */
  private OutboxMessage letterOf(ReintegrationCase c, long messageId) {
    OutboxMessage letter =
        cases.recordsOf(c, OutboxMessage.class).stream()
            .filter(m -> m.getId() == messageId && m.isLetter())
            .findFirst()
            .orElseThrow(
                () -> new InvalidReferenceException("messageId", "No such letter on this case"));
    if (letter.getState() == MessageState.HELD) {
      throw new InvalidReferenceException(
          "messageId", "This letter is held: an inclusion officer releases it first");
    }
    return letter;
  }

  @Override
  public OutboxMessage retryMessage(Caller caller, long caseId, long messageId) {
    OutboxMessage message = messageOf(caller, caseId, messageId);
    if (message.isLetter()) {
      throw new InvalidReferenceException("messageId", "A letter is printed, not sent");
    }
    if (message.getState() == MessageState.SENT || message.getState() == MessageState.HELD) {
      throw new InvalidReferenceException(
          "messageId",
          message.getState() == MessageState.SENT ? "It was sent" : "It is held: release it");
    }
    message.retry(steps.now());
    return message;
  }

  @Override
  public OutboxMessage releaseMessage(Caller caller, long caseId, long messageId) {
    OutboxMessage message = messageOf(caller, caseId, messageId);
    if (message.getState() != MessageState.HELD) {
      throw new InvalidReferenceException("messageId", "It is not held");
    }
    message.release(steps.now());
    return message;
  }

  /** One of the case's messages, for those who look after its delivery. */
  private OutboxMessage messageOf(Caller caller, long caseId, long messageId) {
    return cases.recordsOf(access.caseFor(caller, caseId, READ_AUDIT), OutboxMessage.class).stream()
        .filter(m -> m.getId() == messageId)
        .findFirst()
        .orElseThrow(
            () -> new InvalidReferenceException("messageId", "No such message on this case"));
  }

  @Override
  public List<OutboxMessage> messages(Caller caller, long caseId) {
    return cases.recordsOf(access.caseFor(caller, caseId, READ_AUDIT), OutboxMessage.class);
  }
}
