package uk.gov.borough.reintegration.domain.model.party;

import java.util.List;
import java.util.Optional;

/** The schools, academies and alternative provisions the borough's cases move between. */
public interface EstablishmentRepository {

  /** Every establishment of this kind, or of every kind when none is given, by name. */
  List<Establishment> findAll(Optional<EstablishmentKind> kind);

  Optional<Establishment> find(long id);

  Establishment store(Establishment establishment);
}
