package uk.gov.borough.reintegration.interfaces.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import uk.gov.borough.reintegration.application.EstablishmentDirectory;
import uk.gov.borough.reintegration.domain.model.party.Establishment;

/** The section's landing page: the establishments taking part in the borough's reintegrations. */
@Named
@RequestScoped
public class Home {

  @Inject EstablishmentDirectory directory;

  private List<Establishment> establishments;

  public List<Establishment> getEstablishments() {
    if (establishments == null) {
      establishments = directory.list(Optional.empty());
    }
    return establishments;
  }
}
