package uk.gov.borough.reintegration.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import uk.gov.borough.reintegration.domain.model.access.WriteLog;

/**
 * The write log as rows of {@code ri_write}, one a write, by plain SQL: a count, not an entity the
 * change audit would record. Rows older than a day go as new ones come: no limit looks further
 * back.
 */
@ApplicationScoped
public class JpaWriteLog implements WriteLog {

  private static final Duration KEPT = Duration.ofDays(1);

  @PersistenceContext private EntityManager entityManager;

  @Override
  public void add(String subject, Kind kind, Instant at) {
    entityManager
        .createNativeQuery("INSERT INTO ri_write (subject, kind, written_at) VALUES (?, ?, ?)")
        .setParameter(1, subject)
        .setParameter(2, kind.name())
        .setParameter(3, utc(at))
        .executeUpdate();
    entityManager
        .createNativeQuery("DELETE FROM ri_write WHERE subject = ? AND written_at < ?")
        .setParameter(1, subject)
        .setParameter(2, utc(at.minus(KEPT)))
        .executeUpdate();
  }

  @Override
  public long countSince(String subject, Kind kind, Instant since) {
    return ((Number)
            entityManager
                .createNativeQuery(
                    "SELECT COUNT(*) FROM ri_write WHERE subject = ? AND kind = ?"
                        + " AND written_at > ?")
                .setParameter(1, subject)
                .setParameter(2, kind.name())
                .setParameter(3, utc(since))
                .getSingleResult())
        .longValue();
  }

  @Override
  public Optional<Instant> oldestSince(String subject, Kind kind, Instant since) {
    Object oldest =
        entityManager
            .createNativeQuery(
                "SELECT MIN(written_at) FROM ri_write WHERE subject = ? AND kind = ?"
                    + " AND written_at > ?")
            .setParameter(1, subject)
            .setParameter(2, kind.name())
            .setParameter(3, utc(since))
            .getSingleResult();
    // The drivers differ in how they give a timestamp with its zone back
    return Optional.ofNullable(oldest)
        .map(
            at ->
                at instanceof OffsetDateTime offset
                    ? offset.toInstant()
                    : ((Timestamp) at).toInstant());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
