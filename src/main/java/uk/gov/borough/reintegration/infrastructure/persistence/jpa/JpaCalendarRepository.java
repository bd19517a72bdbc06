package uk.gov.borough.reintegration.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.gov.borough.reintegration.domain.model.calendar.CalendarRepository;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolCalendar;

@ApplicationScoped
public class JpaCalendarRepository implements CalendarRepository {

  @PersistenceContext private EntityManager entityManager;

  @Override
  public List<SchoolCalendar> findAll() {
    return entityManager
        .createQuery("SELECT c FROM SchoolCalendar c ORDER BY c.name", SchoolCalendar.class)
        .getResultList();
  }

  @Override
  public Optional<SchoolCalendar> find(long id) {
    return Optional.ofNullable(entityManager.find(SchoolCalendar.class, id));
  }

  @Override
  public Optional<SchoolCalendar> findByName(String name) {
    return entityManager
        .createQuery("SELECT c FROM SchoolCalendar c WHERE c.name = :name", SchoolCalendar.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  /**
   * The periods are rows of their own, so replacing only them would leave the calendar's row, and
   * its version, as they were: the version is moved on by hand. Flushed here, so the version the
   * caller is shown is the one saved, and a conflict surfaces inside the service.
   */
  @Override
  public SchoolCalendar store(SchoolCalendar calendar) {
    SchoolCalendar stored;
    if (calendar.getId() == null) {
      entityManager.persist(calendar);
      stored = calendar;
    } else {
      stored = entityManager.merge(calendar);
      entityManager.lock(stored, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
    entityManager.flush();
    return stored;
  }
}
