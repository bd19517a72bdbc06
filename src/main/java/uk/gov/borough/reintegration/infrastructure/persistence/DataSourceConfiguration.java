package uk.gov.borough.reintegration.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;

/**
 * The plugin's DataSources, defined by the application from MicroProfile Config so that the same
 * WAR runs on the embedded H2 and on PostgreSQL without a server-side pool. Connections are
 * validated before use, so a database that restarted under a running server is found again on the
 * next request instead of failing for minutes.
 *
 * <p>A request waits at most five seconds for a connection and is then answered 503 (issue 13,
 * point 6): a locked table that holds every connection no longer stalls every request for minutes.
 * A fixed number, not a setting: in an EAR the pool is made before the WAR's configuration is seen,
 * and a setting with no value there leaves the application without a pool. The readiness check has
 * a pool of its own, so it answers while the requests' pool is exhausted.
 */
@Singleton
@DataSourceDefinitions({
  @DataSourceDefinition(
      name = DataSourceConfiguration.JNDI_NAME,
      className = "${MPCONFIG=reintegration.db.datasource-class}",
      url = "${MPCONFIG=reintegration.db.url}",
      user = "${MPCONFIG=reintegration.db.user}",
      password = "${MPCONFIG=reintegration.db.password}",
      minPoolSize = 1,
      maxPoolSize = 32,
      properties = {
        "fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=custom-validation",
        "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
        "fish.payara.fail-all-connections=true",
        "fish.payara.max-wait-time-in-millis=5000"
      }),
  @DataSourceDefinition(
      name = DataSourceConfiguration.HEALTH_JNDI_NAME,
      className = "${MPCONFIG=reintegration.db.datasource-class}",
      url = "${MPCONFIG=reintegration.db.url}",
      user = "${MPCONFIG=reintegration.db.user}",
      password = "${MPCONFIG=reintegration.db.password}",
      minPoolSize = 0,
      maxPoolSize = 2,
      properties = {
        "fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=custom-validation",
        "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
        "fish.payara.fail-all-connections=true",
        "fish.payara.max-wait-time-in-millis=2000"
      })
})
public class DataSourceConfiguration {

  public static final String JNDI_NAME = "java:app/jdbc/reintegration";

  /** The readiness check's own two connections to the same database. */
  public static final String HEALTH_JNDI_NAME = "java:app/jdbc/reintegration-health";
}
