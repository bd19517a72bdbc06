package uk.gov.borough.reintegration.interfaces.rest.calendar;

import static uk.gov.borough.reintegration.interfaces.rest.Refusal.STALE_VERSION;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.borough.reintegration.application.CalendarAdministration;
import uk.gov.borough.reintegration.application.CalendarAdministration.CalendarDetails;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Permission;
import uk.gov.borough.reintegration.domain.model.calendar.PeriodDates;
import uk.gov.borough.reintegration.domain.model.calendar.PeriodKind;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolCalendar;
import uk.gov.borough.reintegration.interfaces.rest.Allowed;
import uk.gov.borough.reintegration.interfaces.rest.BulkAction;
import uk.gov.borough.reintegration.interfaces.rest.InvalidParameterException;
import uk.gov.borough.reintegration.interfaces.rest.Refuses;
import uk.gov.borough.reintegration.interfaces.rest.calendar.CalendarViews.CalendarView;

/**
 * The school-day calendars: anyone signed in reads them, PORTAL_ADMIN creates and replaces them
 * (403 for anyone else). A calendar is replaced whole, carrying the version that was read, so that
 * a change saved meanwhile answers 409 instead of being overwritten.
 */
@Tag(name = "Calendars", description = "School-day calendars deadlines are counted on")
@Path("calendars")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarsResource {

  private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

  @Inject CalendarAdministration calendars;

  @Inject Caller caller;

  /** A calendar whole, to create or to replace one; {@code version} only when replacing. */
  public record CalendarRequest(
      @NotBlank(message = "Give the calendar's name")
          @Size(max = 200, message = "Keep the calendar's name to 200 characters")
          String name,
      @NotBlank(message = "Say where the calendar's dates come from")
          @Size(max = 1000, message = "Keep where the dates come from to 1000 characters")
          String source,
      boolean example,
      Long bankHolidaysCalendarId,
      @NotNull(message = "List the calendar's periods, even if there are none yet")
          List<@NotNull(message = "Give each period") @Valid PeriodRequest> periods,
      Long version) {}

  /** A period: dates as YYYY-MM-DD, the last day inclusive. */
  public record PeriodRequest(
      @NotNull(message = "Choose the kind of period")
          @Pattern(
              regexp = "TERM|HALF_TERM|HOLIDAY|BANK_HOLIDAY|INSET_DAY|CLOSURE",
              message =
                  "kind must be one of TERM, HALF_TERM, HOLIDAY, BANK_HOLIDAY, INSET_DAY, CLOSURE")
          String kind,
      @NotBlank(message = "Give the period's label")
          @Size(max = 200, message = "Keep the period's label to 200 characters")
          String label,
      @NotNull(message = "Give the period's first day")
          @Pattern(regexp = DATE, message = "Give the first day as YYYY-MM-DD")
          String firstDay,
      @NotNull(message = "Give the period's last day")
          @Pattern(regexp = DATE, message = "Give the last day as YYYY-MM-DD")
          String lastDay) {}

  @GET
  @Operation(summary = "List the calendars", description = "The school-day calendars.")
  public List<CalendarView> list() {
    return calendars.list().stream().map(CalendarView::summaryOf).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read a calendar", description = "One calendar with its periods.")
  public CalendarView open(@PathParam("id") long id) {
    return CalendarView.detailOf(calendars.open(id));
  }

  @POST
  @Refuses({})
  @BulkAction
  @Allowed(permissions = Permission.ADMINISTER_REFERENCE_DATA)
  @Operation(
      summary = "Create a calendar",
      description = "Creates a calendar of terms, holidays and closures (portal administrators).")
  @APIResponse(
      responseCode = "201",
      description = "The calendar created",
      content = @Content(schema = @Schema(implementation = CalendarView.class)))
  public Response create(
      @NotNull(message = "Send the calendar as JSON: name, source, example, periods") @Valid
          CalendarRequest calendar,
      @Context UriInfo uri) {
    SchoolCalendar created = calendars.create(caller, details(calendar));
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
        .entity(CalendarView.detailOf(created))
        .build();
  }

  @PUT
  @Refuses(STALE_VERSION)
  @Path("{id}")
  @BulkAction
  @Allowed(permissions = Permission.ADMINISTER_REFERENCE_DATA)
  @Operation(
      summary = "Replace a calendar",
      description =
          "Replaces a calendar's periods; stored deadlines keep their dates until recounted.")
  public CalendarView replace(
      @PathParam("id") long id,
      @NotNull(message = "Send the calendar as JSON: version, name, source, example, periods")
          @Valid
          CalendarRequest calendar) {
    if (calendar.version() == null) {
      throw new InvalidParameterException(
          "version", "Give the version you read, so that a change saved since is not overwritten");
    }
    return CalendarView.detailOf(
        calendars.replace(caller, id, calendar.version(), details(calendar)));
  }

  private static CalendarDetails details(CalendarRequest calendar) {
    List<PeriodDates> periods = new ArrayList<>();
    for (int i = 0; i < calendar.periods().size(); i++) {
      PeriodRequest period = calendar.periods().get(i);
      String which = "Period " + (i + 1) + ": ";
      LocalDate firstDay = date(period.firstDay(), "firstDay", which);
      LocalDate lastDay = date(period.lastDay(), "lastDay", which);
      if (lastDay.isBefore(firstDay)) {
        throw new InvalidParameterException(
            "lastDay", which + "the last day cannot be before the first day");
      }
      periods.add(
          new PeriodDates(
              PeriodKind.valueOf(period.kind()), period.label().trim(), firstDay, lastDay));
    }
    return new CalendarDetails(
        calendar.name().trim(),
        calendar.source().trim(),
        calendar.example(),
        calendar.bankHolidaysCalendarId(),
        periods);
  }

  /** A date the pattern lets through may still not exist, such as 2026-02-30. */
  private static LocalDate date(String value, String field, String which) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(field, which + "there is no such day");
    }
  }
}
