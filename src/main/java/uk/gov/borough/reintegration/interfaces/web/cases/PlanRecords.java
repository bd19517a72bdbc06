package uk.gov.borough.reintegration.interfaces.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.gov.borough.reintegration.application.PlanRecordService;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.meeting.AgreedAction;
import uk.gov.borough.reintegration.domain.model.meeting.Attendee;
import uk.gov.borough.reintegration.domain.model.meeting.AttendeeRole;
import uk.gov.borough.reintegration.domain.model.meeting.ChecklistRow;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;
import uk.gov.borough.reintegration.domain.model.meeting.MeetingKind;
import uk.gov.borough.reintegration.domain.model.meeting.PlanningRecord;
import uk.gov.borough.reintegration.domain.model.meeting.TransitionChecklistItem;
import uk.gov.borough.reintegration.domain.model.party.Lead;
import uk.gov.borough.reintegration.domain.model.party.LeadRole;
import uk.gov.borough.reintegration.domain.model.party.ParentCarer;
import uk.gov.borough.reintegration.domain.model.plan.EvaluationQuestion;
import uk.gov.borough.reintegration.domain.model.plan.PhasedReturnWeek;
import uk.gov.borough.reintegration.domain.policy.Step;
import uk.gov.borough.reintegration.interfaces.RequestValidation;
import uk.gov.borough.reintegration.interfaces.web.PageSteps;

/**
 * The plan's records as the form keeps them (P7-P9): the meetings of the three kinds, who came and
 * what the planning meeting agreed, the Stage 3 checklist, the phased return week by week and the
 * Stage 4 evaluations.
 */
@Named("planRecords")
@RequestScoped
public class PlanRecords {

  @Inject CasePage casePage;

  @Inject PlanRecordService planRecordService;

  @Inject RequestValidation validation;

  @Inject Caller caller;

  /** One line of the attendance: who was invited for a party, and whether they came. */
  /** A line of the review meeting's agreed actions; a line left blank is not an action. */
  public static class ActionLine {
    private String action;
    private String owner;
    private LocalDate dueOn;

    boolean isBlank() {
      return (action == null || action.isBlank())
          && (owner == null || owner.isBlank())
          && dueOn == null;
    }

    public String getAction() {
      return action;
    }

    public void setAction(String action) {
      this.action = action;
    }

    public String getOwner() {
      return owner;
    }

    public void setOwner(String owner) {
      this.owner = owner;
    }

    public LocalDate getDueOn() {
      return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
      this.dueOn = dueOn;
    }
  }

  public static class AttendeeLine {
    private final AttendeeRole role;
    private String name;
    private boolean present;

    AttendeeLine(AttendeeRole role) {
      this.role = role;
    }

    public AttendeeRole getRole() {
      return role;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public boolean isPresent() {
      return present;
    }

    public void setPresent(boolean present) {
      this.present = present;
    }
  }

  /** One row of Stage 3, "Action required before transition" (P8). */
  public static class ChecklistLine {
    private final TransitionChecklistItem item;
    private String details;
    private String outcome;

    ChecklistLine(TransitionChecklistItem item) {
      this.item = item;
    }

    public TransitionChecklistItem getItem() {
      return item;
    }

    public String getDetails() {
      return details;
    }

    public void setDetails(String details) {
      this.details = details;
    }

    public String getOutcome() {
      return outcome;
    }

    public void setOutcome(String outcome) {
      this.outcome = outcome;
    }
  }

  // The same rows in the same order on every request, so each field finds its row again
  /** Lines for the actions a review meeting agreed: blank ones are left out. */
  private static final int AGREED_ACTION_LINES = 5;

  private final List<AttendeeLine> attendees =
      Arrays.stream(AttendeeRole.values()).map(AttendeeLine::new).toList();
  private final List<ChecklistLine> checklist =
      Arrays.stream(TransitionChecklistItem.values()).map(ChecklistLine::new).toList();

  private MeetingKind meetingKind;
  private LocalDate meetingDate;
  private LocalTime meetingStarts;
  private LocalTime meetingEnds;
  private String meetingLocation;
  private boolean alsoTransitionPlanning;
  private String discussed;
  private final List<ActionLine> agreedActions =
      Stream.generate(ActionLine::new).limit(AGREED_ACTION_LINES).toList();
  private PlanningRecord planningRecord = new PlanningRecord();
  private Long movedMeetingId;
  private LocalDate movedDate;
  private LocalTime movedStarts;
  private LocalTime movedEnds;
  private String movedLocation;
  private Integer planWeek;
  private Integer expectedDays;
  private Integer actualDays;
  private Integer punctualDays;
  private String weekNotes;
  private EvaluationQuestion question;
  private Boolean answer;
  private String comments;
  private String actions;
  private BigDecimal attendancePercent;
  private BigDecimal punctualityPercent;

  /** A meeting of one of the three kinds (P4, P5, P8); a planning meeting needs R5 first. */
  public String scheduleMeeting() {
    return casePage.attempt(
        () ->
            planRecordService.scheduleMeeting(
                caller,
                casePage.getId(),
                casePage.getVersion(),
                new PlanRecordService.NewMeeting(
                    meetingKind,
                    at(meetingDate, meetingStarts),
                    at(meetingDate, meetingEnds),
                    meetingLocation,
                    alsoTransitionPlanning)),
        "Meeting arranged. Those invited are sent the invitation.");
  }

  /** A meeting moved: those invited get the new time (the same invitation, updated). */
  public String moveMeeting() {
    return casePage.attempt(
        () ->
            planRecordService.rescheduleMeeting(
                caller,
                casePage.getId(),
                casePage.getVersion(),
                movedMeetingId,
                at(movedDate, movedStarts),
                at(movedDate, movedEnds),
                movedLocation),
        "Meeting moved. Those invited are sent the new time.");
  }

  /** The meeting named by the button pressed, cancelled; those invited are told. */
  public String cancelMeeting() {
    return casePage.attempt(
        () ->
            planRecordService.cancelMeeting(
                caller,
                casePage.getId(),
                casePage.getVersion(),
                PageSteps.pressed("meetingId", "No such meeting on this case")),
        "Meeting cancelled. Those invited are told.");
  }

  /**
   * The meeting as held: who was invited and came, what the planning meeting agreed and the Stage 3
   * checklist; a transition planning meeting needs both schools and the pupil (R7).
   */
  public String recordMeetingHeld() {
    return casePage.attempt(
        () ->
            planRecordService.recordMeetingHeld(
                caller,
                casePage.getId(),
                casePage.getVersion(),
                PageSteps.pressed("meetingId", "No such meeting on this case"),
                new PlanRecordService.HeldMeeting(
                    attendees.stream()
                        .filter(line -> line.name != null && !line.name.isBlank())
                        .map(
                            line ->
                                validation.valid(new Attendee(line.name, line.role, line.present)))
                        .toList(),
                    planningRecord.isEmpty() ? null : validation.valid(planningRecord),
                    checklist.stream()
                        .filter(
                            line ->
                                line.details != null && !line.details.isBlank()
                                    || line.outcome != null && !line.outcome.isBlank())
                        .map(
                            line ->
                                validation.valid(
                                    new ChecklistRow(line.item, line.details, line.outcome)))
                        .toList(),
                    discussed == null || discussed.isBlank() ? null : discussed,
                    agreedActions.stream()
                        .filter(line -> !line.isBlank())
                        .map(
                            line ->
                                validation.valid(
                                    new AgreedAction(line.action, line.owner, line.dueOn)))
                        .toList())),
        "Meeting recorded as held.");
  }

  /** Stage 2 as it happened: the days expected in mainstream and the days attended. */
  public String recordPlanWeek() {
    // What the form leaves empty stays as the week has it: a note added keeps the days recorded
    Optional<PhasedReturnWeek> recorded =
        casePage.getPhasedReturn().stream().filter(w -> w.getPlanWeek() == planWeek).findFirst();
    return casePage.attempt(
        () ->
            planRecordService.recordPhasedReturnWeek(
                caller,
                casePage.getId(),
                casePage.getVersion(),
                new PlanRecordService.PlanWeekRecord(
                    planWeek,
                    orRecorded(
                        expectedDays, recorded.map(PhasedReturnWeek::getExpectedDaysInMainstream)),
                    orRecorded(actualDays, recorded.map(PhasedReturnWeek::getActualDaysAttended)),
                    orRecorded(punctualDays, recorded.map(PhasedReturnWeek::getPunctualDays)),
                    orRecorded(weekNotes, recorded.map(PhasedReturnWeek::getNotes)))),
        "Week " + planWeek + " of the phased return recorded.");
  }

  private static <T> T orRecorded(T typed, Optional<T> recorded) {
    return typed != null ? typed : recorded.orElse(null);
  }

  /** A Stage 4 evaluation by plan week (P9); Olive Academy is kept informed (P5). */
  public String recordEvaluation() {
    return casePage.attempt(
        () ->
            planRecordService.recordEvaluation(
                caller,
                casePage.getId(),
                casePage.getVersion(),
                new PlanRecordService.NewEvaluation(
                    question, answer, comments, actions, attendancePercent, punctualityPercent)),
        "Evaluation recorded.");
  }

  /** The kinds of meeting the person may arrange: the planning meeting is the provider's (P4). */
  public List<MeetingKind> getMeetingKinds() {
    return Arrays.stream(MeetingKind.values())
        .filter(kind -> casePage.mayTake(Step.arranging(kind).name()))
        .toList();
  }

  public EvaluationQuestion[] getQuestions() {
    return EvaluationQuestion.values();
  }

  /**
   * Who was invited, one line a party: on the page as drawn, filled in from the case (the pupil,
   * the parents and carers, the leads) or from what the meeting already records (issue 18).
   */
  public List<AttendeeLine> getAttendees() {
    Meeting meeting = getChosenMeeting();
    if (meeting != null && !FacesContext.getCurrentInstance().isPostback()) {
      attendees.forEach(line -> line.name = invited(meeting, line.role));
    }
    return attendees;
  }

  private String invited(Meeting meeting, AttendeeRole role) {
    Optional<Attendee> recorded =
        meeting.getAttendees().stream().filter(a -> a.getRole() == role).findFirst();
    if (recorded.isPresent()) {
      return recorded.get().getName();
    }
    ReintegrationCase c = casePage.getReintegration();
    return switch (role) {
      case PUPIL -> c.getPupil().fullName();
      case PARENT_CARER ->
          c.getParentCarers().stream().map(ParentCarer::getName).collect(Collectors.joining(", "));
      case AP -> nameOf(c.leadOf(LeadRole.CURRENT_SCHOOL_OR_AP_LEAD));
      case RECEIVING_SCHOOL -> nameOf(c.leadOf(LeadRole.RECEIVING_SCHOOL_LEAD));
      case LEAD_PROFESSIONAL -> nameOf(c.leadOf(LeadRole.EARLY_HELP_OR_SOCIAL_WORKER));
      case REFERRING_SCHOOL, OTHER -> null;
    };
  }

  private static String nameOf(Lead lead) {
    return lead == null ? null : lead.getName();
  }

  /**
   * The meeting a task is about (recording it as held, cancelling it): the one its row's link named
   * ({@code &meetingId=7}), and its form sends back; none for a meeting not the case's to hold.
   */
  public Meeting getChosenMeeting() {
    String asked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("meetingId");
    return casePage.getMeetingsToHold().stream()
        .filter(meeting -> String.valueOf(meeting.getId()).equals(asked))
        .findFirst()
        .orElse(null);
  }

  public String getDiscussed() {
    return discussed;
  }

  public void setDiscussed(String discussed) {
    this.discussed = discussed;
  }

  public List<ActionLine> getAgreedActions() {
    return agreedActions;
  }

  public List<ChecklistLine> getChecklist() {
    return checklist;
  }

  private static LocalDateTime at(LocalDate day, LocalTime time) {
    return day == null || time == null ? null : day.atTime(time);
  }

  public MeetingKind getMeetingKind() {
    return meetingKind;
  }

  public void setMeetingKind(MeetingKind meetingKind) {
    this.meetingKind = meetingKind;
  }

  public LocalDate getMeetingDate() {
    return meetingDate;
  }

  public void setMeetingDate(LocalDate meetingDate) {
    this.meetingDate = meetingDate;
  }

  public LocalTime getMeetingStarts() {
    return meetingStarts;
  }

  public void setMeetingStarts(LocalTime meetingStarts) {
    this.meetingStarts = meetingStarts;
  }

  public LocalTime getMeetingEnds() {
    return meetingEnds;
  }

  public void setMeetingEnds(LocalTime meetingEnds) {
    this.meetingEnds = meetingEnds;
  }

  public String getMeetingLocation() {
    return meetingLocation;
  }

  public void setMeetingLocation(String meetingLocation) {
    this.meetingLocation = meetingLocation;
  }

  public boolean isAlsoTransitionPlanning() {
    return alsoTransitionPlanning;
  }

  public void setAlsoTransitionPlanning(boolean alsoTransitionPlanning) {
    this.alsoTransitionPlanning = alsoTransitionPlanning;
  }

  public PlanningRecord getPlanningRecord() {
    return planningRecord;
  }

  public void setPlanningRecord(PlanningRecord planningRecord) {
    this.planningRecord = planningRecord;
  }

  public Long getMovedMeetingId() {
    return movedMeetingId;
  }

  public void setMovedMeetingId(Long movedMeetingId) {
    this.movedMeetingId = movedMeetingId;
  }

  public LocalDate getMovedDate() {
    return movedDate;
  }

  public void setMovedDate(LocalDate movedDate) {
    this.movedDate = movedDate;
  }

  public LocalTime getMovedStarts() {
    return movedStarts;
  }

  public void setMovedStarts(LocalTime movedStarts) {
    this.movedStarts = movedStarts;
  }

  public LocalTime getMovedEnds() {
    return movedEnds;
  }

  public void setMovedEnds(LocalTime movedEnds) {
    this.movedEnds = movedEnds;
  }

  public String getMovedLocation() {
    return movedLocation;
  }

  public void setMovedLocation(String movedLocation) {
    this.movedLocation = movedLocation;
  }

  public Integer getPlanWeek() {
    return planWeek;
  }

  public void setPlanWeek(Integer planWeek) {
    this.planWeek = planWeek;
  }

  public Integer getExpectedDays() {
    return expectedDays;
  }

  public void setExpectedDays(Integer expectedDays) {
    this.expectedDays = expectedDays;
  }

  public Integer getActualDays() {
    return actualDays;
  }

  public void setActualDays(Integer actualDays) {
    this.actualDays = actualDays;
  }

  public Integer getPunctualDays() {
    return punctualDays;
  }

  public void setPunctualDays(Integer punctualDays) {
    this.punctualDays = punctualDays;
  }

  public String getWeekNotes() {
    return weekNotes;
  }

  public void setWeekNotes(String weekNotes) {
    this.weekNotes = weekNotes;
  }

  public EvaluationQuestion getQuestion() {
    return question;
  }

  public void setQuestion(EvaluationQuestion question) {
    this.question = question;
  }

  public Boolean getAnswer() {
    return answer;
  }

  public void setAnswer(Boolean answer) {
    this.answer = answer;
  }

  public String getComments() {
    return comments;
  }

  public void setComments(String comments) {
    this.comments = comments;
  }

  public String getActions() {
    return actions;
  }

  public void setActions(String actions) {
    this.actions = actions;
  }

  public BigDecimal getAttendancePercent() {
    return attendancePercent;
  }

  public void setAttendancePercent(BigDecimal attendancePercent) {
    this.attendancePercent = attendancePercent;
  }

  public BigDecimal getPunctualityPercent() {
    return punctualityPercent;
  }

  public void setPunctualityPercent(BigDecimal punctualityPercent) {
    this.punctualityPercent = punctualityPercent;
  }
}
