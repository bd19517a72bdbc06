package uk.gov.borough.reintegration.application;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentKind;

/** The borough's establishments: who they are, and the register PORTAL_ADMIN keeps. */
public interface EstablishmentDirectory {

  List<Establishment> list(Optional<EstablishmentKind> kind);

  /**
   * Adds an establishment to the register (ADMINISTER_REFERENCE_DATA); a value that breaks a
   * constraint, or a DfE URN already registered, saves nothing.
   *
   * @throws PermissionRefusedException when the caller's role does not carry it
   * @throws InvalidReferenceException naming the URN when another establishment has it
   */
  Establishment register(Caller caller, @Valid Establishment establishment);
}
