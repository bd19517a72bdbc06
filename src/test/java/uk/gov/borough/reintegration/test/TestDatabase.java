package uk.gov.borough.reintegration.test;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The database of this integration-test pass, as the build describes it in system properties: the
 * embedded H2, or PostgreSQL with the schema owner migrating and the application's own user serving
 * requests.
 */
public record TestDatabase(
    String name,
    String url,
    String user,
    String password,
    String migrationUser,
    String migrationPassword) {

  public static TestDatabase ofThisPass() {
    return new TestDatabase(
        System.getProperty("reintegration.test.database", "h2"),
        System.getProperty("reintegration.test.db.url"),
        System.getProperty("reintegration.test.db.user"),
        System.getProperty("reintegration.test.db.password"),
        System.getProperty("reintegration.test.db.migration-user"),
        System.getProperty("reintegration.test.db.migration-password"));
  }

  public boolean isPostgresql() {
    return "postgresql".equals(name);
  }

  /** The same database reached through another host and port, such as a {@link TcpProxy}. */
  public TestDatabase through(int port) {
    URI jdbc = URI.create(url.substring("jdbc:".length()));
    String rerouted =
        "jdbc:"
            + jdbc.getScheme()
            + "://127.0.0.1:"
            + port
            + jdbc.getRawPath()
            + (jdbc.getRawQuery() == null ? "" : "?" + jdbc.getRawQuery());
    return new TestDatabase(name, rerouted, user, password, migrationUser, migrationPassword);
  }

  /**
   * Another database on the same PostgreSQL, with the same users: {@code .ci/postgresql} makes
   * {@code reintegration_servers_test} for the tests that start servers of their own.
   */
  public TestDatabase named(String database) {
    URI jdbc = URI.create(url.substring("jdbc:".length()));
    String renamed =
        "jdbc:"
            + jdbc.getScheme()
            + "://"
            + jdbc.getRawAuthority()
            + "/"
            + database
            + (jdbc.getRawQuery() == null ? "" : "?" + jdbc.getRawQuery());
    return new TestDatabase(name, renamed, user, password, migrationUser, migrationPassword);
  }

  public String host() {
    return URI.create(url.substring("jdbc:".length())).getHost();
  }

  public int port() {
    return URI.create(url.substring("jdbc:".length())).getPort();
  }

  /** The settings a server needs to use this database; none for the embedded default. */
  public Map<String, String> serverSettings() {
    Map<String, String> settings = new LinkedHashMap<>();
    if (isPostgresql()) {
      settings.put("reintegration.db.datasource-class", "org.postgresql.ds.PGSimpleDataSource");
      settings.put("reintegration.db.url", url);
      settings.put("reintegration.db.user", user);
      settings.put("reintegration.db.password", password);
      settings.put("reintegration.db.migration-user", migrationUser);
      settings.put("reintegration.db.migration-password", migrationPassword);
    }
    return settings;
  }
}
