package uk.gov.borough.reintegration.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.gov.borough.reintegration.domain.model.party.Pupil;
import uk.gov.borough.reintegration.domain.model.party.PupilRepository;

@ApplicationScoped
public class JpaPupilRepository implements PupilRepository {

  @PersistenceContext private EntityManager entityManager;

  @Override
  public Optional<Pupil> find(long id) {
    return Optional.ofNullable(entityManager.find(Pupil.class, id));
  }

  @Override
  public Optional<Pupil> findByUpn(String upn) {
    return entityManager
        .createQuery("SELECT p FROM Pupil p WHERE p.upn = :upn", Pupil.class)
        .setParameter("upn", upn)
        .getResultStream()
        .findFirst();
  }
}
