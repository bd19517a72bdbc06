package uk.gov.borough.reintegration.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.resource.spi.ResourceAllocationException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseFailures.Kind;

/** Outage, slowness and bad values told apart by SQLState, on real H2 failures where H2 has one. */
class DatabaseFailuresTest {

  @Test
  void aValueTooLongOnH2IsTheValuesFaultAndNamesItsColumnAsTheApiNamesFields() {
    SQLException tooLong =
        h2Failure(
            "CREATE TABLE t (first_day_plan VARCHAR(5))",
            "INSERT INTO t VALUES ('far too long for it')");

    Throwable wrapped = new EJBException(new RuntimeException(tooLong));

    assertEquals(Optional.of(Kind.VALUE_REFUSED), DatabaseFailures.kindOf(wrapped));
    assertFalse(Kind.VALUE_REFUSED.isOutage());
    assertEquals("firstDayPlan", DatabaseFailures.fieldOf(wrapped));
    String logged = DatabaseFailures.summarise(Kind.VALUE_REFUSED, wrapped);
    assertEquals("SQLState 22001 in firstDayPlan", logged);
    assertFalse(logged.contains("far too long"), "the value itself may be pupil data");
  }

  @Test
  void aDateOrNumberOutOfRangeIsRefusedAsTheRequestsWhenNoColumnIsNamed() {
    SQLException outOfRange = h2Failure("SELECT CAST('99999999999' AS INT)", null);

    assertEquals(Optional.of(Kind.VALUE_REFUSED), DatabaseFailures.kindOf(outOfRange));
    assertEquals("request", DatabaseFailures.fieldOf(outOfRange));
  }

  @Test
  void aNulCharacterRefusedByPostgresqlsDriverIsNotAnOutage() {
    SQLException nul = new SQLException("Zero bytes may not occur in string parameters.", "22023");

    assertEquals(Optional.of(Kind.VALUE_REFUSED), DatabaseFailures.kindOf(nul));
  }

  @Test
  void connectionFailuresShutdownsAndExhaustedResourcesAreOutages() {
    for (String state : new String[] {"08001", "08006", "53300", "57P01", "57P03"}) {
      Optional<Kind> kind = DatabaseFailures.kindOf(new SQLException("away", state));
      assertEquals(Optional.of(Kind.UNREACHABLE), kind, state);
      assertTrue(kind.get().isOutage(), state);
    }
  }

  @Test
  void aStatementCancelledAtItsTimeoutOrALockNotGrantedIsTooSlow() {
    for (String state : new String[] {"57014", "55P03", "HYT00"}) {
      assertEquals(
          Optional.of(Kind.TIMED_OUT),
          DatabaseFailures.kindOf(new SQLException("slow", state)),
          state);
    }
  }

  @Test
  void thePoolsOwnFailuresAreOutagesAndAnExhaustedPoolIsToldApart() {
    SQLException exhausted =
        new SQLException(
            "Error in allocating a connection.",
            new ResourceAllocationException(
                "In-use connections equal max-pool-size and expired max-wait-time. Cannot"
                    + " allocate more connections."));
    SQLException refused =
        new SQLException(
            "Error in allocating a connection.",
            new ResourceAllocationException(
                "Connection could not be allocated",
                new SQLException("Connection to 127.0.0.1:5432 refused.", "08001")));

    assertEquals(Optional.of(Kind.NO_CONNECTION_FREE), DatabaseFailures.kindOf(exhausted));
    assertEquals(Optional.of(Kind.UNREACHABLE), DatabaseFailures.kindOf(refused));
  }

  @Test
  void otherDatabaseErrorsAndEverythingElseAreNoneOfThese() {
    assertEquals(
        Optional.empty(),
        DatabaseFailures.kindOf(new SQLException("duplicate key value", "23505")));
    assertEquals(
        Optional.empty(), DatabaseFailures.kindOf(new SQLException("no such table", "42P01")));
    assertEquals(Optional.empty(), DatabaseFailures.kindOf(new IllegalStateException("bug")));
  }

  /** The failure H2 gives for the second statement, after the first ran. */
  private static SQLException h2Failure(String first, String second) {
    String url = "jdbc:h2:mem:" + UUID.randomUUID();
    return assertThrows(
        SQLException.class,
        () -> {
          try (Connection connection = DriverManager.getConnection(url);
              Statement statement = connection.createStatement()) {
            statement.execute(first);
            if (second != null) {
              statement.execute(second);
            }
          }
        });
  }
}
