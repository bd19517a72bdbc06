package uk.gov.borough.reintegration.domain.model.party;

import java.util.Optional;

/** The portal's pupil records, read-only: the plugin never writes them. */
public interface PupilRepository {

  Optional<Pupil> find(long id);

  Optional<Pupil> findByUpn(String upn);
}
