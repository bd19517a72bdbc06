package uk.gov.borough.reintegration.interfaces.rest.cases;

import static uk.gov.borough.reintegration.interfaces.rest.Refusal.CONFLICT;
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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.borough.reintegration.application.CaseService;
import uk.gov.borough.reintegration.application.CaseService.CaseFile;
import uk.gov.borough.reintegration.application.CaseService.CasePage;
import uk.gov.borough.reintegration.application.ReferralService;
import uk.gov.borough.reintegration.application.WriteLimits;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.CaseQuery;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.policy.Step;
import uk.gov.borough.reintegration.infrastructure.policy.PolicyEditions;
import uk.gov.borough.reintegration.interfaces.rest.Allowed;
import uk.gov.borough.reintegration.interfaces.rest.InvalidParameterException;
import uk.gov.borough.reintegration.interfaces.rest.Refuses;
import uk.gov.borough.reintegration.interfaces.rest.cases.CaseViews.AuditView;
import uk.gov.borough.reintegration.interfaces.rest.cases.CaseViews.CaseDetail;
import uk.gov.borough.reintegration.interfaces.rest.cases.CaseViews.CaseList;
import uk.gov.borough.reintegration.interfaces.rest.cases.CaseViews.CaseSummary;
import uk.gov.borough.reintegration.interfaces.rest.cases.CaseViews.NoteView;

/**
 * Cases, as the signed-in caller may see them: 404 for a case outside their scope exactly as for
 * one that does not exist, 403 for an action their role does not carry (DESIGN.md, "API
 * conventions").
 */
@Tag(
    name = "Cases",
    description = "Referrals opened, the cases list and one case, its notes and its audit trail")
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasesResource {

  @Inject CaseService cases;

  @Inject ReferralService referralService;

  @Inject Caller caller;

  @Inject WriteLimits writeLimits;

  @Inject PolicyEditions editions;

  /** What opens a referral (P4, P7): the pupil by UPN, the route and the schools. */
  public record NewReferralRequest(
      @NotBlank(message = "Give the pupil's UPN")
          @Size(max = 13, message = "A UPN is 13 characters: give the pupil's UPN")
          String pupilUpn,
      @NotNull(message = "Choose the route the pupil is returning by") Route route,
      @NotNull(message = "Choose the referring school") Long referringSchoolId,
      @NotNull(message = "Choose the current school or AP") Long currentProvisionId,
      Long proposedReceivingSchoolId) {}

  /** A new note: its text, and whether it holds SEND, health or safeguarding detail. */
  public record NoteRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      @NotBlank(message = "Write the note")
          @Size(max = 4000, message = "Keep the note to 4000 characters")
          String text,
      boolean specialCategory) {}

  @GET
  @Operation(
      summary = "List the cases you can see",
      description =
          "A page of the caller's cases, filtered and sorted, each with its next deadline.")
  public CaseList list(
      @Schema(implementation = CaseStatus.class, description = "Only cases standing at this status")
          @QueryParam("status")
          String status,
      @Schema(implementation = Route.class, description = "Only cases of this route")
          @QueryParam("route")
          String route,
      @QueryParam("establishment") Long establishmentId,
      @QueryParam("pupil") @Size(max = 100, message = "Keep the pupil search to 100 characters")
          String pupil,
      @Schema(
              implementation = LocalDate.class,
              description = "Only cases with a deadline not yet met due on or before this day")
          @QueryParam("deadlineDueBy")
          String deadlineDueBy,
      @Schema(
              implementation = CaseQuery.Order.class,
              description = "What the list is sorted by (OPENED unless given)")
          @QueryParam("order")
          String order,
      @QueryParam("ascending") boolean ascending,
      @QueryParam("first") @DefaultValue("0") @Min(value = 0, message = "first cannot be negative")
          int first,
      @QueryParam("max")
          @DefaultValue("25")
          @Min(value = 1, message = "max must be between 1 and 100")
          @Max(value = 100, message = "max must be between 1 and 100")
          int max) {
    CaseQuery query =
        new CaseQuery(
            InvalidParameterException.oneOf(CaseStatus.class, "status", status),
            InvalidParameterException.oneOf(Route.class, "route", route),
            Optional.ofNullable(establishmentId),
            Optional.ofNullable(pupil).filter(text -> !text.isBlank()).map(String::trim),
            InvalidParameterException.date("deadlineDueBy", deadlineDueBy),
            InvalidParameterException.oneOf(CaseQuery.Order.class, "order", order)
                .orElse(CaseQuery.Order.OPENED),
            ascending);
    CasePage page = cases.list(caller, query, first, max);
    return new CaseList(
        page.total(),
        first,
        max,
        page.cases().stream()
            .map(
                c ->
                    CaseSummary.of(
                        c,
                        Optional.ofNullable(page.nextDeadlines().get(c.getId()))
                            .map(Deadline::effectiveDueOn)
                            .orElse(null)))
            .toList());
  }

  /** A new referral, in draft, by the provider (or the school for a managed move). */
  @POST
  @Refuses(CONFLICT)
  @Allowed(steps = Step.OPEN_REFERRAL)
  @Operation(
      summary = "Open a referral",
      description =
          "Opens a draft referral for a pupil of the portal, by the provider (or the school, for a managed move). Answers 201 with the case.")
  @APIResponse(
      responseCode = "201",
      description = "The referral opened, as a draft",
      content = @Content(schema = @Schema(implementation = CaseStepsResource.StepResult.class)))
  public Response openReferral(
      @NotNull(message = "Send the referral as JSON") @Valid NewReferralRequest referral,
      @Context UriInfo uri) {
    writeLimits.allowReferral(caller);
    ReintegrationCase opened =
        referralService.openReferral(
            caller,
            new ReferralService.NewReferral(
                referral.pupilUpn().trim(),
                referral.route(),
                referral.referringSchoolId(),
                referral.currentProvisionId(),
                referral.proposedReceivingSchoolId()));
    return Response.created(
            uri.getBaseUriBuilder().path("cases").path(String.valueOf(opened.getId())).build())
        .entity(CaseStepsResource.StepResult.of(opened))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Read a case",
      description =
          "The case as the caller may see it: special-category fields only to those who may read them, which is audited.")
  public CaseDetail open(@PathParam("id") long id) {
    CaseFile file = cases.open(caller, id);
    return CaseDetail.of(file, editions.of(file.reintegrationCase()));
  }

  @POST
  @Refuses(STALE_VERSION)
  @Path("{id}/notes")
  @Allowed(steps = Step.ADD_NOTE)
  @Operation(
      summary = "Add a note",
      description =
          "Adds a note to the case; a special-category note is marked as such (SEND, health, safeguarding).")
  @APIResponse(
      responseCode = "201",
      description = "The note added",
      content = @Content(schema = @Schema(implementation = CaseViews.NoteView.class)))
  public Response addNote(
      @PathParam("id") long id,
      @NotNull(message = "Send the note as JSON: version, text and specialCategory") @Valid
          NoteRequest note,
      @Context UriInfo uri) {
    NoteView added =
        NoteView.of(
            cases.addNote(caller, id, note.version(), note.text().trim(), note.specialCategory()));
    return Response.created(uri.getBaseUriBuilder().path("cases").path(String.valueOf(id)).build())
        .entity(added)
        .build();
  }

  @GET
  @Path("{id}/audit")
  @Operation(
      summary = "Read the audit trail",
      description =
          "Every entry the append-only audit trail holds on the case, oldest first (inclusion officers).")
  public List<AuditView> audit(@PathParam("id") long id) {
    return cases.auditHistory(caller, id).stream().map(AuditView::of).toList();
  }
}
