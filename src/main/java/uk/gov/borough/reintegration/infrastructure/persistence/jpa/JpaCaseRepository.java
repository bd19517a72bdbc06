package uk.gov.borough.reintegration.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.BelongsToCase;
import uk.gov.borough.reintegration.domain.model.cases.CaseQuery;
import uk.gov.borough.reintegration.domain.model.cases.CaseRepository;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.Chronology;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.party.Pupil;

@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

  private static final List<String> ESTABLISHMENTS =
      List.of("referringSchool", "currentProvision", "proposedReceivingSchool", "receivingSchool");

  /** SQL's "unique violation", the same on H2 and PostgreSQL. */
  private static final String UNIQUE_VIOLATION = "23505";

  private static final String OPEN_CASE_KEY = "uq_ri_case_open_pupil";

  /** Where a case with no deadline left to meet sorts: after every real one, on every database. */
  private static final LocalDate NO_DEADLINE_YET = LocalDate.of(9999, 12, 31);

  @PersistenceContext private EntityManager entityManager;

  @Override
  public Optional<ReintegrationCase> find(Caller caller, long id) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<ReintegrationCase> query = cb.createQuery(ReintegrationCase.class);
    Root<ReintegrationCase> reintegration = query.from(ReintegrationCase.class);
    query.where(
        cb.equal(reintegration.get("id"), id), CaseScope.visibleTo(caller, cb, reintegration));
    return entityManager.createQuery(query).getResultStream().findFirst();
  }

  @Override
  public List<ReintegrationCase> list(Caller caller, CaseQuery query, int first, int max) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<ReintegrationCase> select = cb.createQuery(ReintegrationCase.class);
    Root<ReintegrationCase> reintegration = select.from(ReintegrationCase.class);
    select.where(matching(caller, query, select, cb, reintegration));
    Expression<?> sortKey =
        switch (query.order()) {
          case OPENED -> reintegration.get("id");
          case PUPIL -> reintegration.join("pupil", JoinType.LEFT).get("familyName");
          case STATUS -> reintegration.get("status");
          case ROUTE -> reintegration.get("route");
          case REFERRING_SCHOOL -> reintegration.join("referringSchool", JoinType.LEFT).get("name");
          case CURRENT_PROVISION ->
              reintegration.join("currentProvision", JoinType.LEFT).get("name");
          case NEXT_DEADLINE ->
              cb.coalesce(nextDeadline(select, cb, reintegration), NO_DEADLINE_YET);
        };
    select.orderBy(
        query.ascending() ? cb.asc(sortKey) : cb.desc(sortKey),
        query.ascending() ? cb.asc(reintegration.get("id")) : cb.desc(reintegration.get("id")));
    return entityManager
        .createQuery(select)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<ReintegrationCase> open(Caller caller, int max) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<ReintegrationCase> select = cb.createQuery(ReintegrationCase.class);
    Root<ReintegrationCase> reintegration = select.from(ReintegrationCase.class);
    select
        .where(
            CaseScope.visibleTo(caller, cb, reintegration),
            cb.not(reintegration.get("status").in(CaseStatus.CLOSED)))
        .orderBy(cb.asc(reintegration.get("id")));
    return entityManager.createQuery(select).setMaxResults(max).getResultList();
  }

  @Override
  public long count(Caller caller, CaseQuery query) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<ReintegrationCase> reintegration = count.from(ReintegrationCase.class);
    count.select(cb.count(reintegration)).where(matching(caller, query, count, cb, reintegration));
    return entityManager.createQuery(count).getSingleResult();
  }

  @Override
  public boolean storeNew(ReintegrationCase reintegrationCase) {
    entityManager.persist(reintegrationCase);
    try {
      entityManager.flush();
      return true;
    } catch (PersistenceException refused) {
      if (isSecondOpenCase(refused)) {
        return false;
      }
      throw refused;
    }
  }

  /** The unique constraint on the pupil of an open case (V9), as H2 and PostgreSQL report it. */
  private static boolean isSecondOpenCase(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && UNIQUE_VIOLATION.equals(sql.getSQLState())
          && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains(OPEN_CASE_KEY)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Optional<Long> openCaseOf(Pupil pupil) {
    return entityManager
        .createQuery(
            "SELECT c.id FROM ReintegrationCase c WHERE c.openPupilId = :pupil", Long.class)
        .setParameter("pupil", pupil.getId())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void raiseVersion(ReintegrationCase reintegrationCase) {
    entityManager.lock(reintegrationCase, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  @Override
  public <T extends BelongsToCase> T add(T record) {
    entityManager.persist(record);
    return record;
  }

  @Override
  public <T extends BelongsToCase> List<T> recordsOf(
      ReintegrationCase reintegrationCase, Class<T> type) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<T> query = cb.createQuery(type);
    Root<T> record = query.from(type);
    query
        .where(cb.equal(record.get("reintegrationCase"), reintegrationCase))
        .orderBy(cb.asc(record.get("id")));
    return entityManager.createQuery(query).getResultList();
  }

  @Override
  public Chronology chronologyOf(
      ReintegrationCase reintegrationCase, Set<Chronology.Kind> kinds, int first, int max) {
    return Timeline.of(entityManager, reintegrationCase.getId(), kinds, first, max);
  }

  /** The earliest due day of the case's deadlines not yet met, extensions counted. */
  private static Subquery<LocalDate> nextDeadline(
      CommonAbstractCriteria query, CriteriaBuilder cb, Root<ReintegrationCase> reintegration) {
    Subquery<LocalDate> next = query.subquery(LocalDate.class);
    Root<Deadline> deadline = next.from(Deadline.class);
    return next.select(cb.least(dueOn(cb, deadline)))
        .where(
            cb.equal(deadline.get("reintegrationCase"), reintegration),
            cb.isNull(deadline.get("metOn")));
  }

  private static Expression<LocalDate> dueOn(CriteriaBuilder cb, Root<Deadline> deadline) {
    return cb.coalesce(deadline.<LocalDate>get("extendedTo"), deadline.<LocalDate>get("dueOn"));
  }

  private static Predicate matching(
      Caller caller,
      CaseQuery query,
      CommonAbstractCriteria select,
      CriteriaBuilder cb,
      Root<ReintegrationCase> reintegration) {
    List<Predicate> conditions = new ArrayList<>();
    conditions.add(CaseScope.visibleTo(caller, cb, reintegration));
    query
        .status()
        .ifPresent(status -> conditions.add(cb.equal(reintegration.get("status"), status)));
    query.route().ifPresent(route -> conditions.add(cb.equal(reintegration.get("route"), route)));
    query
        .establishmentId()
        .ifPresent(
            id ->
                conditions.add(
                    cb.or(
                        ESTABLISHMENTS.stream()
                            .map(
                                role ->
                                    cb.equal(reintegration.join(role, JoinType.LEFT).get("id"), id))
                            .toArray(Predicate[]::new))));
    query
        .deadlineDueBy()
        .ifPresent(
            day -> {
              Subquery<Long> due = select.subquery(Long.class);
              Root<Deadline> deadline = due.from(Deadline.class);
              due.select(deadline.get("id"))
                  .where(
                      cb.equal(deadline.get("reintegrationCase"), reintegration),
                      cb.isNull(deadline.get("metOn")),
                      cb.lessThanOrEqualTo(dueOn(cb, deadline), day));
              conditions.add(cb.exists(due));
            });
    query
        .pupil()
        .ifPresent(
            typed ->
                conditions.add(
                    PupilMatch.of(cb, reintegration.join("pupil", JoinType.LEFT), typed)));
    return cb.and(conditions.toArray(Predicate[]::new));
  }
}
