package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;

/** The deployed application as a browser and an API client meet it, on this pass's database. */
@ExtendWith(DeployedApplication.class)
class ApplicationHttpIT {

  @Test
  void readinessIsUpWithTheDatabaseCheck(PayaraMicroServer server) {
    HttpResponse<String> readiness = server.readiness();

    assertEquals(200, readiness.statusCode(), readiness.body());
    JsonObject report = json(readiness.body()).asJsonObject();
    assertEquals("UP", report.getString("status"));
    assertTrue(
        report.getJsonArray("checks").stream()
            .map(check -> check.asJsonObject())
            .anyMatch(
                check ->
                    check.getString("name").equals("reintegration-database")
                        && check.getString("status").equals("UP")),
        readiness.body());
  }

  @Test
  void homePageIsMyWorkAndEstablishmentsAreListedWithoutPuttingTheSessionInTheUrl(
      PayaraMicroServer server) {
    Http browser =
        Http.browserSignedInAs(server, "demo-inclusion-1", DeployedApplication.DEMO_PASSWORD);
    HttpResponse<String> page = browser.getAs(server.uri("/reintegration/"), "text/html");

    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<h1>My work</h1>"), page.body());
    // A demo case referred to the panel waits on Admissions &amp; Inclusion to list it
    assertTrue(page.body().contains("Amira Haddad"), page.body());
    assertTrue(page.body().contains("List the case at an IYFAP hearing (P4)"), page.body());
    assertFalse(page.body().contains(";jsessionid="), "the session id stays in the cookie");

    HttpResponse<String> establishments =
        browser.getAs(server.uri("/reintegration/establishments.xhtml"), "text/html");
    assertEquals(200, establishments.statusCode());
    assertTrue(establishments.body().contains("Olive Academy"), "demo establishments are listed");
  }

  @Test
  void unknownPageAnswersAPlainNotFoundPage(PayaraMicroServer server) {
    HttpResponse<String> page =
        Http.browserSignedInAs(server, "demo-school-bramblewood", DeployedApplication.DEMO_PASSWORD)
            .getAs(server.uri("/reintegration/no-such-page.xhtml"), "text/html");

    assertEquals(404, page.statusCode());
    assertTrue(page.body().contains("Page not found"), page.body());
  }

  @Test
  void apiListsEstablishmentsOfOneKind(PayaraMicroServer server) {
    HttpResponse<String> response =
        portalAdmin()
            .getAs(
                server.uri("/reintegration/api/establishments?kind=AP_ACADEMY"),
                "application/json");

    assertEquals(200, response.statusCode(), response.body());
    JsonArray establishments = json(response.body()).asJsonArray();
    assertFalse(establishments.isEmpty());
    establishments.forEach(
        e -> assertEquals("AP_ACADEMY", e.asJsonObject().getString("kind"), response.body()));
  }

  @Test
  void apiNamesTheFieldOfABadValue(PayaraMicroServer server) {
    HttpResponse<String> response =
        portalAdmin()
            .getAs(server.uri("/reintegration/api/establishments?kind=CASTLE"), "application/json");

    assertEquals(400, response.statusCode(), response.body());
    JsonObject error = json(response.body()).asJsonObject();
    assertEquals("kind", error.getJsonArray("fields").getJsonObject(0).getString("field"));
    assertTrue(
        error.getJsonArray("fields").getJsonObject(0).getString("problem").contains("MAINSTREAM"));
  }

  private static Http portalAdmin() {
    return Http.apiClientAs("demo-portal-admin", DeployedApplication.DEMO_PASSWORD);
  }

  static jakarta.json.JsonValue json(String body) {
    return Json.createReader(new StringReader(body)).readValue();
  }
}
