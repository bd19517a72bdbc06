package uk.gov.borough.reintegration.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityHeadersTest {

  @Test
  void byDefaultOnlyTheSectionItselfMayFrameIt() {
    SecurityHeaders headers = headers("'self'");

    assertTrue(
        headers.getContentSecurityPolicy().contains("; frame-ancestors 'self';"),
        headers.getContentSecurityPolicy());
    assertEquals("SAMEORIGIN", frameOptions(headers));
  }

  @Test
  void aPortalOnAnotherOriginMayFrameItWithoutAContradictingFrameOptions() {
    SecurityHeaders headers = headers("'self'  HTTPS://portal.borough.gov.uk");

    assertTrue(
        headers
            .getContentSecurityPolicy()
            .contains("; frame-ancestors 'self' https://portal.borough.gov.uk;"),
        headers.getContentSecurityPolicy());
    assertFalse(applied(headers, "/index.xhtml", false).containsKey("X-Frame-Options"));
  }

  @Test
  void nobodyMayFrameItWhenSaidSo() {
    SecurityHeaders headers = headers("'none'");

    assertTrue(headers.getContentSecurityPolicy().contains("; frame-ancestors 'none';"));
    assertEquals("DENY", frameOptions(headers));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "*",
        "'self'; script-src *",
        "'self',https://portal.borough.gov.uk",
        "'unsafe-inline'",
        "'none' 'self'",
        "https://portal.borough.gov.uk/path"
      })
  void anythingButSourcesOfFramesIsRefused(String frameAncestors) {
    assertThrows(IllegalStateException.class, () -> headers(frameAncestors));
  }

  @Test
  void scriptSourceComesLastForPrimeFacesToAppendItsNonce() {
    assertTrue(headers("'self'").getContentSecurityPolicy().endsWith("; script-src 'self'"));
  }

  @Test
  void theOnlyInlineStyleAllowedIsTheStaticUnavailablePage()
      throws IOException, NoSuchAlgorithmException {
    String page =
        Files.readString(Path.of("webapp/errors/unavailable.html"), StandardCharsets.UTF_8);
    Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page);
    assertTrue(style.find(), page);
    String hash =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));

    assertEquals("'sha256-" + hash + "'", SecurityHeaders.UNAVAILABLE_PAGE_STYLE);
    assertFalse(headers("'self'").getContentSecurityPolicy().contains("'unsafe-inline'"));
  }

  @Test
  void pagesAndAnswersAreNotStoredButStaticResourcesMayBe() {
    SecurityHeaders headers = headers("'self'");

    Map<String, String> page = applied(headers, "/index.xhtml", false);
    Map<String, String> download =
        applied(headers, "/jakarta.faces.resource/dynamiccontent.properties.xhtml", false);
    Map<String, String> stylesheet =
        applied(headers, "/jakarta.faces.resource/css/reintegration.css.xhtml", false);
    Map<String, String> file = applied(headers, "/resources/css/reintegration.css", false);

    assertEquals("no-store, no-cache, must-revalidate", page.get("Cache-Control"));
    assertEquals("no-cache", page.get("Pragma"));
    assertEquals("no-store, no-cache, must-revalidate", download.get("Cache-Control"));
    assertFalse(stylesheet.containsKey("Cache-Control"));
    assertFalse(file.containsKey("Cache-Control"));
    assertEquals("nosniff", stylesheet.get("X-Content-Type-Options"));
  }

  @Test
  void strictTransportSecurityOnlyOverTls() {
    SecurityHeaders headers = headers("'self'");

    assertEquals(
        "max-age=31536000",
        applied(headers, "/index.xhtml", true).get("Strict-Transport-Security"));
    assertFalse(applied(headers, "/index.xhtml", false).containsKey("Strict-Transport-Security"));
  }

  private static SecurityHeaders headers(String frameAncestors) {
    SecurityHeaders headers = new SecurityHeaders();
    headers.frameAncestors = frameAncestors;
    headers.build();
    return headers;
  }

  private static String frameOptions(SecurityHeaders headers) {
    return applied(headers, "/index.xhtml", false).get("X-Frame-Options");
  }

  /** The headers put on a response to a request for this servlet path, over TLS or not. */
  private static Map<String, String> applied(
      SecurityHeaders headers, String servletPath, boolean overTls) {
    HttpServletRequest request =
        fake(
            HttpServletRequest.class,
            (method, args) ->
                switch (method) {
                  case "getServletPath" -> servletPath;
                  case "isSecure" -> overTls;
                  default -> throw new UnsupportedOperationException(method);
                });
    Map<String, String> set = new HashMap<>();
    HttpServletResponse response =
        fake(
            HttpServletResponse.class,
            (method, args) -> {
              if (!method.equals("setHeader")) {
                throw new UnsupportedOperationException(method);
              }
              set.put((String) args[0], (String) args[1]);
              return null;
            });
    headers.applyTo(request, response);
    return set;
  }

  private interface Answer {
    Object answer(String method, Object[] args);
  }

  private static <T> T fake(Class<T> type, Answer answer) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> answer.answer(method.getName(), args)));
  }
}
