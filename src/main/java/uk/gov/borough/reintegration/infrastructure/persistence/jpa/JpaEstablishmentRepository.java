package uk.gov.borough.reintegration.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentKind;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentRepository;

@ApplicationScoped
public class JpaEstablishmentRepository implements EstablishmentRepository {

  @PersistenceContext private EntityManager entityManager;

  @Override
  public List<Establishment> findAll(Optional<EstablishmentKind> kind) {
    return entityManager
        .createQuery(
            "SELECT e FROM Establishment e WHERE :kind IS NULL OR e.kind = :kind ORDER BY e.name",
            Establishment.class)
        .setParameter("kind", kind.orElse(null))
        .getResultList();
  }

  @Override
  public Optional<Establishment> find(long id) {
    return Optional.ofNullable(entityManager.find(Establishment.class, id));
  }

  @Override
  public Establishment store(Establishment establishment) {
    if (establishment.getId() == null) {
      entityManager.persist(establishment);
      return establishment;
    }
    return entityManager.merge(establishment);
  }
}
