package uk.gov.borough.reintegration.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.eclipse.persistence.annotations.ReadOnly;
import uk.gov.borough.reintegration.domain.model.access.Caller;

/**
 * One line of the audit trail. Entries are written once, by {@link AuditTrail#append}, and never
 * changed: the entity is read-only here, and on PostgreSQL the database refuses an update or delete
 * from anyone.
 *
 * @param detail for a change, each changed field with its value before and after (JSON); for a
 *     read, the special-category fields shown; for a refusal, why
 */
@Entity
@ReadOnly
@Table(name = "ri_audit_event")
public class AuditEntry implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "id")
  private Long id;

  @Column(name = "occurred_at")
  private OffsetDateTime occurredAt;

  @Column(name = "actor_subject")
  private String actorSubject;

  @Column(name = "actor_name")
  private String actorName;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  private AuditKind kind;

  @Column(name = "entity")
  private String entity;

  @Column(name = "entity_id")
  private Long entityId;

  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "detail")
  private String detail;

  protected AuditEntry() {}

  /** Who entries made outside any request (a timer, start-up) are by. */
  public static final String SYSTEM = "system";

  /** What a refused sign-in's entry is about. */
  public static final String SIGN_IN = "SignIn";

  /**
   * A new entry by the caller, made now and still to be appended; the database gives it its id. A
   * caller who is nobody (no request) is recorded as the {@link #SYSTEM}.
   */
  public static AuditEntry by(
      Caller caller, AuditKind kind, String entity, Long entityId, Long caseId, String detail) {
    boolean system = caller.isNobody();
    return new AuditEntry(
        OffsetDateTime.now(ZoneOffset.UTC),
        system ? SYSTEM : caller.subject(),
        system ? "Reintegration (automatic)" : caller.name(),
        kind,
        entity,
        entityId,
        caseId,
        detail);
  }

  /** A refused sign-in under the name given; {@code detail} says why it was refused. */
  public static AuditEntry signInFailed(String nameGiven, String detail) {
    return new AuditEntry(
        OffsetDateTime.now(ZoneOffset.UTC),
        nameGiven,
        "Not signed in",
        AuditKind.SIGN_IN_FAILED,
        SIGN_IN,
        null,
        null,
        detail);
  }

  private AuditEntry(
      OffsetDateTime occurredAt,
      String actorSubject,
      String actorName,
      AuditKind kind,
      String entity,
      Long entityId,
      Long caseId,
      String detail) {
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.actorSubject = Objects.requireNonNull(actorSubject, "actorSubject");
    this.actorName = Objects.requireNonNull(actorName, "actorName");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.entity = Objects.requireNonNull(entity, "entity");
    this.entityId = entityId;
    this.caseId = caseId;
    this.detail = detail;
  }

  public Long getId() {
    return id;
  }

  public OffsetDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActorSubject() {
    return actorSubject;
  }

  public String getActorName() {
    return actorName;
  }

  public AuditKind getKind() {
    return kind;
  }

  public String getEntity() {
    return entity;
  }

  public Long getEntityId() {
    return entityId;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getDetail() {
    return detail;
  }
}
