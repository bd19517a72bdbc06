package uk.gov.borough.reintegration.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings the database to the schema this build expects, at start-up and until it succeeds.
 *
 * <p>A database that is down when the server starts must not fail the deployment: the first attempt
 * runs on a timer as soon as the application has started, never throws, and each failure schedules
 * another. Until one succeeds, {@link #isMigrated()} is false, the readiness check is DOWN with
 * {@link #problem()} as its reason, and requests are answered 503 by the application itself (in
 * JSON under {@code /api}) rather than by the server's "not deployed" page.
 *
 * <p>Demo data has a history of its own ({@link Migrations}), so it can be switched on or off
 * without disturbing the schema's.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  @Resource private TimerService timers;

  @PersistenceContext private EntityManager entityManager;

  @Inject
  @ConfigProperty(name = "reintegration.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "reintegration.db.user")
  String applicationUser;

  @Inject
  @ConfigProperty(name = "reintegration.db.migration-user")
  Optional<String> migrationUser;

  @Inject
  @ConfigProperty(name = "reintegration.db.migration-password")
  Optional<String> migrationPassword;

  @Inject
  @ConfigProperty(name = "reintegration.db.schema")
  Optional<String> schema;

  @Inject
  @ConfigProperty(name = "reintegration.demo-data", defaultValue = "false")
  boolean demoData;

  @Inject
  @ConfigProperty(name = "reintegration.db.migration-retry-seconds", defaultValue = "10")
  long retrySeconds;

  @Inject Event<DatabaseMigrated> databaseMigrated;

  private volatile boolean migrated;
  private volatile String problem = "The database has not been migrated yet.";

  @PostConstruct
  void migrateOnceStarted() {
    attemptIn(Duration.ZERO);
  }

  @Timeout
  void retry() {
    attempt();
  }

  /** True once the schema (and the demo data, when switched on) is in place. */
  public boolean isMigrated() {
    return migrated;
  }

  /** Why the database is not ready yet, in a sentence fit for a health report. */
  public String problem() {
    return migrated ? "" : problem;
  }

  private void attempt() {
    try {
      DatabaseVendor vendor = DatabaseVendor.fromUrl(url);
      int applied = migrate(Migrations.SCHEMA, vendor);
      if (demoData) {
        applied += migrate(Migrations.DEMO_DATA, vendor);
      }
      // With eclipselink.validation-only the session logs in on first use: use it now, so the
      // first request a person makes does not pay for it.
      entityManager.createNativeQuery("SELECT 1").getSingleResult();
      // Before requests are served, so that none sees dates a changed calendar file replaces
      databaseMigrated.fire(new DatabaseMigrated());
      migrated = true;
      LOG.log(
          Level.INFO,
          "Database ready on {0}: {1} migration(s) applied, demo data {2}",
          new Object[] {vendor, applied, demoData ? "on" : "off"});
    } catch (RuntimeException e) {
      problem = "The database could not be migrated: " + DatabaseFailures.describe(e);
      LOG.log(Level.WARNING, "{0} Trying again in {1} s.", new Object[] {problem, retrySeconds});
      attemptIn(Duration.ofSeconds(retrySeconds));
    }
  }

  private void attemptIn(Duration wait) {
    timers.createSingleActionTimer(Math.max(1, wait.toMillis()), new TimerConfig(null, false));
  }

  /**
   * On PostgreSQL the schema owner may migrate under credentials of its own, so the application's
   * user can be denied rights the owner keeps (the grants are in db/callbacks/postgresql).
   */
  private int migrate(Migrations migrations, DatabaseVendor vendor) {
    FluentConfiguration configuration = migrations.configure(vendor, applicationUser, schema);
    if (migrationUser.isPresent()) {
      configuration.dataSource(url, migrationUser.get(), migrationPassword.orElse(""));
    } else {
      configuration.dataSource(dataSource);
    }
    return configuration.load().migrate().migrationsExecuted;
  }
}
