package uk.gov.borough.reintegration.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseFailures.Kind;

/** An outage under load writes a line a minute per kind, with the count, and no stack trace. */
class DatabaseFailureLogTest {

  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private static final SQLException REFUSED =
      new SQLException("Connection to 127.0.0.1:5432 refused.", "08001");

  private final Logger logger = Logger.getLogger(DatabaseFailureLog.class.getName());
  private final List<LogRecord> written = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          written.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final DatabaseFailureLog log = new DatabaseFailureLog();

  @BeforeEach
  void capture() {
    logger.addHandler(capture);
    at(START);
  }

  @AfterEach
  void release() {
    logger.removeHandler(capture);
  }

  @Test
  void aThousandFailuresInAMinuteWriteOneLineAndTheNextMinuteCountsThem() {
    for (int i = 0; i < 1000; i++) {
      at(START.plusMillis(i * 50L));
      log.record(Kind.UNREACHABLE, REFUSED);
    }
    assertEquals(1, written.size());

    at(START.plus(Duration.ofSeconds(61)));
    log.record(Kind.UNREACHABLE, REFUSED);

    assertEquals(2, written.size());
    LogRecord second = written.get(1);
    assertEquals(Level.WARNING, second.getLevel());
    assertEquals(1000, second.getParameters()[1], "999 held back and this one");
    assertTrue(second.getParameters()[3].toString().contains("refused"));
    written.forEach(record -> assertNull(record.getThrown(), "no stack trace"));
  }

  @Test
  void eachKindHasItsOwnLineAndARefusedValueIsNoWarning() {
    log.record(Kind.UNREACHABLE, REFUSED);
    log.record(Kind.TIMED_OUT, new SQLException("canceling statement", "57014"));
    log.record(Kind.VALUE_REFUSED, new SQLException("out of range", "22008"));

    assertEquals(3, written.size());
    assertEquals(Level.INFO, written.get(2).getLevel());
  }

  @Test
  void theLatestOutageIsToldWithinItsPeriodButARefusedValueNever() {
    log.record(Kind.VALUE_REFUSED, new SQLException("out of range", "22008"));
    assertEquals(Optional.empty(), log.latestOutageWithin(Duration.ofSeconds(30)));

    log.record(Kind.TIMED_OUT, new SQLException("canceling statement", "57014"));
    at(START.plusSeconds(10));
    assertTrue(
        log.latestOutageWithin(Duration.ofSeconds(30)).orElseThrow().contains("timeout"),
        log.latestOutageWithin(Duration.ofSeconds(30)).toString());

    at(START.plusSeconds(31));
    assertEquals(Optional.empty(), log.latestOutageWithin(Duration.ofSeconds(30)));
  }

  @Test
  void theDatabaseFoundUnreachableIsNotTriedAgainForAFewSeconds() {
    assertFalse(log.isUnreachableNow());
    log.record(Kind.TIMED_OUT, new SQLException("canceling statement", "57014"));
    assertFalse(log.isUnreachableNow(), "too slow is not away");

    log.record(Kind.UNREACHABLE, REFUSED);
    assertTrue(log.isUnreachableNow());

    at(START.plus(DatabaseFailureLog.UNREACHABLE_PAUSE).plusMillis(1));
    assertFalse(log.isUnreachableNow(), "tried again after the pause");

    log.record(Kind.UNREACHABLE, REFUSED);
    log.databaseAnswered();
    assertFalse(log.isUnreachableNow(), "tried again as soon as the database answers");
  }

  private void at(Instant now) {
    log.clock = Clock.fixed(now, ZoneOffset.UTC);
  }
}
