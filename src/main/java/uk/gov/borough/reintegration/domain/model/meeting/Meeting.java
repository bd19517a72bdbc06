package uk.gov.borough.reintegration.domain.model.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import uk.gov.borough.reintegration.domain.model.cases.BelongsToCase;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;

/**
 * A meeting about the case: the planning meeting the provider arranges after the hearing (policy
 * P4), the transition planning meeting the receiving school holds on its premises around the plan
 * week of the review (Stage 3, P8), or a review meeting of both schools with parents, carers and
 * pupil (P5).
 *
 * <p>One sitting may serve as both the planning and the transition planning meeting; it is then a
 * {@link MeetingKind#PLANNING} meeting that also counts as transition planning, and carries both
 * the planning record and the Stage 3 checklist.
 */
@Entity
@Table(name = "ri_meeting")
public class Meeting implements Serializable, BelongsToCase {

  @Serial private static final long serialVersionUID = 1L;

  // R7 (P8): "If schools and/or pupil are not present the meeting must be rescheduled".
  private static final Set<AttendeeRole> NEEDED_AT_TRANSITION_PLANNING =
      Collections.unmodifiableSet(
          EnumSet.of(
              AttendeeRole.REFERRING_SCHOOL, AttendeeRole.RECEIVING_SCHOOL, AttendeeRole.PUPIL));

  /**
   * The furthest ahead a meeting is arranged: the policy's meetings fall within the weeks of one
   * plan and placement (P4-P9), well inside a year. A start further ahead is a mistyped year.
   */
  public static final Period FURTHEST_AHEAD = Period.ofYears(1);

  @Id
  @SequenceGenerator(name = "ri_meeting_seq", sequenceName = "ri_meeting_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ri_meeting_seq")
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private ReintegrationCase reintegrationCase;

  @NotNull(message = "Choose the kind of meeting")
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private MeetingKind kind;

  @Column(name = "also_transition_planning", nullable = false)
  private boolean alsoTransitionPlanning;

  @NotNull(message = "Give the meeting's start")
  @Column(name = "scheduled_start", nullable = false)
  private LocalDateTime scheduledStart;

  @NotNull(message = "Give the meeting's end")
  @Column(name = "scheduled_end", nullable = false)
  private LocalDateTime scheduledEnd;

  @NotBlank(message = "Give the meeting's location")
  @Size(max = 300, message = "Keep the meeting's location to 300 characters")
  @Column(name = "location", nullable = false, length = 300)
  private String location;

  @Column(name = "held", nullable = false)
  private boolean held;

  @Column(name = "cancelled", nullable = false)
  private boolean cancelled;

  /** How often the meeting moved or was cancelled: an invitation's SEQUENCE (RFC 5545). */
  @Column(name = "revision", nullable = false)
  private int revision;

  @Valid
  @ElementCollection
  @CollectionTable(
      name = "ri_meeting_attendee",
      joinColumns = @JoinColumn(name = "meeting_id", nullable = false))
  private List<Attendee> attendees = new ArrayList<>();

  @Valid @Embedded private PlanningRecord planningRecord;

  @Valid
  @ElementCollection
  @CollectionTable(
      name = "ri_meeting_checklist_row",
      joinColumns = @JoinColumn(name = "meeting_id", nullable = false))
  private List<ChecklistRow> checklist = new ArrayList<>();

  @Size(max = 4000, message = "Keep what was discussed to 4000 characters")
  @Column(name = "review_discussed", length = 4000)
  private String discussed;

  @Valid
  @ElementCollection
  @CollectionTable(
      name = "ri_meeting_agreed_action",
      joinColumns = @JoinColumn(name = "meeting_id", nullable = false))
  @OrderBy("dueOn")
  private List<AgreedAction> agreedActions = new ArrayList<>();

  protected Meeting() {}

  public Meeting(
      ReintegrationCase reintegrationCase,
      MeetingKind kind,
      LocalDateTime scheduledStart,
      LocalDateTime scheduledEnd,
      String location) {
    this.reintegrationCase = Objects.requireNonNull(reintegrationCase, "case");
    this.kind = kind;
    this.scheduledStart = scheduledStart;
    this.scheduledEnd = scheduledEnd;
    this.location = location;
  }

  /**
   * Records that this planning meeting is also the transition planning meeting (DESIGN, meetings).
   *
   * @throws IllegalStateException unless this is a planning meeting
   */
  public void alsoCountAsTransitionPlanning() {
    if (kind != MeetingKind.PLANNING) {
      throw new IllegalStateException(
          "Only a planning meeting can also count as the transition planning meeting");
    }
    alsoTransitionPlanning = true;
  }

  /** Whether a meeting starting then is within {@link #FURTHEST_AHEAD} of today. */
  public static boolean isInReach(LocalDateTime start, LocalDate today) {
    return !start.toLocalDate().isAfter(today.plus(FURTHEST_AHEAD));
  }

  public void reschedule(LocalDateTime start, LocalDateTime end, String location) {
    this.scheduledStart = start;
    this.scheduledEnd = end;
    this.location = location;
    revision++;
  }

  /** What the planning meeting agreed (P4), as a whole. */
  public void recordPlanning(PlanningRecord planningRecord) {
    this.planningRecord = planningRecord;
  }

  /** Replaces the list of people invited, each marked present or not. */
  public void recordAttendees(List<Attendee> attendees) {
    this.attendees.clear();
    this.attendees.addAll(attendees);
  }

  /**
   * Records that the meeting took place.
   *
   * @throws IllegalStateException if it was cancelled
   */
  public void markHeld() {
    if (cancelled) {
      throw new IllegalStateException("A cancelled meeting cannot be marked as held");
    }
    held = true;
  }

  /**
   * Cancels the meeting.
   *
   * @throws IllegalStateException if it was already held
   */
  public void cancel() {
    if (held) {
      throw new IllegalStateException("A meeting that was held cannot be cancelled");
    }
    cancelled = true;
    revision++;
  }

  /**
   * Records a Stage 3 checklist row, replacing any earlier one for the same item (P8).
   *
   * @throws IllegalStateException unless this meeting is a transition planning meeting
   */
  public void recordChecklistRow(ChecklistRow row) {
    if (!isTransitionPlanning()) {
      throw new IllegalStateException(
          "The Stage 3 checklist belongs to the transition planning meeting");
    }
    checklist.removeIf(existing -> existing.getItem() == row.getItem());
    checklist.add(row);
  }

  /**
   * What a review meeting discussed and the actions it agreed, each with its owner and date (P8),
   * replacing any recorded before.
   *
   * @throws IllegalStateException unless this meeting is a review meeting
   */
  public void recordReview(String discussed, List<AgreedAction> agreedActions) {
    if (kind != MeetingKind.REVIEW) {
      throw new IllegalStateException("What was discussed and agreed is a review meeting's record");
    }
    this.discussed = discussed;
    this.agreedActions.clear();
    this.agreedActions.addAll(agreedActions);
  }

  public String getDiscussed() {
    return discussed;
  }

  public List<AgreedAction> getAgreedActions() {
    return Collections.unmodifiableList(agreedActions);
  }

  /** A transition planning meeting, or a planning meeting that also counts as one (P8). */
  public boolean isTransitionPlanning() {
    return kind == MeetingKind.TRANSITION_PLANNING
        || (kind == MeetingKind.PLANNING && alsoTransitionPlanning);
  }

  // R7 (P8): the referring school, the receiving school and the pupil must each be present.
  public Set<AttendeeRole> absentForTransitionPlanning() {
    Set<AttendeeRole> absent = EnumSet.copyOf(NEEDED_AT_TRANSITION_PLANNING);
    attendees.stream().filter(Attendee::isPresent).map(Attendee::getRole).forEach(absent::remove);
    return absent;
  }

  // R7 (P8): a transition planning meeting counts only if held with both schools and the pupil.
  public boolean countsAsTransitionPlanningMeeting() {
    return isTransitionPlanning() && held && !cancelled && absentForTransitionPlanning().isEmpty();
  }

  @AssertTrue(message = "The meeting must end after it starts")
  public boolean isEndingAfterStart() {
    return scheduledStart == null || scheduledEnd == null || scheduledEnd.isAfter(scheduledStart);
  }

  public Long getId() {
    return id;
  }

  @Override
  public ReintegrationCase getReintegrationCase() {
    return reintegrationCase;
  }

  public MeetingKind getKind() {
    return kind;
  }

  public boolean isAlsoTransitionPlanning() {
    return alsoTransitionPlanning;
  }

  public LocalDateTime getScheduledStart() {
    return scheduledStart;
  }

  public LocalDateTime getScheduledEnd() {
    return scheduledEnd;
  }

  public String getLocation() {
    return location;
  }

  public boolean isHeld() {
    return held;
  }

  public boolean isCancelled() {
    return cancelled;
  }

  public int getRevision() {
    return revision;
  }

  public List<Attendee> getAttendees() {
    return Collections.unmodifiableList(attendees);
  }

  /** The planning meeting's record (P4), filled in as the meeting goes; never null. */
  public PlanningRecord getPlanningRecord() {
    if (planningRecord == null) {
      planningRecord = new PlanningRecord();
    }
    return planningRecord;
  }

  public List<ChecklistRow> getChecklist() {
    return Collections.unmodifiableList(checklist);
  }
}
