package uk.gov.borough.reintegration.infrastructure.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import uk.gov.borough.reintegration.domain.model.audit.AuditEntry;
import uk.gov.borough.reintegration.domain.model.audit.AuditTrail;

/**
 * Failed sign-ins per name, audited and counted in the database, so that every server slows the
 * same name (issue 13, point 7). After {@value #FREE_FAILURES} failures within {@link #WINDOW} the
 * name is held: each attempt is refused without its password being checked, until {@link
 * #FIRST_HOLD} after the latest failure, twice as long after each further one, at most the window.
 * Whether the name belongs to anybody makes no difference, so the refusals do not tell.
 */
@Stateless
public class SignInFailures {

  static final int FREE_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration FIRST_HOLD = Duration.ofSeconds(15);

  /** More failures no longer lengthen the hold: doubled ten times, it is far past the window. */
  private static final int COUNTED = FREE_FAILURES + 10;

  private static final int NAME_LENGTH = 255;

  @PersistenceContext private EntityManager entityManager;

  @Inject AuditTrail auditTrail;

  @Inject Clock clock;

  /** How many times a name failed within the window (up to a limit), and whether it is held. */
  public record Standing(int failures, Optional<Instant> heldUntil) {}

  public Standing of(String name) {
    Instant now = clock.instant();
    List<Instant> recent =
        entityManager
            .createQuery(
                "SELECT f.failedAt FROM SignInFailure f WHERE f.userName = :name"
                    + " AND f.failedAt > :since ORDER BY f.failedAt DESC",
                OffsetDateTime.class)
            .setParameter("name", stored(name))
            .setParameter("since", at(now.minus(WINDOW)))
            .setMaxResults(COUNTED)
            .getResultList()
            .stream()
            .map(OffsetDateTime::toInstant)
            .toList();
    return new Standing(recent.size(), heldUntil(recent).filter(now::isBefore));
  }

  /**
   * Until when a name with these failures (the latest first, all within the window) is held; empty
   * while it has failed fewer than {@value #FREE_FAILURES} times.
   */
  static Optional<Instant> heldUntil(List<Instant> failures) {
    if (failures.size() < FREE_FAILURES) {
      return Optional.empty();
    }
    Duration hold = FIRST_HOLD.multipliedBy(1L << Math.min(failures.size() - FREE_FAILURES, 30));
    return Optional.of(failures.get(0).plus(hold.compareTo(WINDOW) < 0 ? hold : WINDOW));
  }

  /** A wrong name or password: counted and audited; failures older than the window are let go. */
  public void failed(String name) {
    Instant now = clock.instant();
    entityManager
        .createNativeQuery("INSERT INTO ri_sign_in_failure (user_name, failed_at) VALUES (?, ?)")
        .setParameter(1, stored(name))
        .setParameter(2, at(now))
        .executeUpdate();
    entityManager
        .createNativeQuery("DELETE FROM ri_sign_in_failure WHERE failed_at < ?")
        .setParameter(1, at(now.minus(WINDOW)))
        .executeUpdate();
    audit(name, Json.createObjectBuilder().add("reason", "wrong name or password"));
  }

  /** An attempt refused unchecked while the name is held: audited, not counted. */
  public void refusedWhileHeld(String name, Instant heldUntil) {
    audit(
        name,
        Json.createObjectBuilder()
            .add("reason", "slowed after repeated failures; not checked")
            .add("heldUntil", heldUntil.toString()));
  }

  /** The name signed in: its failures are forgotten. */
  public void succeeded(String name) {
    entityManager
        .createNativeQuery("DELETE FROM ri_sign_in_failure WHERE user_name = ?")
        .setParameter(1, stored(name))
        .executeUpdate();
  }

  private void audit(String name, JsonObjectBuilder detail) {
    auditTrail.append(AuditEntry.signInFailed(stored(name), detail.build().toString()));
  }

  /** The name as stored: no control characters, and no longer than its column. */
  static String stored(String name) {
    String plain = name.replaceAll("\\p{Cntrl}", "?");
    return plain.length() <= NAME_LENGTH ? plain : plain.substring(0, NAME_LENGTH);
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
