package uk.gov.borough.reintegration.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import uk.gov.borough.reintegration.domain.model.outbox.HeldMessages;
import uk.gov.borough.reintegration.domain.model.outbox.MessageState;
import uk.gov.borough.reintegration.domain.model.outbox.OutboxMessage;
import uk.gov.borough.reintegration.domain.model.outbox.OutboxRepository;

@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

  @PersistenceContext private EntityManager entityManager;

  @Override
  public List<Long> dueForDelivery(LocalDateTime now, int max) {
    return entityManager
        .createQuery(
            "SELECT m.id FROM OutboxMessage m WHERE m.state IN :waiting"
                + " AND m.recipientEmail IS NOT NULL AND m.nextTryAt <= :now"
                + " ORDER BY m.nextTryAt, m.id",
            Long.class)
        .setParameter("waiting", List.of(MessageState.PENDING, MessageState.FAILED))
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<HeldMessages> heldByCase() {
    return entityManager
        .createQuery(
            "SELECT NEW uk.gov.borough.reintegration.domain.model.outbox.HeldMessages("
                + "m.reintegrationCase, COUNT(m)) FROM OutboxMessage m WHERE m.state = :held"
                + " GROUP BY m.reintegrationCase ORDER BY m.reintegrationCase.id",
            HeldMessages.class)
        .setParameter("held", MessageState.HELD)
        .getResultList();
  }

  @Override
  public Optional<OutboxMessage> find(long id) {
    return Optional.ofNullable(entityManager.find(OutboxMessage.class, id));
  }
}
