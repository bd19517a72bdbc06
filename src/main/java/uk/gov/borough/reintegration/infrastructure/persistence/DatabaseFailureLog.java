package uk.gov.borough.reintegration.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseFailures.Kind;

/**
 * The log of failures the plugin answers itself (503 or a refused value): one line per kind per
 * minute, with how many there were, and never a stack trace. A database away for a minute under
 * load used to write megabytes of traces, one per request (issue 13, point 6).
 *
 * <p>It also remembers the latest failure of each kind, so the readiness check says why requests
 * are answered 503 without waiting on the pool itself, and requests are answered 503 at once for a
 * few seconds after the database was found unreachable.
 */
@ApplicationScoped
public class DatabaseFailureLog {

  static final Duration INTERVAL = Duration.ofMinutes(1);
  static final Duration UNREACHABLE_PAUSE = Duration.ofSeconds(5);

  private static final Logger LOG = Logger.getLogger(DatabaseFailureLog.class.getName());

  @Inject Clock clock;

  private final Map<Kind, Tally> tallies = new EnumMap<>(Kind.class);

  /** Until when requests are answered 503 without trying the database (guarded by tallies). */
  private Instant pausedUntil;

  /** Counts the failure, and writes a line when none was written for its kind in a minute. */
  public void record(Kind kind, Throwable failure) {
    Instant now = clock.instant();
    String summary = DatabaseFailures.summarise(kind, failure);
    Instant previous;
    int count;
    synchronized (tallies) {
      Tally tally = tallies.computeIfAbsent(kind, k -> new Tally());
      tally.latest = now;
      tally.latestSummary = summary;
      tally.unreported++;
      if (kind == Kind.UNREACHABLE) {
        pausedUntil = now.plus(UNREACHABLE_PAUSE);
      }
      if (tally.reported != null && now.isBefore(tally.reported.plus(INTERVAL))) {
        return;
      }
      previous = tally.reported;
      count = tally.unreported;
      tally.reported = now;
      tally.unreported = 0;
    }
    Level level = kind.isOutage() ? Level.WARNING : Level.INFO;
    if (previous == null) {
      LOG.log(
          level,
          "{0}: {1} (further failures of this kind are counted and reported once a minute)",
          new Object[] {kind.sentence(), summary});
    } else {
      LOG.log(
          level,
          "{0}: {1} time(s) since {2}, the latest: {3}",
          new Object[] {kind.sentence(), count, previous.toString(), summary});
    }
  }

  /**
   * Whether the database was found unreachable within the last {@link #UNREACHABLE_PAUSE}, and has
   * not answered the readiness check since. Meanwhile requests are answered 503 without trying it:
   * an outage is tried a few times a minute, not by every request, each of which the connection
   * pool would log with its stack trace.
   */
  public boolean isUnreachableNow() {
    synchronized (tallies) {
      return pausedUntil != null && clock.instant().isBefore(pausedUntil);
    }
  }

  /** The database answered (the readiness check's round trip): requests try it again at once. */
  public void databaseAnswered() {
    synchronized (tallies) {
      pausedUntil = null;
    }
  }

  /**
   * The latest failure that made a request wait or turned it away (a refused value does not), when
   * it happened within the period: what it was and when.
   */
  public Optional<String> latestOutageWithin(Duration period) {
    Instant since = clock.instant().minus(period);
    synchronized (tallies) {
      return tallies.entrySet().stream()
          .filter(entry -> entry.getKey().isOutage() && entry.getValue().latest.isAfter(since))
          .max(Map.Entry.comparingByValue((a, b) -> a.latest.compareTo(b.latest)))
          .map(
              entry ->
                  entry.getKey().sentence()
                      + " at "
                      + entry.getValue().latest
                      + ": "
                      + entry.getValue().latestSummary);
    }
  }

  /** Per kind: when a line was last written, the failures since, and the latest of them. */
  private static final class Tally {
    private Instant reported;
    private int unreported;
    private Instant latest;
    private String latestSummary;
  }
}
