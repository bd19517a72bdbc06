package uk.gov.borough.reintegration.domain.model.outbox;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The outbox as its delivery sees it: the system's own reads, never a person's. */
public interface OutboxRepository {

  /** The e-mails waiting to be tried, whose next try is due, oldest first. */
  List<Long> dueForDelivery(LocalDateTime now, int max);

  Optional<OutboxMessage> find(long id);

  /** The cases with messages held past the day's ceiling, and how many each holds. */
  List<HeldMessages> heldByCase();
}
