package uk.gov.borough.reintegration.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The plugin's one DataSource, defined by the application from MicroProfile Config so that the same
 * WAR runs on the embedded H2 and on PostgreSQL without a server-side pool. Connections are
 * validated before use, so a database that restarted under a running server is found again on the
 * next request instead of failing for minutes.
 */
@Singleton
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
      "fish.payara.fail-all-connections=true"
    })
public class DataSourceConfiguration {

  public static final String JNDI_NAME = "java:app/jdbc/reintegration";
}
