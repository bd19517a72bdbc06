package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;

/**
 * Single sign-on against a real OpenID Connect provider on loopback (mock-oauth2-server), started
 * before the server it configures; the server runs without the demo logins.
 */
class SingleSignOnHttpIT {

  private static final String ISSUER = "borough";
  private static final String OTHER_ISSUER = "elsewhere";
  private static final String CLIENT_ID = "reintegration";
  private static final String ESTABLISHMENTS = "/reintegration/api/establishments";

  private static MockOAuth2Server provider;
  private static PayaraMicroServer server;

  @BeforeAll
  static void startProviderThenServer() {
    provider = new MockOAuth2Server();
    provider.start(InetAddress.getLoopbackAddress(), 0);
    Instant booting = Instant.now();
    server =
        PayaraMicroServer.start(
            "sso",
            Map.of(
                "reintegration.oidc.provider-uri", provider.issuerUrl(ISSUER).toString(),
                "reintegration.oidc.client-id", CLIENT_ID,
                "reintegration.oidc.client-secret", "test-suite-client-secret",
                "reintegration.oidc.groups-claim", "roles",
                "reintegration.oidc.establishments-claim", "urns",
                "reintegration.security.role.SCHOOL_STAFF.groups", "sg-senco",
                // Cases to write on; the limits on writing are left at their defaults here
                "reintegration.demo-data", "true"));
    // The database is migrated once the application has started: wait for it
    server.awaitReady(Duration.ofMinutes(2));
    System.out.println(
        "Payara Micro with single sign-on deployed in "
            + Duration.between(booting, Instant.now()).toMillis()
            + " ms");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (provider != null) {
      provider.shutdown();
    }
  }

  @Test
  void apiCallWithTheProvidersTokenIsAnswered() {
    HttpResponse<String> call = callWith(token(ISSUER, CLIENT_ID, 3600).serialize());

    assertEquals(200, call.statusCode(), call.body());
  }

  @Test
  void apiCallWithoutATokenIsChallengedForOne() {
    HttpResponse<String> call = callWith(null);

    assertEquals(401, call.statusCode());
    assertTrue(challenge(call).startsWith("Bearer"), challenge(call));
    assertTrue(call.body().contains("\"status\":401"), call.body());
  }

  @Test
  void tamperedTokenIsRefused() {
    String token = token(ISSUER, CLIENT_ID, 3600).serialize();
    int lastDot = token.lastIndexOf('.');
    String signature = token.substring(lastDot + 1);
    char changed = signature.charAt(10) == 'A' ? 'B' : 'A';
    String tampered =
        token.substring(0, lastDot + 1)
            + signature.substring(0, 10)
            + changed
            + signature.substring(11);

    assertRefusedAsInvalid(callWith(tampered));
  }

  @Test
  void unsignedTokenIsRefused() {
    String[] parts = token(ISSUER, CLIENT_ID, 3600).serialize().split("\\.");
    String noneHeader =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));

    assertRefusedAsInvalid(callWith(noneHeader + "." + parts[1] + "."));
  }

  @Test
  void expiredTokenIsRefused() {
    assertRefusedAsInvalid(callWith(token(ISSUER, CLIENT_ID, -300).serialize()));
  }

  @Test
  void tokenFromAnotherIssuerIsRefused() {
    assertRefusedAsInvalid(callWith(token(OTHER_ISSUER, CLIENT_ID, 3600).serialize()));
  }

  @Test
  void tokenForAnotherAudienceIsRefused() {
    assertRefusedAsInvalid(callWith(token(ISSUER, "another-application", 3600).serialize()));
  }

  @Test
  void personSignsInAtTheProviderSeesTheirNameAndSignsOutThere() {
    Http browser = signedInAtProvider(3600);

    HttpResponse<String> home =
        browser.getAs(server.uri("/reintegration/index.xhtml"), "text/html");
    assertEquals(200, home.statusCode(), home.body());
    assertTrue(home.body().contains("Sam Senco"), home.body());

    Map<String, String> fields = Http.hiddenFields(home.body());
    fields.put("signOut:submit", "Sign out");
    HttpResponse<String> signedOut = browser.post(server.uri("/reintegration/index.xhtml"), fields);
    assertEquals(302, signedOut.statusCode(), signedOut.body());
    assertTrue(
        location(signedOut).startsWith(provider.endSessionEndpointUrl(ISSUER).toString()),
        location(signedOut));
    HttpResponse<String> backHere = browser.getAs(URI.create(location(signedOut)), "text/html");
    assertTrue(
        location(backHere).startsWith(server.uri("/reintegration/login.xhtml").toString()),
        location(backHere));
    HttpResponse<String> afterwards =
        browser.getAs(server.uri("/reintegration/index.xhtml"), "text/html");
    assertEquals(302, afterwards.statusCode(), "signed out here too");
  }

  @Test
  void expiredTokensOfASessionAreRefreshedAtTheProvider() {
    // Shorter-lived than the ten seconds of validity the mechanism wants left on a token
    Http browser = signedInAtProvider(5);
    drainRecordedRequests();

    HttpResponse<String> home =
        browser.getAs(server.uri("/reintegration/index.xhtml"), "text/html");

    assertEquals(200, home.statusCode(), home.body());
    assertTrue(home.body().contains("Sam Senco"), home.body());
    assertTrue(
        drainRecordedRequests().stream()
            .anyMatch(
                request ->
                    request.getPath().startsWith("/" + ISSUER + "/token")
                        && request.getBody().readUtf8().contains("grant_type=refresh_token")),
        "the tokens were refreshed");
  }

  /**
   * Issue 16: a social worker named by e-mail sees nothing of the case until they sign in with that
   * e-mail verified by the provider; then they are bound to the lead they are, see the case, and
   * the binding is in the case's audit trail. An e-mail the provider does not vouch for binds
   * nobody.
   */
  @Test
  void socialWorkerNamedByEmailIsBoundAtTheirFirstSignInWithItVerified() {
    String officer = officerToken("officer.naming");
    long caseId =
        Json.createReader(
                new StringReader(
                    call("GET", "/reintegration/api/cases?status=REFERRED&max=1", officer, null)
                        .body()))
            .readObject()
            .getJsonArray("cases")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String casePath = "/reintegration/api/cases/" + caseId;
    HttpResponse<String> named =
        call(
            "PUT",
            casePath + "/leads/early-help-or-social-worker",
            officer,
            "{\"version\":"
                + caseVersion(caseId, officer)
                + ",\"name\":\"Pat Newcomer\",\"email\":\"Pat.Newcomer@example.org\"}");
    assertEquals(200, named.statusCode(), named.body());
    String worker =
        provider
            .issueToken(
                ISSUER,
                "p.newcomer",
                CLIENT_ID,
                Map.of("name", "Pat Newcomer", "roles", List.of("SOCIAL_WORKER")),
                3600)
            .serialize();
    assertEquals(404, call("GET", casePath, worker, null).statusCode(), "not bound yet");

    patSignsInWithTheEmailVerified(false);
    assertEquals(404, call("GET", casePath, worker, null).statusCode(), "an e-mail not verified");

    patSignsInWithTheEmailVerified(true);
    HttpResponse<String> seen = call("GET", casePath, worker, null);
    assertEquals(200, seen.statusCode(), seen.body());
    String audit = call("GET", casePath + "/audit", officer, null).body();
    assertTrue(
        audit.contains("\"SIGN_IN_BOUND\"")
            && audit.contains(
                "Pat Newcomer, named as early help or social worker by e-mail,"
                    + " signed in as p.newcomer with that e-mail verified"),
        audit);
  }

  /** Pat Newcomer, a social worker, signs in with their work e-mail, verified or not. */
  private static void patSignsInWithTheEmailVerified(boolean verified) {
    signedInAtProvider(
        "p.newcomer",
        Map.of(
            "name",
            "Pat Newcomer",
            "roles",
            List.of("SOCIAL_WORKER"),
            "email",
            "pat.newcomer@example.org",
            "email_verified",
            verified),
        3600);
  }

  /** Sam Senco of the school 100001 signs in, with tokens that last as long as given. */
  private static Http signedInAtProvider(long tokenSeconds) {
    return signedInAtProvider(
        "s.senco",
        Map.of("name", "Sam Senco", "roles", List.of("sg-senco"), "urns", List.of("100001")),
        tokenSeconds);
  }

  /** Follows the authorization code flow by hand, as a browser follows its redirects. */
  private static Http signedInAtProvider(
      String subject, Map<String, Object> claims, long tokenSeconds) {
    Map<String, Object> withParty = new HashMap<>(claims);
    // azp as a real provider sends it on every token, refreshed ones too
    withParty.put("azp", CLIENT_ID);
    provider.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            ISSUER, subject, "JWT", List.of(CLIENT_ID), withParty, tokenSeconds));
    Http browser = Http.anonymous();
    HttpResponse<String> toProvider =
        browser.getAs(server.uri("/reintegration/index.xhtml"), "text/html");
    assertEquals(302, toProvider.statusCode(), toProvider.body());
    assertTrue(location(toProvider).startsWith(provider.issuerUrl(ISSUER).toString()));
    HttpResponse<String> backWithCode =
        browser.getAs(URI.create(location(toProvider)), "text/html");
    assertEquals(302, backWithCode.statusCode(), backWithCode.body());
    assertTrue(location(backWithCode).contains("/reintegration/signed-in?code="));
    HttpResponse<String> signedIn = browser.getAs(URI.create(location(backWithCode)), "text/html");
    assertEquals(302, signedIn.statusCode(), signedIn.body());
    assertTrue(location(signedIn).endsWith("/reintegration/index.xhtml"), location(signedIn));
    return browser;
  }

  /** What the provider has been asked since the last look. */
  private static List<RecordedRequest> drainRecordedRequests() {
    List<RecordedRequest> requests = new ArrayList<>();
    while (true) {
      try {
        requests.add(provider.takeRequest(100, TimeUnit.MILLISECONDS));
      } catch (RuntimeException noMore) {
        return requests;
      }
    }
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  private static SignedJWT token(String issuer, String audience, long expirySeconds) {
    return provider.issueToken(
        issuer,
        "s.senco",
        audience,
        Map.of("name", "Sam Senco", "roles", List.of("sg-senco"), "urns", List.of("100001")),
        expirySeconds);
  }

  /**
   * Issue 14, with the default limits: of 200 notes written by one person within a minute, 60 are
   * saved and the rest refused (429, with the seconds to wait), none half-saved; another person
   * writes on meanwhile.
   */
  @Test
  void onePersonWritesSixtyTimesAMinuteAndNoMore() {
    String officer = officerToken("officer.fast");
    long caseId =
        Json.createReader(
                new StringReader(
                    call("GET", "/reintegration/api/cases?max=1", officer, null).body()))
            .readObject()
            .getJsonArray("cases")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String notes = "/reintegration/api/cases/" + caseId + "/notes";
    int before = notesOn(caseId, officer);
    Map<Integer, Integer> answers = new TreeMap<>();
    long retryAfter = 0;
    for (int i = 0; i < 200; i++) {
      HttpResponse<String> answer =
          call(
              "POST",
              notes,
              officer,
              "{\"version\":"
                  + caseVersion(caseId, officer)
                  + ",\"text\":\"Note "
                  + i
                  + "\",\"specialCategory\":false}");
      answers.merge(answer.statusCode(), 1, Integer::sum);
      if (answer.statusCode() == 429) {
        assertTrue(answer.body().contains("\"status\":429"), answer.body());
        retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
      }
    }
    System.out.printf(
        "200 notes by one person in a minute (default limits): answers %s, Retry-After %d s%n",
        answers, retryAfter);
    assertEquals(Map.of(201, 60, 429, 140), answers);
    assertTrue(retryAfter > 0 && retryAfter <= 61, "Retry-After " + retryAfter);
    assertEquals(before + 60, notesOn(caseId, officer));

    String another = officerToken("officer.steady");
    assertEquals(
        201,
        call(
                "POST",
                notes,
                another,
                "{\"version\":"
                    + caseVersion(caseId, another)
                    + ",\"text\":\"Not slowed\",\"specialCategory\":false}")
            .statusCode());
  }

  private static long caseVersion(long caseId, String token) {
    return Json.createReader(
            new StringReader(call("GET", "/reintegration/api/cases/" + caseId, token, null).body()))
        .readObject()
        .getJsonNumber("version")
        .longValue();
  }

  private static String officerToken(String subject) {
    return provider
        .issueToken(
            ISSUER,
            subject,
            CLIENT_ID,
            Map.of("name", "Officer " + subject, "roles", List.of("INCLUSION_OFFICER")),
            3600)
        .serialize();
  }

  private static int notesOn(long caseId, String token) {
    return Json.createReader(
            new StringReader(call("GET", "/reintegration/api/cases/" + caseId, token, null).body()))
        .readObject()
        .getJsonArray("notes")
        .size();
  }

  /** A call to the API with the token given, if any, and the JSON body given, if any. */
  private static HttpResponse<String> call(String method, String path, String token, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(path))
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      return HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .build()
          .send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void assertRefusedAsInvalid(HttpResponse<String> call) {
    assertEquals(401, call.statusCode(), call.body());
    assertTrue(challenge(call).startsWith("Bearer"), challenge(call));
    assertTrue(challenge(call).contains("error=\"invalid_token\""), challenge(call));
  }

  private static String challenge(HttpResponse<String> call) {
    return call.headers().firstValue("WWW-Authenticate").orElse("");
  }

  private static HttpResponse<String> callWith(String token) {
    return call("GET", ESTABLISHMENTS, token, null);
  }
}
