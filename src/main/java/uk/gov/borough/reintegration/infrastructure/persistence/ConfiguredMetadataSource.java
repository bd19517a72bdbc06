package uk.gov.borough.reintegration.infrastructure.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.internal.jpa.metadata.xml.XMLEntityMappings;
import org.eclipse.persistence.jpa.metadata.XMLMetadataSource;
import org.eclipse.persistence.logging.SessionLog;

/**
 * What the persistence unit takes from MicroProfile Config while it deploys, where {@code
 * persistence.xml} itself cannot read the WAR's configuration.
 *
 * <ul>
 *   <li>The SQL dialect, from the configured URL: with {@code eclipselink.validation-only}
 *       EclipseLink never connects while deploying, so it cannot detect the database itself.
 *   <li>The pupil table's names, from the deployer's XML mapping file named by {@code
 *       reintegration.pupil.mapping-file}, so the plugin reads the portal's own pupil table or view
 *       without a rebuild. Without that setting the plugin's default names stand.
 * </ul>
 */
public class ConfiguredMetadataSource extends XMLMetadataSource {

  static final String MAPPING_FILE_KEY = "reintegration.pupil.mapping-file";
  private static final String DEFAULT_MAPPING = "META-INF/pupil-mapping-default.xml";

  @Override
  public Map<String, Object> getPropertyOverrides(
      Map<String, Object> properties, ClassLoader classLoader, SessionLog log) {
    String url = config(classLoader).getValue("reintegration.db.url", String.class);
    return Map.of(
        PersistenceUnitProperties.TARGET_DATABASE, DatabaseVendor.fromUrl(url).platformClass());
  }

  @Override
  public XMLEntityMappings getEntityMappings(
      Map<String, Object> properties, ClassLoader classLoader, SessionLog log) {
    Map<String, Object> withMapping = new HashMap<>(properties);
    Optional<String> mappingFile =
        config(classLoader).getOptionalValue(MAPPING_FILE_KEY, String.class);
    if (mappingFile.isPresent()) {
      Path path = Path.of(mappingFile.get());
      if (!Files.isReadable(path)) {
        throw new IllegalStateException(
            MAPPING_FILE_KEY + " names " + path + ", which does not exist or cannot be read");
      }
      withMapping.put(PersistenceUnitProperties.METADATA_SOURCE_XML_URL, path.toUri().toString());
    } else {
      withMapping.remove(PersistenceUnitProperties.METADATA_SOURCE_XML_URL);
      withMapping.put(PersistenceUnitProperties.METADATA_SOURCE_XML_FILE, DEFAULT_MAPPING);
    }
    return super.getEntityMappings(withMapping, classLoader, log);
  }

  private static Config config(ClassLoader classLoader) {
    return ConfigProvider.getConfig(classLoader);
  }
}
