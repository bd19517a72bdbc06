package uk.gov.borough.reintegration.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import uk.gov.borough.reintegration.application.EstablishmentDirectory;
import uk.gov.borough.reintegration.application.InvalidReferenceException;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentKind;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentRepository;

@Stateless
public class DefaultEstablishmentDirectory implements EstablishmentDirectory {

  @Inject EstablishmentRepository establishments;

  @Inject ReferenceDataAccess referenceData;

  @Override
  public List<Establishment> list(Optional<EstablishmentKind> kind) {
    return establishments.findAll(kind);
  }

  @Override
  public Establishment register(Caller caller, @Valid Establishment establishment) {
    referenceData.require(caller, Establishment.class, establishment.getId());
    if (establishment.getUrn() != null
        && establishments.findAll(Optional.empty()).stream()
            .anyMatch(e -> establishment.getUrn().equals(e.getUrn()) && e != establishment)) {
      throw new InvalidReferenceException(
          "urn", "An establishment with DfE URN " + establishment.getUrn() + " is registered");
    }
    return establishments.store(establishment);
  }
}
