package uk.gov.borough.reintegration.interfaces.web.establishment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import uk.gov.borough.reintegration.application.EstablishmentDirectory;
import uk.gov.borough.reintegration.domain.model.party.Establishment;

/** The establishments taking part in the borough's reintegrations (issue 5, admin). */
@Named("establishmentsPage")
@RequestScoped
public class EstablishmentsPage {

  @Inject EstablishmentDirectory directory;

  private List<Establishment> establishments;

  public List<Establishment> getEstablishments() {
    if (establishments == null) {
      establishments = directory.list(Optional.empty());
    }
    return establishments;
  }
}
