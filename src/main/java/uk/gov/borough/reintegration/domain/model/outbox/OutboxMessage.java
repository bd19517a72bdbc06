package uk.gov.borough.reintegration.domain.model.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import uk.gov.borough.reintegration.domain.model.cases.BelongsToCase;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;

/**
 * One message to one recipient, as DESIGN.md's "Notifications" lists its fields. The idempotency
 * key names the event, the case and the recipient, so writing the same event twice, or delivering
 * after a crash, never makes two different copies.
 */
@Entity
@Table(name = "ri_outbox_message")
public class OutboxMessage implements Serializable, BelongsToCase {

  @Serial private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "ri_outbox_message_seq",
      sequenceName = "ri_outbox_message_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ri_outbox_message_seq")
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "idempotency_key", nullable = false, length = 120)
  private String idempotencyKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "event", nullable = false, length = 40)
  private PolicyEvent event;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private ReintegrationCase reintegrationCase;

  @Enumerated(EnumType.STRING)
  @Column(name = "recipient_role", nullable = false, length = 40)
  private RecipientRole recipientRole;

  @Column(name = "recipient_name", nullable = false, length = 200)
  private String recipientName;

  /** Null for a parent or carer with no e-mail address: they get a printed letter. */
  @Column(name = "recipient_email", length = 254)
  private String recipientEmail;

  @Column(name = "postal_address", length = 500)
  private String postalAddress;

  @Column(name = "template", nullable = false, length = 100)
  private String template;

  @Column(name = "subject", nullable = false, length = 300)
  private String subject;

  @Column(name = "body", nullable = false, length = 20000)
  private String body;

  /** A meeting's iCalendar invitation (RFC 5546), sent as an attachment; null for the rest. */
  @Column(name = "calendar_invite", length = 20000)
  private String calendarInvite;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 10)
  private MessageState state;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_try_at")
  private LocalDateTime nextTryAt;

  @Column(name = "last_error", length = 2000)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "sent_at")
  private LocalDateTime sentAt;

  @Column(name = "printed_at")
  private LocalDateTime printedAt;

  @Column(name = "printed_by", length = 200)
  private String printedBy;

  protected OutboxMessage() {}

  /** A message waiting to be sent; {@code occurrence} tells repeated events of a case apart. */
  public OutboxMessage(
      PolicyEvent event,
      String occurrence,
      ReintegrationCase reintegrationCase,
      Recipient recipient,
      String template,
      String subject,
      String body,
      LocalDateTime createdAt) {
    this.event = Objects.requireNonNull(event, "event");
    this.reintegrationCase = Objects.requireNonNull(reintegrationCase, "case");
    this.recipientRole = recipient.role();
    this.recipientName = recipient.name();
    this.recipientEmail = recipient.email();
    this.postalAddress = recipient.postalAddress();
    this.template = template;
    this.subject = subject;
    this.body = body;
    this.createdAt = createdAt;
    this.nextTryAt = createdAt;
    this.state = MessageState.PENDING;
    this.idempotencyKey =
        String.join(
            ":",
            event.name(),
            String.valueOf(reintegrationCase.getId()),
            occurrence,
            recipient.role().name(),
            Integer.toHexString(recipient.key().hashCode()));
  }

  /** Attaches a meeting's invitation, made when the message is written and sent as made. */
  public void attachCalendarInvite(String invite) {
    calendarInvite = invite;
  }

  /** A try begins: counted before the mail goes, so two servers never both send it. */
  public void beginAttempt() {
    attempts++;
  }

  public void sent(LocalDateTime at) {
    state = MessageState.SENT;
    sentAt = at;
    lastError = null;
    nextTryAt = null;
  }

  /** The try failed; the next is due at the time given, or never (dead) after the last. */
  public void failed(String error, LocalDateTime nextTry) {
    state = nextTry == null ? MessageState.DEAD : MessageState.FAILED;
    lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
    nextTryAt = nextTry;
  }

  /** Someone asked for a dead message to be tried again, from the case. */
  public void retry(LocalDateTime now) {
    state = MessageState.PENDING;
    attempts = 0;
    nextTryAt = now;
  }

  /** Kept back: the case has written its day's ceiling of messages to this recipient. */
  public void hold() {
    state = MessageState.HELD;
    nextTryAt = null;
  }

  /** An inclusion officer let a held message go: it is sent (or printed) like any other. */
  public void release(LocalDateTime now) {
    if (state != MessageState.HELD) {
      throw new IllegalStateException("Only a held message is released; this one is " + state);
    }
    state = MessageState.PENDING;
    nextTryAt = now;
  }

  /** Whether this message goes to the recipient, on the day given. */
  public boolean isTo(Recipient recipient, LocalDate day) {
    return createdAt.toLocalDate().equals(day)
        && recipient.key().equals(recipientEmail != null ? recipientEmail : postalAddress);
  }

  /** The letter was printed, to be posted (a letter is never sent by mail). */
  public void recordPrinted(String by, LocalDateTime at) {
    printedBy = by;
    printedAt = at;
  }

  /** A message with no e-mail address goes as a printed letter (DESIGN.md, "Notifications"). */
  public boolean isLetter() {
    return recipientEmail == null;
  }

  public Long getId() {
    return id;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public PolicyEvent getEvent() {
    return event;
  }

  @Override
  public ReintegrationCase getReintegrationCase() {
    return reintegrationCase;
  }

  public RecipientRole getRecipientRole() {
    return recipientRole;
  }

  public String getRecipientName() {
    return recipientName;
  }

  public String getRecipientEmail() {
    return recipientEmail;
  }

  public String getPostalAddress() {
    return postalAddress;
  }

  public String getTemplate() {
    return template;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getCalendarInvite() {
    return calendarInvite;
  }

  public MessageState getState() {
    return state;
  }

  public int getAttempts() {
    return attempts;
  }

  public LocalDateTime getNextTryAt() {
    return nextTryAt;
  }

  public String getLastError() {
    return lastError;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getSentAt() {
    return sentAt;
  }

  public LocalDateTime getPrintedAt() {
    return printedAt;
  }

  public String getPrintedBy() {
    return printedBy;
  }

  /**
   * Who a message goes to: a mailbox, a member of staff, or a parent or carer by e-mail or, with no
   * e-mail address, by post.
   */
  public record Recipient(RecipientRole role, String name, String email, String postalAddress) {

    public Recipient {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(name, "name");
      if (email == null && postalAddress == null) {
        throw new IllegalArgumentException(name + " has neither an e-mail nor a postal address");
      }
    }

    String key() {
      return email != null ? email : postalAddress;
    }
  }
}
