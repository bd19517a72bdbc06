package uk.gov.borough.reintegration.interfaces.rest.cases;

import static uk.gov.borough.reintegration.interfaces.rest.Refusal.OUT_OF_PLACE;
import static uk.gov.borough.reintegration.interfaces.rest.Refusal.POLICY_RULE;
import static uk.gov.borough.reintegration.interfaces.rest.Refusal.STALE_VERSION;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.borough.reintegration.application.CaseService;
import uk.gov.borough.reintegration.application.PlanRecordService;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.meeting.AgreedAction;
import uk.gov.borough.reintegration.domain.model.meeting.Attendee;
import uk.gov.borough.reintegration.domain.model.meeting.AttendeeRole;
import uk.gov.borough.reintegration.domain.model.meeting.ChecklistRow;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;
import uk.gov.borough.reintegration.domain.model.meeting.MeetingKind;
import uk.gov.borough.reintegration.domain.model.meeting.PlanningRecord;
import uk.gov.borough.reintegration.domain.model.meeting.TransitionChecklistItem;
import uk.gov.borough.reintegration.domain.model.plan.Evaluation;
import uk.gov.borough.reintegration.domain.model.plan.EvaluationQuestion;
import uk.gov.borough.reintegration.domain.model.plan.PhasedReturnWeek;
import uk.gov.borough.reintegration.domain.policy.Step;
import uk.gov.borough.reintegration.interfaces.RequestValidation;
import uk.gov.borough.reintegration.interfaces.rest.Allowed;
import uk.gov.borough.reintegration.interfaces.rest.Refuses;
import uk.gov.borough.reintegration.interfaces.rest.cases.PlanViews.EvaluationView;
import uk.gov.borough.reintegration.interfaces.rest.cases.PlanViews.MeetingView;
import uk.gov.borough.reintegration.interfaces.rest.cases.PlanViews.PlanWeekView;

/**
 * The Reintegration Plan of one case (P7-P9): its meetings of the three kinds, the phased return of
 * Stage 2 with expected and actual days, and the Stage 4 evaluations by plan week.
 */
@Tag(
    name = "Reintegration Plan",
    description = "Meetings, the phased return week by week and the evaluations (P7-P9)")
@Path("cases/{id}/plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasePlanResource {

  private static final String SEND_JSON = "Send the request as JSON";

  @Inject PlanRecordService planRecordService;

  @Inject CaseService caseService;

  @Inject Caller caller;

  @Inject RequestValidation validation;

  @PathParam("id")
  long id;

  public record MeetingRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      @NotNull(message = "Choose the kind of meeting: PLANNING, TRANSITION_PLANNING or REVIEW")
          MeetingKind kind,
      @NotNull(message = "Give the time the meeting starts") LocalDateTime start,
      @NotNull(message = "Give the time the meeting ends") LocalDateTime end,
      @NotNull(message = "Say where the meeting is")
          @Size(max = 300, message = "Keep the place to 300 characters")
          String location,
      boolean alsoTransitionPlanning) {}

  public record MoveRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      @NotNull(message = "Give the new start") LocalDateTime start,
      @NotNull(message = "Give the new end") LocalDateTime end,
      @NotBlank(message = "Say where the meeting is")
          @Size(max = 300, message = "Keep the place to 300 characters")
          String location) {}

  public record AttendeeRequest(String name, AttendeeRole role, boolean present) {}

  public record ChecklistRequest(TransitionChecklistItem item, String details, String outcome) {}

  public record AgreedActionRequest(String action, String owner, LocalDate dueOn) {}

  public record HeldRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      @NotNull(message = "List who was invited and who was there") List<AttendeeRequest> attendees,
      PlanningRecord planningRecord,
      List<ChecklistRequest> checklist,
      @Size(max = 4000, message = "Keep what was discussed to 4000 characters") String discussed,
      List<AgreedActionRequest> agreedActions) {}

  public record EvaluationRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      @NotNull(message = "Choose the Stage 4 question") EvaluationQuestion question,
      Boolean answer,
      String comments,
      String actions,
      BigDecimal attendancePercent,
      BigDecimal punctualityPercent) {}

  public record PlanWeekRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      @Min(value = 0, message = "Expected days are between 0 and 5")
          @Max(value = 5, message = "Expected days are between 0 and 5")
          Integer expectedDays,
      @Min(value = 0, message = "Days attended are between 0 and 5")
          @Max(value = 5, message = "Days attended are between 0 and 5")
          Integer actualDays,
      @Min(value = 0, message = "Punctual days are between 0 and 5")
          @Max(value = 5, message = "Punctual days are between 0 and 5")
          Integer punctualDays,
      @Size(max = 4000, message = "Keep the notes to 4000 characters") String notes) {}

  @GET
  @Path("meetings")
  @Operation(
      summary = "List the meetings",
      description = "The case's meetings, with who came and what was agreed.")
  public List<MeetingView> meetings() {
    return caseService.records(caller, id, Meeting.class).stream().map(MeetingView::of).toList();
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE, POLICY_RULE})
  @Path("meetings")
  @Allowed(steps = {Step.PLAN_MEETING, Step.ARRANGE_PLANNING_MEETING})
  @Operation(
      summary = "Arrange a meeting",
      description =
          "Arranges a planning, transition planning or review meeting; invitations go to the schools, the provision and the case's leads.")
  @APIResponse(
      responseCode = "201",
      description = "The meeting arranged",
      content = @Content(schema = @Schema(implementation = MeetingView.class)))
  public Response scheduleMeeting(@NotNull(message = SEND_JSON) @Valid MeetingRequest r) {
    Meeting scheduled =
        planRecordService.scheduleMeeting(
            caller,
            id,
            r.version(),
            new PlanRecordService.NewMeeting(
                r.kind(), r.start(), r.end(), r.location(), r.alsoTransitionPlanning()));
    return Response.status(Response.Status.CREATED).entity(MeetingView.of(scheduled)).build();
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE})
  @Path("meetings/{meetingId}/move")
  @Allowed(steps = Step.PLAN_MEETING)
  @Operation(summary = "Move a meeting", description = "Moves a meeting; the invitation follows.")
  public MeetingView moveMeeting(
      @PathParam("meetingId") long meetingId, @NotNull(message = SEND_JSON) @Valid MoveRequest r) {
    return MeetingView.of(
        planRecordService.rescheduleMeeting(
            caller, id, r.version(), meetingId, r.start(), r.end(), r.location()));
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE})
  @Path("meetings/{meetingId}/cancellation")
  @Allowed(steps = Step.PLAN_MEETING)
  @Operation(
      summary = "Cancel a meeting",
      description = "Cancels a meeting; a cancellation is sent.")
  public MeetingView cancelMeeting(
      @PathParam("meetingId") long meetingId,
      @NotNull(message = SEND_JSON) @Valid CaseStepsResource.Plain r) {
    return MeetingView.of(planRecordService.cancelMeeting(caller, id, r.version(), meetingId));
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE, POLICY_RULE})
  @Path("meetings/{meetingId}/record")
  @Allowed(steps = Step.PLAN_MEETING)
  @Operation(
      summary = "Record a meeting as held",
      description =
          "Records who came (R7) and the record of the meeting's kind (P8): what a planning meeting"
              + " agreed, the Stage 3 checklist, or what a review meeting discussed and the actions"
              + " it agreed, each with its owner and date.")
  public MeetingView recordMeetingHeld(
      @PathParam("meetingId") long meetingId, @NotNull(message = SEND_JSON) @Valid HeldRequest r) {
    List<Attendee> attendees =
        r.attendees().stream()
            .map(a -> validation.valid(new Attendee(a.name(), a.role(), a.present())))
            .toList();
    List<ChecklistRow> checklist =
        r.checklist() == null
            ? List.of()
            : r.checklist().stream()
                .map(
                    row ->
                        validation.valid(
                            new ChecklistRow(row.item(), row.details(), row.outcome())))
                .toList();
    if (r.planningRecord() != null) {
      validation.valid(r.planningRecord());
    }
    List<AgreedAction> agreedActions =
        r.agreedActions() == null
            ? List.of()
            : r.agreedActions().stream()
                .map(a -> validation.valid(new AgreedAction(a.action(), a.owner(), a.dueOn())))
                .toList();
    return MeetingView.of(
        planRecordService.recordMeetingHeld(
            caller,
            id,
            r.version(),
            meetingId,
            new PlanRecordService.HeldMeeting(
                attendees, r.planningRecord(), checklist, r.discussed(), agreedActions)));
  }

  @GET
  @Path("phased-return")
  @Operation(
      summary = "Read the phased return",
      description =
          "The phased return week by week: the days planned in mainstream and the days attended.")
  public List<PlanWeekView> phasedReturn() {
    return caseService.records(caller, id, PhasedReturnWeek.class).stream()
        .map(PlanWeekView::of)
        .toList();
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE, POLICY_RULE})
  @Path("phased-return/{week}")
  @Allowed(steps = Step.RECORD_PHASED_RETURN_WEEK)
  @Operation(
      summary = "Record a week of the phased return",
      description = "Records the days attended in one plan week.")
  public PlanWeekView recordPlanWeek(
      @PathParam("week") int week, @NotNull(message = SEND_JSON) @Valid PlanWeekRequest r) {
    return PlanWeekView.of(
        planRecordService.recordPhasedReturnWeek(
            caller,
            id,
            r.version(),
            new PlanRecordService.PlanWeekRecord(
                week, r.expectedDays(), r.actualDays(), r.punctualDays(), r.notes())));
  }

  @GET
  @Path("evaluations")
  @Operation(
      summary = "List the evaluations",
      description = "The evaluations of the placement, week by week (P9).")
  public List<EvaluationView> evaluations() {
    return caseService.records(caller, id, Evaluation.class).stream()
        .map(EvaluationView::of)
        .toList();
  }

  @POST
  @Refuses({STALE_VERSION, OUT_OF_PLACE})
  @Path("evaluations")
  @Allowed(steps = Step.RECORD_EVALUATION)
  @Operation(
      summary = "Record an evaluation",
      description =
          "Records one evaluation of the placement; the review week's evaluation holds the 4-week review (P7).")
  @APIResponse(
      responseCode = "201",
      description = "The evaluation recorded",
      content = @Content(schema = @Schema(implementation = EvaluationView.class)))
  public Response recordEvaluation(@NotNull(message = SEND_JSON) @Valid EvaluationRequest r) {
    Evaluation recorded =
        planRecordService.recordEvaluation(
            caller,
            id,
            r.version(),
            new PlanRecordService.NewEvaluation(
                r.question(),
                r.answer(),
                r.comments(),
                r.actions(),
                r.attendancePercent(),
                r.punctualityPercent()));
    return Response.status(Response.Status.CREATED).entity(EvaluationView.of(recorded)).build();
  }
}
