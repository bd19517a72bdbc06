package uk.gov.borough.reintegration.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

/**
 * The real migrations on the embedded database, without a container: onto a database that already
 * holds a portal's tables, and with the demo data after them. (The PostgreSQL pass of the
 * integration tests runs them on PostgreSQL.)
 */
class MigrationsTest {

  private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  @Test
  void schemaIsBaselinedBesideThePortalsOwnTablesAndEveryMigrationApplies() throws SQLException {
    execute("CREATE TABLE portal_user (id BIGINT PRIMARY KEY, name VARCHAR(100))");

    int applied = migrate(Migrations.SCHEMA);

    assertTrue(applied >= 1, "migrations applied: " + applied);
    List<MigrationInfo> history = List.of(info(Migrations.SCHEMA).applied());
    assertEquals("0", history.get(0).getVersion().getVersion(), "baselined at version 0");
    assertTrue(
        history.stream().allMatch(m -> m.getState().isApplied() && !m.getState().isFailed()));
    assertEquals(
        MigrationState.SUCCESS, info(Migrations.SCHEMA).current().getState(), "up to date");
    assertTrue(tables().contains("PORTAL_USER"), "the portal's table is untouched");
    assertTrue(
        tables().stream().filter(t -> !t.equals("PORTAL_USER")).allMatch(t -> t.startsWith("RI_")),
        "every table of the plugin carries its prefix: " + tables());
  }

  @Test
  void demoDataLoadsOnTheSchemaWithAHistoryOfItsOwn() throws SQLException {
    migrate(Migrations.SCHEMA);

    int applied = migrate(Migrations.DEMO_DATA);

    assertTrue(applied >= 1, "demo migrations applied: " + applied);
    assertTrue(count("ri_establishment") >= 15, "a dozen schools and the three providers");
    assertTrue(count("ri_pupil") >= 50, "about sixty fictional pupils");
    assertTrue(count("ri_reintegration_case") >= 18, "about twenty cases");
    assertEquals(0, migrate(Migrations.DEMO_DATA), "applying it again changes nothing");
  }

  private int migrate(Migrations migrations) {
    return migrations
        .configure(DatabaseVendor.H2, "sa", Optional.empty())
        .dataSource(url, "sa", "")
        .load()
        .migrate()
        .migrationsExecuted;
  }

  private org.flywaydb.core.api.MigrationInfoService info(Migrations migrations) {
    return migrations
        .configure(DatabaseVendor.H2, "sa", Optional.empty())
        .dataSource(url, "sa", "")
        .load()
        .info();
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private long count(String table) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private List<String> tables() throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        ResultSet rows =
            connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        tables.add(rows.getString("TABLE_NAME").toUpperCase());
      }
    }
    return tables;
  }
}
