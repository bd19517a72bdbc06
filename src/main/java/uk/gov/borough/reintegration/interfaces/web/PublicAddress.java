package uk.gov.borough.reintegration.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a redirect sends a person, and the section's address in a message: from {@code
 * reintegration.public-url}, never from the request's {@code Host} or {@code X-Forwarded-Host},
 * which a proxy or cache may pass through from anyone (issue 14). Without it set, redirects are
 * relative to the host the browser already asked.
 */
@ApplicationScoped
public class PublicAddress {

  @Inject
  @ConfigProperty(name = "reintegration.public-url")
  Optional<String> publicUrl;

  /** The Location for a redirect to an address of this server. */
  public String of(HttpServletRequest request, String location) {
    if (URI.create(location).isAbsolute()) {
      // Elsewhere altogether (the sign-on provider): as it was given
      return location;
    }
    String path =
        location.startsWith("/")
            ? location
            : request.getRequestURI().substring(0, request.getRequestURI().lastIndexOf('/') + 1)
                + location;
    String inSection =
        path.startsWith(request.getContextPath())
            ? path.substring(request.getContextPath().length())
            : null;
    return publicUrl
        .filter(url -> inSection != null)
        .map(url -> url.replaceAll("/+$", "") + inSection)
        .orElse(path);
  }
}
