package uk.gov.borough.reintegration.domain.model.party;

import java.util.List;
import java.util.Optional;

/** The portal's pupil records, read-only: the plugin never writes them. */
public interface PupilRepository {

  Optional<Pupil> find(long id);

  Optional<Pupil> findByUpn(String upn);

  /** Pupils whose name or UPN contains what was typed, by family name: at most {@code max}. */
  List<Pupil> matching(String typed, int max);
}
