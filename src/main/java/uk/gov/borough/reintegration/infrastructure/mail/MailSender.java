package uk.gov.borough.reintegration.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.borough.reintegration.domain.model.outbox.OutboxMessage;
import uk.gov.borough.reintegration.domain.model.outbox.PolicyEvent;

/**
 * Sends one outbox message over SMTP, the session built from configuration (host, port, TLS,
 * sender; credentials from the environment). The Message-ID is made from the message's idempotency
 * key, so a message sent again after a crash is the same message, not a second one.
 */
@ApplicationScoped
public class MailSender {

  @Inject
  @ConfigProperty(name = "reintegration.mail.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "reintegration.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "reintegration.mail.starttls", defaultValue = "true")
  boolean startTls;

  @Inject
  @ConfigProperty(name = "reintegration.mail.from", defaultValue = "reintegration@example.org")
  String from;

  @Inject
  @ConfigProperty(name = "reintegration.mail.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "reintegration.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "reintegration.mail.timeout-seconds", defaultValue = "20")
  int timeoutSeconds;

  /** The address mail comes from, and the organiser of meetings' invitations. */
  public String from() {
    return from;
  }

  /** Whether a mail server is configured; without one the outbox waits. */
  public boolean isConfigured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /**
   * @throws UndeliverableException when the address itself is wrong: trying again cannot help
   * @throws MessagingException when the server refused or could not be reached: try again later
   */
  public void send(OutboxMessage message) throws MessagingException {
    InternetAddress to;
    try {
      to = new InternetAddress(message.getRecipientEmail(), true);
    } catch (AddressException e) {
      throw new UndeliverableException(
          "The address " + message.getRecipientEmail() + " is not valid");
    }
    Session session = session();
    MimeMessage mime =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader(
                "Message-ID",
                "<" + message.getIdempotencyKey().replace(':', '.') + "@reintegration>");
          }
        };
    mime.setFrom(new InternetAddress(from));
    mime.setRecipient(Message.RecipientType.TO, to);
    mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
    if (message.getCalendarInvite() == null) {
      mime.setText(message.getBody(), StandardCharsets.UTF_8.name());
    } else {
      mime.setContent(withInvite(message));
    }
    mime.setSentDate(new Date());
    try {
      Transport.send(mime);
    } catch (SendFailedException e) {
      if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
        throw new UndeliverableException("The mail server refused the address " + to);
      }
      throw e;
    }
  }

  /** The text, and the invitation as a calendar part a diary acts on (RFC 6047). */
  private static MimeMultipart withInvite(OutboxMessage message) throws MessagingException {
    MimeBodyPart text = new MimeBodyPart();
    text.setText(message.getBody(), StandardCharsets.UTF_8.name());
    String method = message.getEvent() == PolicyEvent.MEETING_CANCELLED ? "CANCEL" : "REQUEST";
    MimeBodyPart invite = new MimeBodyPart();
    invite.setContent(
        message.getCalendarInvite(), "text/calendar; charset=UTF-8; method=" + method);
    invite.setFileName("meeting.ics");
    MimeMultipart parts = new MimeMultipart("mixed");
    parts.addBodyPart(text);
    parts.addBodyPart(invite);
    return parts;
  }

  private Session session() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.orElseThrow());
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
    properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
    properties.put("mail.smtp.connectiontimeout", String.valueOf(timeoutSeconds * 1000));
    properties.put("mail.smtp.timeout", String.valueOf(timeoutSeconds * 1000));
    properties.put("mail.smtp.writetimeout", String.valueOf(timeoutSeconds * 1000));
    if (username.isPresent()) {
      properties.put("mail.smtp.auth", "true");
      return Session.getInstance(
          properties,
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(username.get(), password.orElse(""));
            }
          });
    }
    return Session.getInstance(properties);
  }

  /** The address is wrong: no later try can deliver the message. */
  public static class UndeliverableException extends MessagingException {

    public UndeliverableException(String why) {
      super(why);
    }
  }
}
