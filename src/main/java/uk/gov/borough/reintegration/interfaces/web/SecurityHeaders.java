package uk.gov.borough.reintegration.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The security headers of every response of the section (ASVS V14.4), put on by {@link
 * SecurityHeadersFilter} and, for what the authentication mechanism answers before any filter runs,
 * by {@link SecurityHeadersOnAuthentication}.
 *
 * <ul>
 *   <li>{@code Content-Security-Policy} (V14.4.3). On Faces pages PrimeFaces' CSP mode sends it
 *       instead (web.xml: {@code primefaces.CSP_POLICY} is {@code
 *       #{securityHeaders.contentSecurityPolicy}}), with the page's nonce appended to the last
 *       directive: that is why {@code script-src} comes last. Scripts run only from the section
 *       itself or with that nonce; nothing inline of our own, no {@code eval}. {@code style-src}
 *       allows the section's stylesheets and, by its hash, the one inline stylesheet of the static
 *       503 page, which must not depend on anything else; a PrimeFaces component that renders
 *       {@code style} attributes would need {@code style-src-attr 'unsafe-inline'} added.
 *   <li>{@code frame-ancestors} from {@code reintegration.web.frame-ancestors} ({@code 'self'}
 *       unless the borough's portal, on another origin, frames the section), and {@code
 *       X-Frame-Options} saying the same where it can (V14.4.7).
 *   <li>{@code X-Content-Type-Options: nosniff} (V14.4.4); {@code Referrer-Policy: same-origin}
 *       (V14.4.6): addresses, which carry case ids, never leave for another site.
 *   <li>{@code Cache-Control: no-store} and {@code Pragma: no-cache} on everything but static
 *       resources (V8.2.1): pages and answers about children stay out of browser and proxy caches.
 *   <li>{@code Strict-Transport-Security} (V14.4.5) only on a request that came over TLS: browsers
 *       ignore it over plain http. Without {@code includeSubDomains}: the borough's other hosts are
 *       the portal's to decide. Behind a proxy that ends TLS, Payara must be told the scheme
 *       (README, "Deploy into a borough's server").
 * </ul>
 */
@Named
@ApplicationScoped
public class SecurityHeaders {

  static final String CSP = "Content-Security-Policy";
  static final String UNAVAILABLE_PAGE_STYLE =
      "'sha256-ekC94ch4tt22RX0UkwQGR38QAa1XL7xR6/5liZIibHs='";

  private static final Pattern SOURCE =
      Pattern.compile("'self'|https?://(\\*\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*(:\\d{1,5})?");

  @Inject
  @ConfigProperty(name = "reintegration.web.frame-ancestors", defaultValue = "'self'")
  String frameAncestors;

  private String contentSecurityPolicy;
  private Optional<String> frameOptions;

  @PostConstruct
  void build() {
    List<String> sources =
        Arrays.asList(frameAncestors.trim().toLowerCase(Locale.ROOT).split("\\s+"));
    boolean none = sources.equals(List.of("'none'"));
    if (!none && !sources.stream().allMatch(source -> SOURCE.matcher(source).matches())) {
      throw new IllegalStateException(
          "reintegration.web.frame-ancestors must be 'none', or 'self' and/or origins such as"
              + " https://portal.borough.gov.uk separated by spaces; it is: "
              + frameAncestors);
    }
    String ancestors = String.join(" ", sources);
    contentSecurityPolicy =
        String.join(
            "; ",
            "default-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "img-src 'self' data:",
            "style-src 'self' " + UNAVAILABLE_PAGE_STYLE,
            "frame-ancestors " + ancestors,
            "script-src 'self'");
    // X-Frame-Options can only say "this origin" or "nobody": for a portal's origin it is left out
    // (and Payara's own SAMEORIGIN switched off, config/payara/loopback.asadmin) rather than
    // contradict frame-ancestors for browsers that read only X-Frame-Options.
    frameOptions =
        switch (ancestors) {
          case "'self'" -> Optional.of("SAMEORIGIN");
          case "'none'" -> Optional.of("DENY");
          default -> Optional.empty();
        };
  }

  /** Created at start-up, so that a wrong setting fails the deployment, not every request. */
  void createdAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {}

  /** The policy; PrimeFaces appends its nonce to the last directive, {@code script-src}. */
  public String getContentSecurityPolicy() {
    return contentSecurityPolicy;
  }

  /** Puts the headers on a response to this request, replacing any of the same names. */
  public void applyTo(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader(CSP, contentSecurityPolicy);
    frameOptions.ifPresent(value -> response.setHeader("X-Frame-Options", value));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    if (!isStaticResource(request)) {
      response.setHeader("Cache-Control", "no-store, no-cache, must-revalidate");
      response.setHeader("Pragma", "no-cache");
    }
  }

  /**
   * Faces' own resources (versioned by PrimeFaces) and the files under {@code resources/} hold
   * nothing about anybody and may be cached; PrimeFaces' dynamic content (downloads, generated
   * images) shares the path but may be about a child, so it is not cached.
   */
  private static boolean isStaticResource(HttpServletRequest request) {
    String path = request.getServletPath();
    return (path.startsWith("/jakarta.faces.resource/")
            && !path.startsWith("/jakarta.faces.resource/dynamiccontent"))
        || path.startsWith("/resources/");
  }
}
