package uk.gov.borough.reintegration.domain.model.cases;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One line of the case's history: who did what and when, and the status it moved between, so the
 * case keeps "a record an inspector or a parent can rely on" (DESIGN). Entries are written once and
 * never changed.
 */
@Entity
@Table(name = "ri_case_history_entry")
public class CaseHistoryEntry implements Serializable, BelongsToCase {

  /** The action of an entry that records a change of status. */
  public static final String STATUS_CHANGED = "STATUS_CHANGED";

  /** A lead named on the case, or another in their place. */
  public static final String LEAD_NAMED = "LEAD_NAMED";

  /** A lead no longer named on the case. */
  public static final String LEAD_REMOVED = "LEAD_REMOVED";

  /** The case moved to the policy edition in force. */
  public static final String POLICY_EDITION_CHANGED = "POLICY_EDITION_CHANGED";

  @Serial private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "ri_case_history_entry_seq",
      sequenceName = "ri_case_history_entry_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ri_case_history_entry_seq")
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private ReintegrationCase reintegrationCase;

  @NotNull
  @Column(name = "recorded_at", nullable = false, updatable = false)
  private LocalDateTime at;

  @NotBlank
  @Size(max = 200)
  @Column(name = "recorded_by", nullable = false, updatable = false, length = 200)
  private String by;

  @NotBlank
  @Size(max = 100)
  @Column(name = "action", nullable = false, updatable = false, length = 100)
  private String action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false, length = 40)
  private CaseStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", updatable = false, length = 40)
  private CaseStatus toStatus;

  @Size(max = 4000, message = "Keep the reason to 4000 characters")
  @Column(name = "reason", updatable = false, length = 4000)
  private String reason;

  protected CaseHistoryEntry() {}

  public CaseHistoryEntry(
      ReintegrationCase reintegrationCase,
      LocalDateTime at,
      String by,
      String action,
      CaseStatus fromStatus,
      CaseStatus toStatus,
      String reason) {
    this.reintegrationCase = Objects.requireNonNull(reintegrationCase, "case");
    this.at = at;
    this.by = by;
    this.action = action;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.reason = reason;
  }

  public Long getId() {
    return id;
  }

  @Override
  public ReintegrationCase getReintegrationCase() {
    return reintegrationCase;
  }

  public LocalDateTime getAt() {
    return at;
  }

  public String getBy() {
    return by;
  }

  public String getAction() {
    return action;
  }

  /** The status before; null when the action changed no status. */
  public CaseStatus getFromStatus() {
    return fromStatus;
  }

  /** The status after; null when the action changed no status. */
  public CaseStatus getToStatus() {
    return toStatus;
  }

  public String getReason() {
    return reason;
  }
}
