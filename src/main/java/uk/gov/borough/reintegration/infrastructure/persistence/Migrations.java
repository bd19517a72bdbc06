package uk.gov.borough.reintegration.infrastructure.persistence;

import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The plugin's two migration histories and where their scripts lie: the schema ({@code
 * db/migration}) and the demo data ({@code db/demo}), each with a folder common to both databases,
 * one per vendor, and the vendor's callbacks (the grants on PostgreSQL).
 *
 * <p>The tables and Flyway's history tables carry the prefix {@code ri_}, so they sit beside a
 * portal's own tables; on a database that already holds the portal's, Flyway baselines at version 0
 * and then applies every migration.
 */
public enum Migrations {
  SCHEMA("ri_schema_history", "db/migration"),
  DEMO_DATA("ri_demo_history", "db/demo");

  private final String historyTable;
  private final String folder;

  Migrations(String historyTable, String folder) {
    this.historyTable = historyTable;
    this.folder = folder;
  }

  /**
   * Flyway for these migrations on this vendor's database, still to be given its DataSource.
   *
   * @param applicationUser the database user the application serves requests as, given rights on
   *     the plugin's tables after each migration
   * @param schema the schema holding the plugin's tables, when not the user's default
   */
  public FluentConfiguration configure(
      DatabaseVendor vendor, String applicationUser, Optional<String> schema) {
    FluentConfiguration configuration =
        Flyway.configure(Migrations.class.getClassLoader())
            .table(historyTable)
            .locations(
                "classpath:" + folder + "/common",
                "classpath:" + folder + "/" + vendor.folder(),
                "classpath:db/callbacks/" + vendor.folder())
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .placeholders(Map.of("applicationUser", applicationUser));
    schema.ifPresent(configuration::schemas);
    return configuration;
  }
}
