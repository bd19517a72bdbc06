package uk.gov.borough.reintegration.application;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentKind;

/** The borough's establishments: who they are, and the register PORTAL_ADMIN keeps. */
public interface EstablishmentDirectory {

  List<Establishment> list(Optional<EstablishmentKind> kind);

  /** Adds or changes an establishment; a value that breaks a constraint saves nothing. */
  Establishment register(@Valid Establishment establishment);
}
