package uk.gov.borough.reintegration.interfaces.rest.cases;

import static uk.gov.borough.reintegration.interfaces.rest.Refusal.CONFLICT;
import static uk.gov.borough.reintegration.interfaces.rest.Refusal.OUT_OF_PLACE;
import static uk.gov.borough.reintegration.interfaces.rest.Refusal.STALE_VERSION;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.borough.reintegration.application.InvalidReferenceException;
import uk.gov.borough.reintegration.application.LeadService;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.party.Lead;
import uk.gov.borough.reintegration.domain.model.party.LeadRole;
import uk.gov.borough.reintegration.domain.policy.Step;
import uk.gov.borough.reintegration.interfaces.rest.Allowed;
import uk.gov.borough.reintegration.interfaces.rest.Refuses;
import uk.gov.borough.reintegration.interfaces.rest.cases.CaseStepsResource.StepResult;

/**
 * The case's named leads (P7, "Case Details"; issue 16), by role: read by anyone who may see the
 * case; named, changed or removed by the party whose lead it is, or an inclusion officer, on the
 * version of the case the caller read (409 when stale): {@code PUT /cases/{id}/leads/{role}} with
 * the version in the body, {@code DELETE /cases/{id}/leads/{role}?version=n}.
 */
@Tag(name = "Leads", description = "The leads named on a case (P7, Case Details)")
@Path("cases/{id}/leads")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseLeadsResource {

  private static final String SEND_JSON = "Send the lead as JSON, with the case's version";

  @Inject LeadService leadService;

  @Inject Caller caller;

  @PathParam("id")
  long id;

  /** A lead as the case names them; {@code signsIn} once they have a sign-in identity. */
  public record LeadView(
      LeadRole role,
      long personId,
      String name,
      String email,
      Long establishmentId,
      boolean signsIn) {

    static LeadView of(LeadRole role, Lead lead) {
      return new LeadView(
          role,
          lead.getId(),
          lead.getName(),
          lead.getEmail(),
          lead.getEstablishment() == null ? null : lead.getEstablishment().getId(),
          lead.getSsoSubject() != null);
    }
  }

  /** A person already known ({@code personId}), or a new one by name and work e-mail. */
  public record LeadRequest(
      @NotNull(message = "Give the version of the case you read") Long version,
      Long personId,
      @Size(max = 200, message = "Keep the lead's name to 200 characters") String name,
      @Size(max = 254, message = "Keep the lead's e-mail to 254 characters") String email) {}

  @GET
  @Operation(summary = "List the leads", description = "The leads named on the case, by role (P7).")
  public List<LeadView> leads() {
    return leadService.leads(caller, id).entrySet().stream()
        .map(named -> LeadView.of(named.getKey(), named.getValue()))
        .toList();
  }

  /** The people already known in the role for the establishment concerned, to choose from. */
  @GET
  @Path("{role}/known")
  @Operation(
      summary = "List the people known for a role",
      description =
          "The people already known for the role, to name one of them (to those who may name the lead).")
  public List<LeadView> known(@PathParam("role") String role) {
    LeadRole leadRole = roleOf(role);
    return leadService.known(caller, id, leadRole).stream()
        .map(lead -> LeadView.of(leadRole, lead))
        .toList();
  }

  @PUT
  @Refuses({STALE_VERSION, OUT_OF_PLACE, CONFLICT})
  @Path("{role}")
  @Allowed(
      steps = {
        Step.NAME_CURRENT_LEAD,
        Step.NAME_RECEIVING_LEAD,
        Step.NAME_INCLUSIONS_OFFICER,
        Step.NAME_SOCIAL_WORKER
      })
  @Operation(
      summary = "Name a lead",
      description =
          "Names or changes the lead of a role: a person known, or a new one by name and work e-mail.")
  public StepResult name(
      @PathParam("role") String role, @NotNull(message = SEND_JSON) @Valid LeadRequest r) {
    return StepResult.of(
        leadService.nameLead(
            caller,
            id,
            r.version(),
            roleOf(role),
            new LeadService.NewLead(r.personId(), r.name(), r.email())));
  }

  /**
   * Removes the lead of the role. The version read is a query parameter: the application server
   * refuses a body on a DELETE before the section sees it.
   */
  @DELETE
  @Refuses({STALE_VERSION, OUT_OF_PLACE, CONFLICT})
  @Path("{role}")
  @Allowed(
      steps = {
        Step.NAME_CURRENT_LEAD,
        Step.NAME_RECEIVING_LEAD,
        Step.NAME_INCLUSIONS_OFFICER,
        Step.NAME_SOCIAL_WORKER
      })
  @Operation(
      summary = "Remove a lead",
      description = "Removes the lead of a role; the version read is a query parameter.")
  public StepResult remove(
      @PathParam("role") String role,
      @QueryParam("version") @NotNull(message = "Give the version of the case you read")
          Long version) {
    return StepResult.of(leadService.removeLead(caller, id, version, roleOf(role)));
  }

  /** The role as the path names it, "receiving-school-lead" or "RECEIVING_SCHOOL_LEAD". */
  private static LeadRole roleOf(String role) {
    String name = role.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(LeadRole.values())
        .filter(known -> known.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidReferenceException(
                    "role", "No lead has that role: give one of " + List.of(LeadRole.values())));
  }
}
