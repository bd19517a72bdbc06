package uk.gov.borough.reintegration.infrastructure.persistence;

import java.util.Arrays;
import java.util.Locale;
import org.eclipse.persistence.platform.database.H2Platform;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;

/**
 * The databases the plugin supports, told apart by their JDBC URL. The vendor names the folder of
 * vendor-specific migrations and the SQL dialect EclipseLink speaks.
 */
public enum DatabaseVendor {
  H2("jdbc:h2:", "h2"),
  POSTGRESQL("jdbc:postgresql:", "postgresql");

  private final String urlPrefix;
  private final String folder;

  DatabaseVendor(String urlPrefix, String folder) {
    this.urlPrefix = urlPrefix;
    this.folder = folder;
  }

  public static DatabaseVendor fromUrl(String jdbcUrl) {
    String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(vendor -> url.startsWith(vendor.urlPrefix))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "reintegration.db.url must be a PostgreSQL or H2 JDBC URL (jdbc:postgresql:"
                        + " or jdbc:h2:)"));
  }

  /** The folder under db/ holding this vendor's own migrations and callbacks. */
  public String folder() {
    return folder;
  }

  /** EclipseLink's SQL dialect for this vendor. */
  String platformClass() {
    return (this == POSTGRESQL ? PostgreSQLPlatform.class : H2Platform.class).getName();
  }
}
