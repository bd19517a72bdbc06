package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;

/** Signing in and out with the demo logins, in a browser's way and an API client's. */
@ExtendWith(DeployedApplication.class)
class SignInHttpIT {

  private static final String PASSWORD = DeployedApplication.DEMO_PASSWORD;

  @Test
  void pageAskedForUnsignedSendsThePersonToSignInRememberingWhereTheyWereGoing(
      PayaraMicroServer server) {
    HttpResponse<String> page = Http.get(server.uri("/reintegration/index.xhtml?x=1"), "text/html");

    assertEquals(302, page.statusCode());
    assertEquals(
        "/reintegration/login.xhtml?continue=%2Findex.xhtml%3Fx%3D1",
        page.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
  }

  @Test
  void apiCallWithoutCredentialsIsRefusedWithAChallengeAndNeverRedirected(
      PayaraMicroServer server) {
    HttpResponse<String> call =
        Http.get(server.uri("/reintegration/api/establishments"), "application/json");

    assertEquals(401, call.statusCode());
    assertTrue(
        call.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
        call.headers().toString());
    assertTrue(
        call.body().contains("\"status\":401"), "JSON like every API answer: " + call.body());
  }

  @Test
  void wrongPasswordIsRefusedOnTheApiAndOnTheSignInPage(PayaraMicroServer server) {
    HttpResponse<String> call =
        Http.apiClientAs("demo-inclusion-1", "not-the-password")
            .getAs(server.uri("/reintegration/api/establishments"), "application/json");
    HttpResponse<String> form =
        Http.anonymous().signIn(server, "demo-inclusion-1", "not-the-password");

    assertEquals(401, call.statusCode());
    assertNotEquals(302, form.statusCode());
    assertTrue(form.body().contains("The user name or password is not right"), form.body());
  }

  @Test
  void signingInGivesANewSessionAndShowsWhoIsSignedIn(PayaraMicroServer server) {
    Http browser = Http.anonymous();
    String sessionBefore =
        sessionCookie(browser.getAs(server.uri("/reintegration/login.xhtml"), "text/html"));

    HttpResponse<String> signedIn = browser.signIn(server, "demo-ap-olive", PASSWORD);
    HttpResponse<String> home = browser.getAs(server.uri("/reintegration/"), "text/html");

    assertFalse(sessionBefore.isEmpty(), "the sign-in page starts a session");
    assertEquals(302, signedIn.statusCode(), signedIn.body());
    assertNotEquals(sessionBefore, sessionCookie(signedIn), "a new session id on signing in");
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("Marcia Okoro (Olive Academy)"), home.body());
  }

  @Test
  void signInNeverSendsThePersonToAnotherSite(PayaraMicroServer server) {
    Http browser = Http.anonymous();
    HttpResponse<String> form =
        browser.getAs(
            server.uri("/reintegration/login.xhtml?continue=//evil.example/"), "text/html");

    Map<String, String> fields = Http.hiddenFields(form.body());
    fields.put("signIn:name", "demo-school-st-aldrics");
    fields.put("signIn:password", PASSWORD);
    fields.put("signIn:submit", "Sign in");
    assertEquals(
        "//evil.example/", fields.get("signIn:continue"), "the address came back as given");
    HttpResponse<String> signedIn = browser.post(server.uri("/reintegration/login.xhtml"), fields);

    assertEquals(302, signedIn.statusCode(), signedIn.body());
    assertTrue(
        signedIn.headers().firstValue("Location").orElseThrow().endsWith("/reintegration/"),
        signedIn.headers().toString());
  }

  @Test
  void signingOutEndsTheSession(PayaraMicroServer server) {
    Http browser = Http.browserSignedInAs(server, "demo-social-worker-1", PASSWORD);
    HttpResponse<String> home = browser.getAs(server.uri("/reintegration/"), "text/html");

    Map<String, String> fields = Http.hiddenFields(home.body());
    fields.put("signOut:submit", "Sign out");
    HttpResponse<String> signedOut = browser.post(server.uri("/reintegration/index.xhtml"), fields);

    assertEquals(302, signedOut.statusCode(), signedOut.body());
    assertEquals(302, browser.getAs(server.uri("/reintegration/"), "text/html").statusCode());
  }

  private static String sessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith("JSESSIONID="))
        .findFirst()
        .orElse("");
  }
}
