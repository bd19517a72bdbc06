package uk.gov.borough.reintegration.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.borough.reintegration.domain.model.outbox.MessageState;
import uk.gov.borough.reintegration.domain.model.outbox.OutboxMessage;
import uk.gov.borough.reintegration.domain.model.outbox.OutboxRepository;
import uk.gov.borough.reintegration.infrastructure.mail.MailSender;

/**
 * One try at one message, in a transaction of its own. The try is counted and written before the
 * mail goes, so a second server trying the same message at the same moment fails on the message's
 * version and leaves it alone; a crash after sending rolls the count back, and the next try sends
 * the same message again under the same Message-ID.
 */
@Stateless
public class MessageDelivery {

  @Inject OutboxRepository outbox;

  @Inject MailSender sender;

  @Inject Clock clock;

  @PersistenceContext private EntityManager entityManager;

  /** Seconds to wait after each failed try; after the last the message is dead. */
  @Inject
  @ConfigProperty(
      name = "reintegration.mail.retry-seconds",
      defaultValue = "60,300,1800,7200,21600,86400")
  String retrySeconds;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void deliver(long messageId) {
    LocalDateTime now = LocalDateTime.now(clock);
    OutboxMessage message = outbox.find(messageId).orElse(null);
    if (message == null
        || message.isLetter()
        || (message.getState() != MessageState.PENDING && message.getState() != MessageState.FAILED)
        || message.getNextTryAt() == null
        || message.getNextTryAt().isAfter(now)) {
      return;
    }
    message.beginAttempt();
    entityManager.flush();
    try {
      sender.send(message);
      message.sent(LocalDateTime.now(clock));
    } catch (MailSender.UndeliverableException wrongAddress) {
      message.failed(wrongAddress.getMessage(), null);
    } catch (MessagingException refused) {
      message.failed(describe(refused), nextTry(message.getAttempts(), now));
    }
  }

  /** The time of the next try after the given number of tries, or null when there is none. */
  LocalDateTime nextTry(int attempts, LocalDateTime now) {
    List<Long> delays =
        Arrays.stream(retrySeconds.split(",")).map(String::trim).map(Long::valueOf).toList();
    return attempts > delays.size() ? null : now.plusSeconds(delays.get(attempts - 1));
  }

  private static String describe(MessagingException refused) {
    Throwable cause = refused;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return refused.getMessage() + (cause == refused ? "" : " (" + cause.getMessage() + ")");
  }
}
