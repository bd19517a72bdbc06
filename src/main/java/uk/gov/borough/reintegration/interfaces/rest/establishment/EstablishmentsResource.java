package uk.gov.borough.reintegration.interfaces.rest.establishment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.borough.reintegration.application.EstablishmentDirectory;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentKind;

/** The borough's schools and providers: public facts, no pupil data. */
@Tag(name = "Establishments", description = "The schools and provision taking part")
@Path("establishments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EstablishmentsResource {

  @Inject EstablishmentDirectory directory;

  /** One establishment as the API shows it. */
  public record EstablishmentView(long id, String name, EstablishmentKind kind, String urn) {

    public static EstablishmentView of(Establishment establishment) {
      return new EstablishmentView(
          establishment.getId(),
          establishment.getName(),
          establishment.getKind(),
          establishment.getUrn());
    }
  }

  @GET
  @Operation(
      summary = "List the establishments",
      description = "The schools and provision taking part, of one kind if asked.")
  public List<EstablishmentView> list(
      @Schema(
              implementation = EstablishmentKind.class,
              description = "Only establishments of this kind")
          @QueryParam("kind")
          @Pattern(
              regexp = "MAINSTREAM|AP_ACADEMY|MEDICAL_PROVISION|OTHER_AP",
              message = "kind must be one of MAINSTREAM, AP_ACADEMY, MEDICAL_PROVISION, OTHER_AP")
          String kind) {
    return directory.list(Optional.ofNullable(kind).map(EstablishmentKind::valueOf)).stream()
        .map(EstablishmentView::of)
        .toList();
  }
}
