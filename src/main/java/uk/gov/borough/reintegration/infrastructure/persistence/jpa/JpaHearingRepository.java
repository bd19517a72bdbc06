package uk.gov.borough.reintegration.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.gov.borough.reintegration.domain.model.hearing.DecisionOutcome;
import uk.gov.borough.reintegration.domain.model.hearing.HearingRepository;
import uk.gov.borough.reintegration.domain.model.hearing.IyfapHearing;

@ApplicationScoped
public class JpaHearingRepository implements HearingRepository {

  @PersistenceContext private EntityManager entityManager;

  @Override
  public Optional<IyfapHearing> find(long id) {
    return Optional.ofNullable(entityManager.find(IyfapHearing.class, id));
  }

  @Override
  public List<IyfapHearing> from(LocalDate day) {
    return entityManager
        .createQuery(
            "SELECT h FROM IyfapHearing h WHERE h.panelDate >= :day ORDER BY h.panelDate",
            IyfapHearing.class)
        .setParameter("day", day)
        .getResultList();
  }

  @Override
  public Map<Long, Long> placedSince(LocalDate day) {
    return entityManager
        .createQuery(
            "SELECT d.receivingSchool.id, COUNT(d) FROM HearingDecision d"
                + " WHERE d.outcome = :ratified AND d.receivingSchool IS NOT NULL"
                + " AND d.hearing.panelDate >= :day"
                + " GROUP BY d.receivingSchool.id",
            Object[].class)
        .setParameter("ratified", DecisionOutcome.RATIFIED)
        .setParameter("day", day)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
  }

  @Override
  public Optional<IyfapHearing> nextAfter(LocalDate day) {
    return from(day.plusDays(1)).stream().findFirst();
  }

  @Override
  public IyfapHearing store(IyfapHearing hearing) {
    entityManager.persist(hearing);
    return hearing;
  }
}
