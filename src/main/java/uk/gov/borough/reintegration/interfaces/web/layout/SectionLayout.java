package uk.gov.borough.reintegration.interfaces.web.layout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The page the section's pages are drawn in (issue 5): the plugin's own, or the borough portal's
 * when {@code reintegration.web.template-file} names one, so the section sits under the portal's
 * header and menu. Every page takes its template from here.
 */
@Named("sectionLayout")
@ApplicationScoped
public class SectionLayout {

  /** The name a page uses for the portal's template; {@link PortalTemplate} resolves it. */
  static final String PORTAL_TEMPLATE = "/portal-template.xhtml";

  private static final String OWN_TEMPLATE = "/WEB-INF/templates/section.xhtml";

  public String getTemplate() {
    return portalTemplateFile().isPresent() ? PORTAL_TEMPLATE : OWN_TEMPLATE;
  }

  /**
   * The portal's template file, if one is configured.
   *
   * @throws IllegalStateException when the file named is not there: a wrong setting shows at once
   */
  static Optional<Path> portalTemplateFile() {
    Optional<Path> file =
        ConfigProvider.getConfig()
            .getOptionalValue("reintegration.web.template-file", String.class)
            .filter(name -> !name.isBlank())
            .map(Path::of);
    file.filter(path -> !Files.isRegularFile(path))
        .ifPresent(
            missing -> {
              throw new IllegalStateException(
                  "reintegration.web.template-file names " + missing + ", which is not a file");
            });
    return file;
  }
}
