package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.PayaraMicroServer;

/**
 * The section's responses as the passive rules of an OWASP ZAP baseline scan judge them, on the
 * home page (and the sign-in page it sends a stranger to), a 404 page, the API, a static resource
 * and the two error pages: 10010 cookie without HttpOnly, 10015 cache control, 10020
 * anti-clickjacking, 10021 X-Content-Type-Options, 10202 forms without an anti-CSRF token, 3
 * session id in a URL, 90001 insecure JSF view state; with the rest of the security headers and the
 * PrimeFaces CSP nonce.
 *
 * <p>10011 (cookie without Secure) is not checked: the test server speaks plain http, where a
 * Secure cookie would never come back. Payara marks the session cookie Secure on every request that
 * came over TLS (checked by hand; README, "Deploy into a borough's server").
 *
 * <p>Every request is a stranger's first visit: no cookie is kept or sent, so a server that put the
 * session id in addresses would do so here.
 */
@ExtendWith(DeployedApplication.class)
class SecurityHeadersHttpIT {

  private static final String HOME = "/reintegration/";
  private static final String NOT_FOUND = "/reintegration/resources/no-such-file";
  private static final String API = "/reintegration/api/establishments";
  private static final String STATIC =
      "/reintegration/jakarta.faces.resource/css/reintegration.css.xhtml";

  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
  private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*>");
  private static final Pattern INLINE_HANDLER = Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+\\s*=");
  private static final Pattern FORM = Pattern.compile("<form\\b.*?</form>", Pattern.DOTALL);
  private static final Pattern VIEW_STATE =
      Pattern.compile("<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
  private static final Pattern SERVER_SIDE_STATE_ID = Pattern.compile("-?\\d+:-?\\d+");
  private static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(");
  private static final Pattern ERROR_REFERENCE =
      Pattern.compile("id=\"error-reference\">([A-Z0-9]{4}-[A-Z0-9]{4})<");

  /** HTTP/1.1, as browsers speak plain http (Payara answers HTTP/2 with fewer headers). */
  private static final HttpClient STRANGER =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Test
  void everyResponseCarriesTheSecurityHeaders(PayaraMicroServer server) {
    assertAll(
        everyKind(server).entrySet().stream()
            .map(answer -> securityHeadersOf(answer.getKey(), answer.getValue())));
  }

  private static Executable securityHeadersOf(String what, HttpResponse<String> response) {
    return () -> {
      // 10021
      assertEquals(List.of("nosniff"), all(response, "X-Content-Type-Options"), what);
      // 10020: frame-ancestors, and X-Frame-Options saying the same, once each
      assertEquals("'self'", directives(response).get("frame-ancestors"), what);
      assertEquals(List.of("SAMEORIGIN"), all(response, "X-Frame-Options"), what);
      assertEquals(List.of("same-origin"), all(response, "Referrer-Policy"), what);
      assertEquals(List.of(), all(response, "Server"), what);
      assertEquals(List.of(), all(response, "X-Powered-By"), what);
      // browsers ignore HSTS over plain http: it is sent over TLS only
      assertEquals(List.of(), all(response, "Strict-Transport-Security"), what);
    };
  }

  @Test
  void frameAncestorsIsTheConfiguredOneAndTheRestOfThePolicyHoldsFirm(PayaraMicroServer server) {
    HttpResponse<String> page = get(server, NOT_FOUND);
    Map<String, String> policy = directives(page);

    assertEquals("'self'", policy.get("frame-ancestors"), "reintegration.web.frame-ancestors");
    assertEquals("'self'", policy.get("default-src"));
    assertEquals("'none'", policy.get("object-src"));
    assertEquals("'self'", policy.get("base-uri"));
    assertEquals("'self'", policy.get("form-action"));
    assertTrue(
        policy.get("script-src").matches("'self' 'nonce-[A-Za-z0-9+/=]+'"),
        policy.get("script-src"));
    assertFalse(policy.get("style-src").contains("'unsafe-inline'"), policy.get("style-src"));
  }

  @Test
  void dynamicResponsesAreNeverStoredWhileStaticResourcesMayBe(PayaraMicroServer server) {
    Map<String, HttpResponse<String>> responses = everyKind(server);
    HttpResponse<String> stylesheet = responses.remove("static resource");

    // 10015
    assertAll(
        responses.entrySet().stream()
            .map(answer -> neverStored(answer.getKey(), answer.getValue())));
    assertEquals(200, stylesheet.statusCode());
    String cacheControl = String.join(",", all(stylesheet, "Cache-Control"));
    assertFalse(cacheControl.contains("no-store"), cacheControl);
    assertTrue(cacheControl.contains("max-age="), cacheControl);
    assertEquals(List.of(), all(stylesheet, "Pragma"));
  }

  private static Executable neverStored(String what, HttpResponse<String> response) {
    return () -> {
      String cacheControl = String.join(",", all(response, "Cache-Control"));
      for (String directive : List.of("no-store", "no-cache", "must-revalidate")) {
        assertTrue(cacheControl.contains(directive), what + ": " + cacheControl);
      }
      assertEquals(List.of("no-cache"), all(response, "Pragma"), what);
    };
  }

  @Test
  void facesPagesRunOnlyScriptsCarryingTheNonceOfTheirPolicy(PayaraMicroServer server) {
    List<HttpResponse<String>> pages = new ArrayList<>();
    pages.add(landingPage(server));
    pages.add(get(server, NOT_FOUND));

    for (HttpResponse<String> page : pages) {
      String where = page.uri().toString();
      Matcher nonce = NONCE.matcher(all(page, "Content-Security-Policy").get(0));
      assertTrue(nonce.find(), where + ": no nonce in " + page.headers());
      List<String> scripts = SCRIPT.matcher(page.body()).results().map(MatchResult::group).toList();
      assertFalse(scripts.isEmpty(), where + " runs PrimeFaces' script");
      scripts.forEach(
          script ->
              assertTrue(
                  script.contains("nonce=\"" + nonce.group(1) + "\""), where + ": " + script));
      assertFalse(INLINE_HANDLER.matcher(page.body()).find(), where + ": inline event handler");
    }
  }

  @Test
  void sessionCookieIsHttpOnlyAndSameSite(PayaraMicroServer server) {
    List<String> cookies =
        Stream.concat(landingChain(server).stream(), Stream.of(get(server, NOT_FOUND)))
            .flatMap(response -> all(response, "Set-Cookie").stream())
            .toList();

    assertTrue(
        cookies.stream().anyMatch(cookie -> cookie.startsWith("JSESSIONID=")),
        "the sign-in page starts a session: " + cookies);
    for (String cookie : cookies) {
      List<String> attributes =
          Stream.of(cookie.split(";")).map(String::trim).map(String::toLowerCase).toList();
      // 10010
      assertTrue(attributes.contains("httponly"), cookie);
      assertTrue(
          attributes.stream()
                  .filter(a -> a.startsWith("samesite="))
                  .allMatch("samesite=lax"::equals)
              && attributes.contains("samesite=lax"),
          cookie);
    }
  }

  @Test
  void sessionIdIsNeverPutInAnAddress(PayaraMicroServer server) {
    // 3
    everyKind(server)
        .forEach(
            (what, response) -> {
              assertFalse(response.body().toLowerCase().contains("jsessionid"), what);
              all(response, "Location")
                  .forEach(
                      location -> assertFalse(location.toLowerCase().contains("jsessionid"), what));
            });
  }

  @Test
  void formsCarryAnOpaqueServerSideViewState(PayaraMicroServer server) {
    HttpResponse<String> page = landingPage(server);
    List<String> forms = FORM.matcher(page.body()).results().map(MatchResult::group).toList();

    assertFalse(forms.isEmpty(), "the sign-in page has a form: " + page.body());
    for (String form : forms) {
      // 10202: every Faces form carries its view state, which Faces checks on each post
      Matcher viewState = VIEW_STATE.matcher(form);
      assertTrue(viewState.find(), form);
      // 90001: kept on the server, so what the browser holds is an id, not serialized state
      String value = viewState.group(1);
      assertTrue(SERVER_SIDE_STATE_ID.matcher(value).matches(), value);
      assertFalse(isSerializedState(value), value);
    }
  }

  @Test
  void postFromAPageWhoseViewHasGoneGoesBackToThatPageAndTakesNothing(PayaraMicroServer server) {
    HttpResponse<String> answer = postWithAViewStateNobodyIssued(server);

    assertEquals(302, answer.statusCode(), answer.body());
    String back = answer.headers().firstValue("Location").orElse("");
    assertEquals(landingPage(server).uri().getPath(), URI.create(back).getPath(), back);
    assertFalse(ERROR_REFERENCE.matcher(answer.body()).find(), answer.body());
    assertNoDetail(answer);
  }

  @Test
  void failureShowsAReferenceThatTheServerLogRecordsWithTheFailure(PayaraMicroServer server)
      throws IOException {
    HttpResponse<String> page = requestWithAnUnknownRenderKit(server);

    assertEquals(500, page.statusCode());
    assertTrue(page.body().contains("Something went wrong"), page.body());
    Matcher reference = ERROR_REFERENCE.matcher(page.body());
    assertTrue(reference.find(), page.body());
    assertNoDetail(page);
    assertTrue(
        logRecords("Error " + reference.group(1) + ": GET ", "IllegalStateException"),
        "the server log records reference " + reference.group(1) + " with the failure");
  }

  /** One of each kind of response, by what it is. */
  private static Map<String, HttpResponse<String>> everyKind(PayaraMicroServer server) {
    Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
    List<HttpResponse<String>> chain = landingChain(server);
    for (int i = 0; i < chain.size(); i++) {
      responses.put("home page, step " + (i + 1) + " " + chain.get(i).uri(), chain.get(i));
    }
    HttpResponse<String> notFound = get(server, NOT_FOUND);
    assertEquals(404, notFound.statusCode());
    assertTrue(notFound.body().contains("Page not found"), notFound.body());
    responses.put("404 page", notFound);
    responses.put("API", send(HttpRequest.newBuilder(server.uri(API)).GET(), "application/json"));
    responses.put("static resource", get(server, STATIC));
    responses.put("page expired", postWithAViewStateNobodyIssued(server));
    responses.put("error page", requestWithAnUnknownRenderKit(server));
    return responses;
  }

  /** The home page, and the pages it sends a stranger on to, redirect by redirect. */
  private static List<HttpResponse<String>> landingChain(PayaraMicroServer server) {
    List<HttpResponse<String>> chain = new ArrayList<>();
    URI next = server.uri(HOME);
    while (chain.size() < 5) {
      HttpResponse<String> response = send(HttpRequest.newBuilder(next).GET(), "text/html");
      chain.add(response);
      if (response.statusCode() / 100 != 3) {
        assertEquals(200, response.statusCode(), response.body());
        return chain;
      }
      next = next.resolve(response.headers().firstValue("Location").orElseThrow());
    }
    return fail("Redirected too often: " + chain);
  }

  private static HttpResponse<String> landingPage(PayaraMicroServer server) {
    List<HttpResponse<String>> chain = landingChain(server);
    return chain.get(chain.size() - 1);
  }

  /** A Faces post back to the landing page with a view state id this server never gave out. */
  private static HttpResponse<String> postWithAViewStateNobodyIssued(PayaraMicroServer server) {
    return send(
        HttpRequest.newBuilder(server.uri(landingPage(server).uri().getPath()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState=1234%3A5678")),
        "text/html");
  }

  /** A malformed Faces request: Faces fails to render a page in a render kit it does not have. */
  private static HttpResponse<String> requestWithAnUnknownRenderKit(PayaraMicroServer server) {
    return get(
        server, landingPage(server).uri().getPath() + "?jakarta.faces.RenderKitId=no-such-kit");
  }

  /** No stack trace, no exception, nothing of what the failed request carried. */
  private static void assertNoDetail(HttpResponse<String> page) {
    assertFalse(STACK_FRAME.matcher(page.body()).find(), page.body());
    for (String detail : List.of("Caused by", "java.lang.", "no-such-kit", "1234:5678")) {
      assertFalse(page.body().contains(detail), detail + " in " + page.body());
    }
  }

  /** Whether the server's log (micro-*.log in the test work folder) has a line with both. */
  private static boolean logRecords(String line, String failure) throws IOException {
    Path workdir = Path.of(System.getProperty("reintegration.test.workdir", "target"));
    Instant deadline = Instant.now().plusSeconds(10);
    do {
      try (Stream<Path> logs = Files.list(workdir)) {
        for (Path log :
            logs.filter(p -> p.getFileName().toString().matches("micro-.*\\.log")).toList()) {
          String text = Files.readString(log, StandardCharsets.ISO_8859_1);
          int at = text.indexOf(line);
          if (at >= 0 && text.indexOf(failure, at) > at) {
            return true;
          }
        }
      }
      PayaraMicroServer.pause();
    } while (Instant.now().isBefore(deadline));
    return false;
  }

  /** A Java serialized stream (0xACED), or a gzipped one, under base64 as client state would be. */
  private static boolean isSerializedState(String value) {
    try {
      byte[] bytes = Base64.getDecoder().decode(value);
      return bytes.length > 2
          && ((bytes[0] == (byte) 0xAC && bytes[1] == (byte) 0xED)
              || (bytes[0] == (byte) 0x1F && bytes[1] == (byte) 0x8B));
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
  }

  /** The directives of the one Content-Security-Policy, by name. */
  private static Map<String, String> directives(HttpResponse<String> response) {
    List<String> policies = all(response, "Content-Security-Policy");
    assertEquals(1, policies.size(), response.uri() + ": " + policies);
    return Stream.of(policies.get(0).split(";"))
        .map(String::trim)
        .filter(directive -> !directive.isEmpty())
        .collect(
            Collectors.toMap(
                directive -> directive.split("\\s+", 2)[0],
                directive -> directive.contains(" ") ? directive.split("\\s+", 2)[1] : ""));
  }

  private static List<String> all(HttpResponse<String> response, String header) {
    return response.headers().allValues(header);
  }

  private static HttpResponse<String> get(PayaraMicroServer server, String path) {
    return send(HttpRequest.newBuilder(server.uri(path)).GET(), "text/html");
  }

  private static HttpResponse<String> send(HttpRequest.Builder request, String accept) {
    try {
      return STRANGER.send(
          request.header("Accept", accept).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
