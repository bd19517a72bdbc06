package uk.gov.borough.reintegration.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
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
  public List<Deadline> openDueBy(Caller caller, LocalDate day) {
    return openOf(
        caller, (cb, deadline) -> cb.lessThanOrEqualTo(effectiveDueOn(cb, deadline), day));
  }

  @Override
  public List<Deadline> openWithNoLead(Caller caller) {
    return openOf(caller, (cb, deadline) -> cb.isNull(deadline.get("responsibleLead")));
  }

  /** The caller's deadlines not yet met, of open cases, that also match; soonest due first. */
  private List<Deadline> openOf(
      Caller caller, BiFunction<CriteriaBuilder, Root<Deadline>, Predicate> matching) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<Deadline> select = cb.createQuery(Deadline.class);
    Root<Deadline> deadline = select.from(Deadline.class);
    Join<Deadline, ReintegrationCase> reintegration = deadline.join("reintegrationCase");
    select
        .where(
            CaseScope.visibleTo(caller, cb, reintegration),
            cb.isNull(deadline.get("metOn")),
            cb.not(reintegration.get("status").in(CaseStatus.CLOSED)),
            matching.apply(cb, deadline))
        .orderBy(cb.asc(effectiveDueOn(cb, deadline)), cb.asc(deadline.get("id")));
    return entityManager.createQuery(select).getResultList();
  }

  /** The day a deadline falls due: its extension's, or its own. */
  private static Expression<LocalDate> effectiveDueOn(CriteriaBuilder cb, Root<Deadline> deadline) {
    return cb.coalesce(deadline.<LocalDate>get("extendedTo"), deadline.<LocalDate>get("dueOn"));
  }

  @Override
  public Map<Long, Deadline> nextDueOf(List<ReintegrationCase> cases) {
    if (cases.isEmpty()) {
      return Map.of();
    }
    return entityManager
        .createQuery(
            "SELECT d FROM Deadline d LEFT JOIN FETCH d.responsibleLead"
                + " WHERE d.metOn IS NULL AND d.reintegrationCase IN :cases"
                + " AND COALESCE(d.extendedTo, d.dueOn) IS NOT NULL"
                + " ORDER BY COALESCE(d.extendedTo, d.dueOn), d.id",
            Deadline.class)
        .setParameter("cases", cases)
        .getResultStream()
        .collect(
            Collectors.toMap(
                d -> d.getReintegrationCase().getId(), d -> d, (first, later) -> first));
  }

  @Override
  public Optional<Deadline> find(long id) {
    return Optional.ofNullable(entityManager.find(Deadline.class, id));
  }
}
