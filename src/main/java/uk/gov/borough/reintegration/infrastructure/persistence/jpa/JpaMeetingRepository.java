package uk.gov.borough.reintegration.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.LocalDateTime;
import java.util.List;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;
import uk.gov.borough.reintegration.domain.model.meeting.MeetingRepository;

@ApplicationScoped
public class JpaMeetingRepository implements MeetingRepository {

  @PersistenceContext private EntityManager entityManager;

  @Override
  public List<Meeting> startingBetween(Caller caller, LocalDateTime from, LocalDateTime until) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<Meeting> select = cb.createQuery(Meeting.class);
    Root<Meeting> meeting = select.from(Meeting.class);
    select
        .where(
            CaseScope.visibleTo(caller, cb, meeting.join("reintegrationCase")),
            cb.isFalse(meeting.get("cancelled")),
            cb.greaterThanOrEqualTo(meeting.get("scheduledStart"), from),
            cb.lessThan(meeting.get("scheduledStart"), until))
        .orderBy(cb.asc(meeting.get("scheduledStart")));
    return entityManager.createQuery(select).getResultList();
  }
}
