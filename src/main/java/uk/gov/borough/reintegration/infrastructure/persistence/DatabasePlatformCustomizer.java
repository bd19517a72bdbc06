package uk.gov.borough.reintegration.infrastructure.persistence;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Sets EclipseLink's SQL dialect from the configured URL. With {@code eclipselink.validation-only}
 * EclipseLink never connects while deploying, so it cannot detect the database itself.
 */
public class DatabasePlatformCustomizer implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    String url =
        ConfigProvider.getConfig(DatabasePlatformCustomizer.class.getClassLoader())
            .getValue("reintegration.db.url", String.class);
    session.getLogin().setPlatform(DatabaseVendor.fromUrl(url).platform());
  }
}
