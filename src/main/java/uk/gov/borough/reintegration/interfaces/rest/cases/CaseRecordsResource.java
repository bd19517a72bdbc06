package uk.gov.borough.reintegration.interfaces.rest.cases;

import static uk.gov.borough.reintegration.interfaces.rest.Refusal.OUT_OF_PLACE;
import static uk.gov.borough.reintegration.interfaces.rest.Refusal.STALE_VERSION;
import static uk.gov.borough.reintegration.interfaces.rest.Refusal.TERM_DATES;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.borough.reintegration.application.CaseService;
import uk.gov.borough.reintegration.application.CorrespondenceService;
import uk.gov.borough.reintegration.application.DeadlineService;
import uk.gov.borough.reintegration.application.DeadlineStates;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Permission;
import uk.gov.borough.reintegration.domain.model.cases.RollDecision;
import uk.gov.borough.reintegration.domain.model.cases.RollRecord;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.deadline.DeadlineState;
import uk.gov.borough.reintegration.domain.model.outbox.MessageState;
import uk.gov.borough.reintegration.domain.model.outbox.OutboxMessage;
import uk.gov.borough.reintegration.domain.model.outbox.PolicyEvent;
import uk.gov.borough.reintegration.domain.model.outbox.RecipientRole;
import uk.gov.borough.reintegration.domain.policy.DeadlineClock;
import uk.gov.borough.reintegration.domain.policy.DeadlineKind;
import uk.gov.borough.reintegration.domain.policy.Step;
import uk.gov.borough.reintegration.infrastructure.letters.LetterPdf;
import uk.gov.borough.reintegration.interfaces.rest.Allowed;
import uk.gov.borough.reintegration.interfaces.rest.BulkAction;
import uk.gov.borough.reintegration.interfaces.rest.InvalidParameterException;
import uk.gov.borough.reintegration.interfaces.rest.NoFields;
import uk.gov.borough.reintegration.interfaces.rest.Refuses;

/** A case's deadlines, with their extensions, and the messages its events wrote. */
@Tag(
    name = "Records",
    description = "The case's deadlines, its messages and letters, and its roll records")
@Path("cases/{id}/records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseRecordsResource {

  @Inject DeadlineService deadlineService;

  @Inject CorrespondenceService correspondenceService;

  @Inject CaseService caseService;

  @Inject Caller caller;

  @Inject DeadlineStates states;

  private static final String SEND_EMPTY = "Send {} as the body";

  @PathParam("id")
  long id;

  /** A deadline as the case shows it: its rule, clock, date, state and who answers for it. */
  public record DeadlineView(
      DeadlineKind kind,
      String title,
      String rule,
      String policyPage,
      DeadlineClock clock,
      LocalDate countedFrom,
      String calendar,
      Long calendarVersion,
      LocalDate dueOn,
      LocalDate extendedTo,
      String extensionReason,
      String extendedBy,
      LocalDate metOn,
      DeadlineState state,
      String responsibleLead) {

    static DeadlineView of(Deadline d, DeadlineStates states) {
      return new DeadlineView(
          d.getKind(),
          d.getKind().title(),
          d.getKind().rule() == null ? null : d.getKind().rule().name(),
          d.getKind().page(),
          states.ruleOf(d).clock(),
          d.getCountedFrom(),
          d.getCalendar() == null ? null : d.getCalendar().getName(),
          d.getCalendarVersion(),
          d.getDueOn(),
          d.getExtendedTo(),
          d.getExtensionReason(),
          d.getExtendedBy(),
          d.getMetOn(),
          states.of(d),
          d.getResponsibleLead() == null ? null : d.getResponsibleLead().getName());
    }
  }

  public record ExtensionRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      @NotNull(message = "Give the new date") LocalDate to,
      @NotBlank(message = "Give the reason for the extension")
          @Size(max = 1000, message = "Keep the reason to 1000 characters")
          String reason) {}

  /** A message of the outbox, with where its delivery stands. */
  public record MessageView(
      long id,
      PolicyEvent event,
      RecipientRole recipientRole,
      String recipientName,
      String recipientEmail,
      boolean letter,
      String subject,
      String body,
      MessageState state,
      int attempts,
      LocalDateTime createdAt,
      LocalDateTime sentAt,
      LocalDateTime printedAt,
      String printedBy,
      String lastError,
      String idempotencyKey) {

    static MessageView of(OutboxMessage m) {
      return new MessageView(
          m.getId(),
          m.getEvent(),
          m.getRecipientRole(),
          m.getRecipientName(),
          m.getRecipientEmail(),
          m.isLetter(),
          m.getSubject(),
          m.getBody(),
          m.getState(),
          m.getAttempts(),
          m.getCreatedAt(),
          m.getSentAt(),
          m.getPrintedAt(),
          m.getPrintedBy(),
          m.getLastError(),
          m.getIdempotencyKey());
    }
  }

  @GET
  @Path("deadlines")
  @Operation(
      summary = "List the deadlines",
      description =
          "Each deadline with its rule, the calendar it is counted on, its state and who answers for it.")
  public List<DeadlineView> deadlines() {
    return deadlineService.deadlines(caller, id).stream()
        .map(d -> DeadlineView.of(d, states))
        .toList();
  }

  /** Counts the open deadlines again on the calendars as they are now (recorded in the trail). */
  @POST
  @Refuses({STALE_VERSION, TERM_DATES})
  @Path("deadlines/recount")
  @BulkAction
  @Allowed(
      permissions = {
        Permission.DECIDE_AT_PANEL,
        Permission.EDIT_REFERRAL_AND_PLAN,
        Permission.RECORD_SCHOOL_STEPS
      })
  @Operation(
      summary = "Recount the deadlines",
      description = "Counts the open deadlines again on their calendars as they are now.")
  public List<DeadlineView> recount(@NotNull(message = SEND_EMPTY) NoFields nothing) {
    return deadlineService.recountDeadlines(caller, id).stream()
        .map(d -> DeadlineView.of(d, states))
        .toList();
  }

  @PUT
  @Refuses({STALE_VERSION, OUT_OF_PLACE})
  @Path("deadlines/{kind}/extension")
  @Allowed(steps = Step.EXTEND_DEADLINE)
  @Operation(
      summary = "Extend a deadline",
      description = "Moves a deadline to a later day, with the reason.")
  public DeadlineView extend(
      @PathParam("kind") String kind,
      @NotNull(message = "Send the extension as JSON: to and reason") @Valid
          ExtensionRequest extension) {
    DeadlineKind deadline =
        InvalidParameterException.oneOf(DeadlineKind.class, "kind", kind)
            .orElseThrow(() -> new InvalidParameterException("kind", "Name the deadline"));
    Deadline extended =
        deadlineService.extendDeadline(
            caller, id, extension.version(), deadline, extension.to(), extension.reason());
    return DeadlineView.of(extended, states);
  }

  /** A letter to a parent or carer without an e-mail address, as a PDF to print and post. */
  @GET
  @Path("messages/{messageId}/letter")
  @Produces("application/pdf")
  @Operation(
      summary = "Print a letter",
      description = "A letter to a parent or carer without an e-mail address, as a PDF.")
  public Response letter(@PathParam("messageId") long messageId) {
    OutboxMessage letter = correspondenceService.letter(caller, id, messageId);
    return Response.ok(LetterPdf.of(letter))
        .header("Content-Disposition", "inline; filename=\"letter-" + messageId + ".pdf\"")
        .build();
  }

  /** Records that the letter was printed for posting. */
  @POST
  @Refuses(STALE_VERSION)
  @Path("messages/{messageId}/printed")
  @Allowed(
      permissions = {
        Permission.EDIT_REFERRAL_AND_PLAN,
        Permission.RECORD_SCHOOL_STEPS,
        Permission.DECIDE_AT_PANEL
      })
  @Operation(
      summary = "Record a letter printed",
      description = "Records that the letter was printed and posted.")
  public MessageView recordPrinted(
      @PathParam("messageId") long messageId, @NotNull(message = SEND_EMPTY) NoFields nothing) {
    return MessageView.of(correspondenceService.recordLetterPrinted(caller, id, messageId));
  }

  /** Tries a failed or dead message again now (inclusion officers). */
  @POST
  @Refuses(STALE_VERSION)
  @Path("messages/{messageId}/retry")
  @Allowed(permissions = Permission.READ_AUDIT)
  @Operation(
      summary = "Retry a message",
      description = "Sends again a message whose delivery failed (inclusion officers).")
  public MessageView retry(
      @PathParam("messageId") long messageId, @NotNull(message = SEND_EMPTY) NoFields nothing) {
    return MessageView.of(correspondenceService.retryMessage(caller, id, messageId));
  }

  /** Lets a message held past the day's ceiling go (inclusion officers, issue 14). */
  @POST
  @Refuses(STALE_VERSION)
  @Path("messages/{messageId}/release")
  @Allowed(permissions = Permission.READ_AUDIT)
  @Operation(
      summary = "Release a held message",
      description =
          "Releases a message held by the daily limit per recipient (inclusion officers).")
  public MessageView release(
      @PathParam("messageId") long messageId, @NotNull(message = SEND_EMPTY) NoFields nothing) {
    return MessageView.of(correspondenceService.releaseMessage(caller, id, messageId));
  }

  /** A roll decision, the latest standing (R12, R13; issue 15). */
  public record RollView(
      RollDecision decision,
      String establishment,
      LocalDate decidedOn,
      String decidedBy,
      String notes) {

    static RollView of(RollRecord r) {
      return new RollView(
          r.getDecision(),
          r.getEstablishment() == null ? null : r.getEstablishment().getName(),
          r.getDecidedOn(),
          r.getDecidedBy(),
          r.getNotes());
    }
  }

  @GET
  @Path("roll")
  @Operation(
      summary = "List the roll records",
      description = "Who has held the pupil on roll, and the decisions about it.")
  public List<RollView> roll() {
    return caseService.records(caller, id, RollRecord.class).stream()
        .sorted(Comparator.comparing(RollRecord::getId))
        .map(RollView::of)
        .toList();
  }

  @GET
  @Path("messages")
  @Operation(
      summary = "List the messages",
      description = "Every message and letter the case has sent or holds (inclusion officers).")
  public List<MessageView> messages() {
    return correspondenceService.messages(caller, id).stream().map(MessageView::of).toList();
  }
}
