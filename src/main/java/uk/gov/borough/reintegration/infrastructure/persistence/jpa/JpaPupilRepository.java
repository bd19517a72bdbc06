package uk.gov.borough.reintegration.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
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
  public List<Pupil> matching(String typed, int max) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<Pupil> query = cb.createQuery(Pupil.class);
    Root<Pupil> pupil = query.from(Pupil.class);
    query
        .where(PupilMatch.of(cb, pupil, typed))
        .orderBy(cb.asc(pupil.get("familyName")), cb.asc(pupil.get("givenName")));
    return entityManager.createQuery(query).setMaxResults(max).getResultList();
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
