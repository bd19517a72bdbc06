package uk.gov.borough.reintegration.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;
import uk.gov.borough.reintegration.domain.model.outbox.OutboxMessage;
import uk.gov.borough.reintegration.domain.model.outbox.PolicyEvent;
import uk.gov.borough.reintegration.domain.model.outbox.RecipientRole;

/** What the sender decides before any mail server is asked. */
class MailSenderTest {

  @Test
  @DisplayName("Issue 6: a malformed address is undeliverable at once, not tried for ever")
  void malformedAddress() {
    MailSender sender = new MailSender();
    sender.host = Optional.of("127.0.0.1");
    sender.from = "reintegration@example.org";
    OutboxMessage message =
        new OutboxMessage(
            PolicyEvent.PLACEMENT_ENDED,
            "1",
            Fixtures.permanentExclusionCase(),
            new OutboxMessage.Recipient(
                RecipientRole.PARENT_CARER, "A parent", "not an address@", null),
            "parent/placement-ended",
            "Your child's school placement",
            "Dear parent",
            LocalDateTime.of(2026, 11, 28, 9, 0));

    assertThrows(MailSender.UndeliverableException.class, () -> sender.send(message));
  }

  @Test
  @DisplayName("Without a mail server configured, the outbox waits")
  void configured() {
    MailSender sender = new MailSender();
    sender.host = Optional.empty();
    assertFalse(sender.isConfigured());
    sender.host = Optional.of("smtp.borough.example");
    assertTrue(sender.isConfigured());
  }
}
