package uk.gov.borough.reintegration.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;
import uk.gov.borough.reintegration.test.Pdf;

/**
 * A hearing's agenda and panel pack (issue 18): an inclusion officer downloads it from the panel's
 * page as a PDF that lists every case on that agenda with its Stage 1 summary, every page marked
 * OFFICIAL-SENSITIVE and numbered; a provider's staff, who may see some of those cases, gets none.
 */
@ExtendWith(DeployedApplication.class)
class PanelPackHttpIT {

  private static final String PASSWORD = DeployedApplication.DEMO_PASSWORD;
  private static final String BUTTON =
      "Download the agenda and panel pack (PDF, OFFICIAL-SENSITIVE)";
  private static final Pattern CASE_ON_THE_AGENDA = Pattern.compile(">Case (\\d+): ([^<]+)</a>");

  @Test
  void theFirstAgendasPackHoldsItsCasesMarkedOnEveryPage(PayaraMicroServer server) {
    Http officer = Http.browserSignedInAs(server, "demo-inclusion-1", PASSWORD);
    String page = officer.getAs(server.uri("/reintegration/panel.xhtml"), "text/html").body();
    String agenda = firstAgenda(page);
    List<String> pupils =
        CASE_ON_THE_AGENDA.matcher(agenda).results().map(found -> found.group(2).strip()).toList();
    assertFalse(pupils.isEmpty(), "the demo has cases at the panel: " + agenda);

    HttpResponse<byte[]> pack = download(officer, server, page);

    assertEquals(200, pack.statusCode());
    assertTrue(
        pack.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"),
        pack.headers().toString());
    String text = Pdf.text(pack.body());
    for (String pupil : pupils) {
      assertTrue(text.contains(pupil), pupil + " in the pack: " + text);
    }
    assertTrue(text.contains("Stage 1 aims"), text);
    long pages = text.split("Page \\d+").length - 1;
    long marked = Pattern.compile("OFFICIAL-SENSITIVE").matcher(text).results().count();
    assertTrue(pages >= 1 && marked >= 2 * pages, pages + " pages, " + marked + " markings");

    Http provider = Http.browserSignedInAs(server, "demo-ap-olive", PASSWORD);
    String theirs = provider.getAs(server.uri("/reintegration/panel.xhtml"), "text/html").body();
    assertFalse(theirs.contains(BUTTON), "a provider's staff is offered no pack");
  }

  /** The first agenda of the panel's page: its heading, its pack's form and its cases. */
  private static String firstAgenda(String page) {
    int start = page.indexOf("<form id=\"agendas:0:pack\"");
    assertTrue(start > 0, "an agenda with its pack: " + page);
    int end = page.indexOf("<h3>", start);
    return page.substring(start, end < 0 ? page.length() : end);
  }

  /** The first agenda's pack asked for with the form as the page gave it. */
  private static HttpResponse<byte[]> download(Http person, PayaraMicroServer server, String page) {
    int start = page.indexOf("<form id=\"agendas:0:pack\"");
    Map<String, String> form =
        Http.hiddenFields(page.substring(start, page.indexOf("</form>", start)));
    form.put("primefaces.nonce", Http.hiddenFields(page).get("primefaces.nonce"));
    form.put("agendas:0:pack:download", BUTTON);
    return person.postForBytes(server.uri("/reintegration/panel.xhtml"), form);
  }
}
