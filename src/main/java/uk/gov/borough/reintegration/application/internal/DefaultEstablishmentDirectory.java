package uk.gov.borough.reintegration.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import uk.gov.borough.reintegration.application.EstablishmentDirectory;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentKind;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentRepository;

@Stateless
public class DefaultEstablishmentDirectory implements EstablishmentDirectory {

  @Inject EstablishmentRepository establishments;

  @Override
  public List<Establishment> list(Optional<EstablishmentKind> kind) {
    return establishments.findAll(kind);
  }

  @Override
  public Establishment register(@Valid Establishment establishment) {
    return establishments.store(establishment);
  }
}
