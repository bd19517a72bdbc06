package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;

/**
 * Faces posts the section's pages do not send as they are (issue 13): a view state claiming the
 * page kept none, and a form sent with JavaScript off, so without the page's CSP nonce. Each is
 * answered with the page and a sentence, never a 500; the sign-in form works without JavaScript.
 */
@ExtendWith(DeployedApplication.class)
class ForgedAndScriptlessPostsHttpIT {

  private static final String PASSWORD = DeployedApplication.DEMO_PASSWORD;
  private static final Pattern FORMS_OWN_NONCE =
      Pattern.compile("<input type=\"hidden\" name=\"primefaces\\.nonce\" value=\"([^\"]+)\"");

  @Test
  void aPostClaimingItsPageKeptNoStateGoesBackToThePageAndSavesNothing(PayaraMicroServer server) {
    String caseId = aCaseOf(server, "demo-ap-olive");
    Http olive = Http.browserSignedInAs(server, "demo-ap-olive", PASSWORD);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("note", "note");
    form.put("note:caseId", caseId);
    form.put("note:text", "Sent with a forged stateless view state");
    form.put("note:add", "Add the note");
    form.put("jakarta.faces.ViewState", "stateless");

    HttpResponse<String> forged = olive.post(server.uri("/reintegration/case.xhtml"), form);

    assertEquals(302, forged.statusCode(), forged.body());
    String back = forged.headers().firstValue("Location").orElse("");
    assertTrue(back.endsWith("/reintegration/case.xhtml?id=" + caseId), back);
    String page =
        olive.getAs(server.uri("/reintegration/case.xhtml?id=" + caseId), "text/html").body();
    assertTrue(page.contains("so what you sent was not saved"), page);
    assertFalse(page.contains("forged stateless view state"), "nothing was saved: " + page);
  }

  @Test
  void aSignInPostedStatelessIsSentBackToSignIn(PayaraMicroServer server) {
    Http browser = Http.anonymous();
    Map<String, String> form = signInForm(browser, server, "demo-inclusion-1", PASSWORD);
    form.put("jakarta.faces.ViewState", "stateless");

    HttpResponse<String> forged = browser.post(server.uri("/reintegration/login.xhtml"), form);

    assertEquals(302, forged.statusCode(), forged.body());
    String back = forged.headers().firstValue("Location").orElse("");
    assertEquals("/reintegration/login.xhtml", URI.create(back).getPath(), back);
    assertEquals(
        302,
        browser.getAs(server.uri("/reintegration/"), "text/html").statusCode(),
        "not signed in");
  }

  @Test
  void aSignInSentWithoutJavaScriptIsTakenLikeAnyOther(PayaraMicroServer server) {
    Http browser = Http.anonymous();
    // Nobody's account: a wrong password counts against no one
    HttpResponse<String> refused =
        browser.post(
            server.uri("/reintegration/login.xhtml"),
            scriptlessSignIn(browser, server, "no-such-person", "not-the-password"));

    assertEquals(200, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("The user name or password is not right"), refused.body());

    HttpResponse<String> signedIn =
        browser.post(
            server.uri("/reintegration/login.xhtml"),
            scriptlessSignIn(browser, server, "demo-inclusion-1", PASSWORD));
    assertEquals(302, signedIn.statusCode(), signedIn.body());
    assertEquals(200, browser.getAs(server.uri("/reintegration/"), "text/html").statusCode());
  }

  @Test
  void aFormSentWithoutItsPagesNonceGoesBackToThePageAndSavesNothing(PayaraMicroServer server) {
    String caseId = aCaseOf(server, "demo-ap-olive");
    Http olive = Http.browserSignedInAs(server, "demo-ap-olive", PASSWORD);
    String casePage = "/reintegration/case.xhtml?id=" + caseId + "&part=notes";
    Map<String, String> form = new LinkedHashMap<>();
    Http.hiddenFields(olive.getAs(server.uri(casePage), "text/html").body())
        .forEach(
            (name, value) -> {
              if (name.equals("note")
                  || name.startsWith("note:")
                  || name.equals("part")
                  || name.startsWith("jakarta.faces.")) {
                form.put(name, value);
              }
            });
    form.put("note:text", "Sent with JavaScript off");
    form.put("note:add", "Add the note");

    HttpResponse<String> scriptless = olive.post(server.uri("/reintegration/case.xhtml"), form);

    assertEquals(302, scriptless.statusCode(), scriptless.body());
    String back = scriptless.headers().firstValue("Location").orElse("");
    assertTrue(back.endsWith(casePage), back);
    String page = olive.getAs(server.uri(casePage), "text/html").body();
    assertTrue(page.contains("This page needs JavaScript to send a form"), page);
    assertFalse(page.contains("Sent with JavaScript off"), "nothing was saved: " + page);
  }

  /**
   * The sign-in form as a browser with JavaScript off sends it: its own fields, and no nonce but
   * one the form carries itself.
   */
  private static Map<String, String> scriptlessSignIn(
      Http browser, PayaraMicroServer server, String name, String password) {
    String page = browser.getAs(server.uri("/reintegration/login.xhtml"), "text/html").body();
    Map<String, String> form = Http.hiddenFields(page);
    form.remove("primefaces.nonce");
    Matcher ownNonce = FORMS_OWN_NONCE.matcher(page);
    if (ownNonce.find()) {
      form.put("primefaces.nonce", ownNonce.group(1));
    }
    form.put("signIn:name", name);
    form.put("signIn:password", password);
    form.put("signIn:submit", "Sign in");
    return form;
  }

  private static Map<String, String> signInForm(
      Http browser, PayaraMicroServer server, String name, String password) {
    Map<String, String> form =
        Http.hiddenFields(
            browser.getAs(server.uri("/reintegration/login.xhtml"), "text/html").body());
    form.put("signIn:name", name);
    form.put("signIn:password", password);
    form.put("signIn:submit", "Sign in");
    return form;
  }

  private static String aCaseOf(PayaraMicroServer server, String subject) {
    HttpResponse<String> list =
        Http.apiClientAs(subject, PASSWORD)
            .getAs(server.uri("/reintegration/api/cases"), "application/json");
    try (JsonReader json = Json.createReader(new StringReader(list.body()))) {
      return json.readObject()
          .getJsonArray("cases")
          .getJsonObject(0)
          .getJsonNumber("id")
          .toString();
    }
  }
}
