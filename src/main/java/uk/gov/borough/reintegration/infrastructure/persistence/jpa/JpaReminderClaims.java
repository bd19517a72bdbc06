package uk.gov.borough.reintegration.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.deadline.DeadlineState;
import uk.gov.borough.reintegration.domain.model.deadline.ReminderClaims;

/**
 * A claim is a row of {@code ri_reminder_claim}, whose primary key is the deadline, state and due
 * date. The insert skips a claim already committed; two servers inserting the same claim at the
 * same moment meet the key, and the second waits for the first and then fails.
 */
@ApplicationScoped
public class JpaReminderClaims implements ReminderClaims {

  /** This server, as the claim records it: its process id and host name. */
  private static final String SERVER = ManagementFactory.getRuntimeMXBean().getName();

  @PersistenceContext private EntityManager entityManager;

  @Inject Clock clock;

  @Override
  public boolean claim(Deadline deadline, DeadlineState state, LocalDate dueOn) {
    try {
      return entityManager
              .createNativeQuery(
                  "INSERT INTO ri_reminder_claim"
                      + " (deadline_id, state, due_on, claimed_at, claimed_by)"
                      + " SELECT ?1, ?2, ?3, ?4, ?5 FROM ri_deadline WHERE id = ?1 AND NOT EXISTS"
                      + " (SELECT 1 FROM ri_reminder_claim"
                      + " WHERE deadline_id = ?1 AND state = ?2 AND due_on = ?3)")
              .setParameter(1, deadline.getId())
              .setParameter(2, state.name())
              .setParameter(3, dueOn)
              .setParameter(4, LocalDateTime.now(clock))
              .setParameter(5, SERVER)
              .executeUpdate()
          == 1;
    } catch (PersistenceException claimedAtTheSameMoment) {
      return false;
    }
  }
}
