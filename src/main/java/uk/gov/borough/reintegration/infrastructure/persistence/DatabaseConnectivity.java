package uk.gov.borough.reintegration.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A round trip to the database on the readiness check's own connections, so that the check answers
 * within seconds even while every connection of the requests' pool waits on a locked table (issue
 * 13, point 6). Every read on the connection is bounded too, so a connection whose database went
 * quiet without closing it cannot keep a load balancer waiting.
 */
@ApplicationScoped
public class DatabaseConnectivity {

  private static final int TIMEOUT_SECONDS = 3;

  @Resource(lookup = DataSourceConfiguration.HEALTH_JNDI_NAME)
  private DataSource dataSource;

  /** Empty when the database answers; otherwise why it does not. */
  public Optional<String> problem() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setNetworkTimeout(Runnable::run, TIMEOUT_SECONDS * 2000);
      statement.setQueryTimeout(TIMEOUT_SECONDS);
      statement.execute("SELECT 1");
      return Optional.empty();
    } catch (SQLException | RuntimeException e) {
      return Optional.of("The database does not answer: " + DatabaseFailures.describe(e));
    }
  }
}
