package uk.gov.borough.reintegration.infrastructure.persistence.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.borough.reintegration.infrastructure.persistence.DataSourceConfiguration;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseFailures;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseMigrated;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseVendor;

/**
 * Whether the audit trail resists the user the application serves requests as (issue 13, point 7).
 * On PostgreSQL the trail is append-only by its grants and by triggers; but a user who owns the
 * table (no migration user set) may disable the triggers, and then change the trail. Checked once
 * the schema is migrated: a weakness is a warning in the log and a word in the readiness report,
 * while the application still serves (README.md: run with a migration user).
 */
@ApplicationScoped
public class AuditTrailProtection {

  private static final Logger LOG = Logger.getLogger(AuditTrailProtection.class.getName());

  /** The triggers V3 puts on the trail: one against update and delete, one against truncate. */
  private static final int TRIGGERS = 2;

  private static final String CHECK =
      "SELECT pg_has_role(current_user, c.relowner, 'MEMBER') OR r.rolsuper,"
          + " (SELECT count(*) FROM pg_trigger t"
          + "   WHERE t.tgrelid = c.oid AND NOT t.tgisinternal AND t.tgenabled <> 'D')"
          + " FROM pg_class c, pg_roles r"
          + " WHERE c.oid = to_regclass('ri_audit_event') AND r.rolname = current_user";

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "reintegration.db.url")
  String url;

  private volatile Optional<String> weakness = Optional.empty();

  /** What weakens the trail, in the readiness report's words; empty when nothing found does. */
  public Optional<String> weakness() {
    return weakness;
  }

  void check(@Observes DatabaseMigrated migrated) {
    if (DatabaseVendor.fromUrl(url) != DatabaseVendor.POSTGRESQL) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet found = statement.executeQuery(CHECK)) {
      if (!found.next()) {
        weakness = Optional.of("table not found");
      } else if (found.getBoolean(1)) {
        weakness = Optional.of("owner can disable");
      } else if (found.getInt(2) < TRIGGERS) {
        weakness = Optional.of("trigger disabled");
      } else {
        weakness = Optional.empty();
      }
    } catch (SQLException | RuntimeException e) {
      // DatabaseMigrated's observers must not throw: the check is tried again at the next start
      weakness = Optional.of("not checked");
      LOG.log(
          Level.WARNING,
          "Could not check that the audit trail is append-only: {0}",
          DatabaseFailures.describe(e));
      return;
    }
    weakness.ifPresent(
        found ->
            LOG.log(
                Level.WARNING,
                "The audit trail is not append-only against the application''s own database user"
                    + " ({0}): entries could be changed or removed. Run with"
                    + " reintegration.db.migration-user set to the schema owner and"
                    + " reintegration.db.user to a user who does not own the schema.",
                found));
  }
}
