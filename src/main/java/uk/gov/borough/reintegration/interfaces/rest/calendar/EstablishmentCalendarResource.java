package uk.gov.borough.reintegration.interfaces.rest.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.borough.reintegration.application.CalendarAdministration;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Permission;
import uk.gov.borough.reintegration.interfaces.rest.Allowed;
import uk.gov.borough.reintegration.interfaces.rest.Refuses;
import uk.gov.borough.reintegration.interfaces.rest.calendar.CalendarViews.EstablishmentCalendarView;

/** Which calendar an establishment counts its school days on; PORTAL_ADMIN chooses it. */
@Tag(
    name = "Establishment calendars",
    description = "Which calendar an establishment counts its school days on")
@Path("establishments/{id}/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EstablishmentCalendarResource {

  @Inject CalendarAdministration calendars;

  @Inject Caller caller;

  /** The calendar to count on, by id. */
  public record CalendarChoice(
      @NotNull(message = "Give the calendarId of the calendar to count school days on")
          Long calendarId) {}

  @PUT
  @Refuses({})
  @Allowed(permissions = Permission.ADMINISTER_REFERENCE_DATA)
  @Operation(
      summary = "Choose an establishment's calendar",
      description =
          "Chooses the calendar the establishment counts its school days on (portal administrators).")
  public EstablishmentCalendarView choose(
      @PathParam("id") long id,
      @NotNull(message = "Send the calendar as JSON: calendarId") @Valid CalendarChoice choice) {
    return EstablishmentCalendarView.of(
        calendars.countSchoolDaysOn(caller, id, choice.calendarId()));
  }
}
