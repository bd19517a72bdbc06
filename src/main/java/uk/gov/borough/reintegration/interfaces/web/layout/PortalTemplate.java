package uk.gov.borough.reintegration.interfaces.web.layout;

import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the borough portal's template on disk, outside the WAR, under the one name pages use for
 * it; every other view is found as usual. Only that name is resolved, so nothing else on the disk
 * can be reached as a view.
 */
public class PortalTemplate extends ResourceHandlerWrapper {

  public PortalTemplate(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public ViewResource createViewResource(FacesContext context, String resourceName) {
    Optional<Path> file =
        SectionLayout.PORTAL_TEMPLATE.equals(resourceName)
            ? SectionLayout.portalTemplateFile()
            : Optional.empty();
    if (file.isEmpty()) {
      return super.createViewResource(context, resourceName);
    }
    try {
      URL url = file.get().toUri().toURL();
      return new ViewResource() {
        @Override
        public URL getURL() {
          return url;
        }
      };
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
