package uk.gov.borough.reintegration.domain.model.deadline;

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
import java.util.Objects;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolCalendar;
import uk.gov.borough.reintegration.domain.model.cases.BelongsToCase;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.party.Lead;
import uk.gov.borough.reintegration.domain.policy.DeadlineKind;

/**
 * A deadline of one case: what it is, the day it was counted from, the calendar and calendar
 * version it was counted on, its responsible lead, and whether it was met or extended. The due date
 * is stored when it is computed, so a later change to a calendar never moves it silently;
 * recomputing is an explicit step, recorded like every change.
 */
@Entity
@Table(name = "ri_deadline")
public class Deadline implements Serializable, BelongsToCase {

  @Serial private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "ri_deadline_seq",
      sequenceName = "ri_deadline_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ri_deadline_seq")
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private ReintegrationCase reintegrationCase;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 40)
  private DeadlineKind kind;

  @Column(name = "counted_from", nullable = false)
  private LocalDate countedFrom;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "calendar_id")
  private SchoolCalendar calendar;

  @Column(name = "calendar_version")
  private Long calendarVersion;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "responsible_lead_id")
  private Lead responsibleLead;

  @Column(name = "met_on")
  private LocalDate metOn;

  @Column(name = "extended_to")
  private LocalDate extendedTo;

  @Column(name = "extension_reason", length = 1000)
  private String extensionReason;

  @Column(name = "extended_by", length = 200)
  private String extendedBy;

  protected Deadline() {}

  /**
   * @param calendar the calendar the date was counted on; null when no calendar counts (R13)
   * @param dueOn null while the date cannot be known yet (no next hearing listed, R13)
   */
  public Deadline(
      ReintegrationCase reintegrationCase,
      DeadlineKind kind,
      LocalDate countedFrom,
      SchoolCalendar calendar,
      LocalDate dueOn,
      Lead responsibleLead) {
    this.reintegrationCase = Objects.requireNonNull(reintegrationCase, "case");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.countedFrom = Objects.requireNonNull(countedFrom, "counted from");
    this.calendar = calendar;
    this.calendarVersion = calendar == null ? null : calendar.getVersion();
    this.dueOn = dueOn;
    this.responsibleLead = responsibleLead;
  }

  /** Where the deadline stands on the day; due soon means within {@code dueSoonDays} of it. */
  public DeadlineState stateOn(LocalDate today, int dueSoonDays) {
    if (metOn != null) {
      return DeadlineState.MET;
    }
    LocalDate due = effectiveDueOn();
    if (due != null && today.isAfter(due)) {
      return DeadlineState.OVERDUE;
    }
    if (extendedTo != null) {
      return DeadlineState.EXTENDED;
    }
    if (due != null && !today.plusDays(dueSoonDays).isBefore(due)) {
      return DeadlineState.DUE_SOON;
    }
    return DeadlineState.UPCOMING;
  }

  /** The date it is due by now: the extension's, if it was extended. */
  public LocalDate effectiveDueOn() {
    return extendedTo != null ? extendedTo : dueOn;
  }

  public void meet(LocalDate on) {
    this.metOn = Objects.requireNonNull(on, "met on");
  }

  /**
   * Moves the deadline to a later date. The policy's timescales "may differ on a case by case
   * basis" (P3, P4): an extension is recorded with its reason, never refused.
   */
  public void extend(LocalDate to, String reason, String by) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Give the reason for the extension");
    }
    this.extendedTo = Objects.requireNonNull(to, "extended to");
    this.extensionReason = reason;
    this.extendedBy = by;
  }

  /** The lead who now answers for it: the one named in the responsible party's role, or none. */
  public void answeredFor(Lead lead) {
    this.responsibleLead = lead;
  }

  /** Counts the date again, on the calendar as it is now (an explicit, recorded step). */
  public void recompute(SchoolCalendar calendar, LocalDate dueOn) {
    this.calendar = calendar;
    this.calendarVersion = calendar == null ? null : calendar.getVersion();
    this.dueOn = dueOn;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public ReintegrationCase getReintegrationCase() {
    return reintegrationCase;
  }

  public DeadlineKind getKind() {
    return kind;
  }

  public LocalDate getCountedFrom() {
    return countedFrom;
  }

  public SchoolCalendar getCalendar() {
    return calendar;
  }

  public Long getCalendarVersion() {
    return calendarVersion;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Lead getResponsibleLead() {
    return responsibleLead;
  }

  public LocalDate getMetOn() {
    return metOn;
  }

  public LocalDate getExtendedTo() {
    return extendedTo;
  }

  public String getExtensionReason() {
    return extensionReason;
  }

  public String getExtendedBy() {
    return extendedBy;
  }
}
