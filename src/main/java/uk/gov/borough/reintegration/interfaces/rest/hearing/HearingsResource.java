package uk.gov.borough.reintegration.interfaces.rest.hearing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.borough.reintegration.application.PanelService;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Permission;
import uk.gov.borough.reintegration.domain.model.hearing.IyfapHearing;
import uk.gov.borough.reintegration.interfaces.rest.Allowed;
import uk.gov.borough.reintegration.interfaces.rest.InvalidParameterException;
import uk.gov.borough.reintegration.interfaces.rest.Refuses;

/** The In Year Fair Access Panel's hearings (P4): listed by the inclusion officers. */
@Tag(name = "IYFAP hearings", description = "The In Year Fair Access Panel's hearings (P4)")
@Path("hearings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HearingsResource {

  @Inject PanelService panelService;

  @Inject Caller caller;

  @Inject Clock clock;

  public record HearingView(long id, LocalDate panelDate, String agendaNotes) {

    static HearingView of(IyfapHearing hearing) {
      return new HearingView(hearing.getId(), hearing.getPanelDate(), hearing.getAgendaNotes());
    }
  }

  public record NewHearing(
      @NotNull(message = "Give the panel's date") LocalDate panelDate,
      @Size(max = 4000, message = "Keep the agenda notes to 4000 characters") String agendaNotes) {}

  /** The hearings from the day given (today by default), soonest first. */
  @GET
  @Operation(
      summary = "List the hearings",
      description = "The IYFAP hearings from a day (today by default), soonest first.")
  public List<HearingView> list(
      @Schema(implementation = LocalDate.class, description = "The first day (today unless given)")
          @QueryParam("from")
          String from) {
    LocalDate day =
        InvalidParameterException.date("from", from).orElseGet(() -> LocalDate.now(clock));
    return panelService.hearingsFrom(caller, day).stream().map(HearingView::of).toList();
  }

  @POST
  @Refuses({})
  @Allowed(permissions = Permission.DECIDE_AT_PANEL)
  @Operation(
      summary = "Schedule a hearing",
      description = "Schedules an IYFAP hearing (inclusion officers).")
  @APIResponse(
      responseCode = "201",
      description = "The hearing scheduled",
      content = @Content(schema = @Schema(implementation = HearingView.class)))
  public Response schedule(
      @NotNull(message = "Send the hearing as JSON: panelDate and agendaNotes") @Valid
          NewHearing hearing) {
    return Response.status(Response.Status.CREATED)
        .entity(
            HearingView.of(
                panelService.scheduleHearing(caller, hearing.panelDate(), hearing.agendaNotes())))
        .build();
  }
}
