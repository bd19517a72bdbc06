package uk.gov.borough.reintegration.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.deadline.DeadlineRepository;

@ApplicationScoped
public class JpaDeadlineRepository implements DeadlineRepository {

  @PersistenceContext private EntityManager entityManager;

  @Override
  public List<Deadline> openDueBy(LocalDate day) {
    return entityManager
        .createQuery(
            "SELECT d FROM Deadline d JOIN FETCH d.reintegrationCase c"
                + " WHERE d.metOn IS NULL AND c.status NOT IN :closed"
                + " AND COALESCE(d.extendedTo, d.dueOn) <= :day ORDER BY d.id",
            Deadline.class)
        .setParameter("closed", CaseStatus.CLOSED)
        .setParameter("day", day)
        .getResultList();
  }

  @Override
  public Optional<Deadline> find(long id) {
    return Optional.ofNullable(entityManager.find(Deadline.class, id));
  }
}
