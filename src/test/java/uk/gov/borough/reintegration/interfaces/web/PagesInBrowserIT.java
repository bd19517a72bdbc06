package uk.gov.borough.reintegration.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.gov.borough.reintegration.test.Browser;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;
import uk.gov.borough.reintegration.test.Pdf;

/**
 * The pages there are so far, in headless Chromium: each screenshotted and checked by axe-core
 * against WCAG 2.2 AA (issue 5, item 9); the sign-in made with the keyboard alone; My work as three
 * roles see it; the cases list filtered through Ajax.
 */
@ExtendWith(DeployedApplication.class)
class PagesInBrowserIT {

  private String amiraCase;

  @Test
  void everyPageHasNoAccessibilityViolationsAndSignInWorksFromTheKeyboard(
      PayaraMicroServer server) {
    try (Browser browser = new Browser(server)) {
      browser.open("/reintegration/login.xhtml");
      assertTrue(
          browser
              .driver()
              .findElement(By.tagName("body"))
              .getText()
              .contains("Example Borough schools portal"),
          "the section is drawn in the portal's page (reintegration.web.template-file)");
      check(browser, "sign-in");

      // Sent empty, each field says in its markup that it is required, invalid and why (issue 19)
      browser.send("signIn:submit");
      assertTrue(browser.driver().getTitle().startsWith("Error: "), browser.driver().getTitle());
      for (String field : List.of("signIn:name", "signIn:password")) {
        WebElement input = browser.driver().findElement(By.id(field));
        assertEquals("true", input.getAttribute("aria-required"), field);
        assertEquals("true", input.getAttribute("aria-invalid"), field);
        String describedBy = input.getAttribute("aria-describedby");
        assertTrue(
            browser.driver().findElement(By.id(describedBy)).getText().startsWith("Give your"),
            field + " is described by its message");
      }
      assertEquals(
          "username",
          browser.driver().findElement(By.id("signIn:name")).getAttribute("autocomplete"));
      check(browser, "sign-in-refused");

      browser.open("/reintegration/no-such-page.xhtml");
      check(browser, "not-found");

      browser.signInByKeyboard("demo-inclusion-1", DeployedApplication.DEMO_PASSWORD);
      assertEquals(
          "My work", browser.driver().findElement(By.tagName("h1")).getText(), "signed in");
      assertTrue(
          browser.driver().findElement(By.id("cases")).getText().contains("Amira Haddad"),
          "the referred demo case waits on the inclusion officer");
      check(browser, "my-work-inclusion-officer");

      WebElement amira =
          browser.driver().findElements(By.cssSelector("#cases tr")).stream()
              .filter(row -> row.getText().contains("Amira Haddad"))
              .findFirst()
              .orElseThrow()
              .findElement(By.tagName("a"));
      amiraCase = amira.getAttribute("href");
      browser.open(URI.create(amiraCase).getRawPath() + "?" + URI.create(amiraCase).getRawQuery());
      assertTrue(
          browser.driver().findElement(By.tagName("h1")).getText().endsWith(": Amira Haddad"),
          "the case page");
      assertTrue(
          browser
              .driver()
              .findElement(By.tagName("main"))
              .getText()
              .contains("Referred to the panel"));
      check(browser, "case");
      planOfTheCase(server, amiraCase);

      browser.open("/reintegration/case.xhtml?id=987654321");
      assertEquals("Page not found", browser.driver().findElement(By.tagName("h1")).getText());

      browser.open("/reintegration/");

      browser.follow(By.linkText("Cases"));
      check(browser, "cases");
      new Select(browser.driver().findElement(By.id("list:status")))
          .selectByVisibleText("Referred to the panel");
      browser.follow(By.id("list:filter"));
      assertTrue(
          browser.driver().getCurrentUrl().contains("status=REFERRED"),
          "the filter is in the address: " + browser.driver().getCurrentUrl());
      List<String> referred = rowsOfTheList(browser);
      assertFalse(referred.isEmpty(), "demo cases referred to the panel");
      assertTrue(
          referred.stream().allMatch(row -> row.contains("Referred to the panel")),
          "only the cases the filter names: " + referred);
      check(browser, "cases-filtered");
      assertEquals(
          referred.size() + (referred.size() == 1 ? " case found." : " cases found."),
          browser.driver().findElement(By.cssSelector("#list\\:found[role=status]")).getText(),
          "what the filter found, in a status region");
      // Sorted by pupil, the list keeps its filter, and the address says both
      browser.driver().findElement(By.xpath("//th[contains(., 'Pupil')]")).click();
      browser.awaitAjax();
      browser.driver().findElement(By.xpath("//th[contains(., 'Pupil')]")).click();
      browser.awaitAjax();
      List<String> sorted = rowsOfTheList(browser);
      assertEquals(referred.size(), sorted.size(), "the same cases, sorted: " + sorted);
      assertTrue(
          sorted.stream().allMatch(row -> row.contains("Referred to the panel")),
          "sorting kept the filter: " + sorted);
      List<String> families =
          browser
              .driver()
              .findElements(By.cssSelector("#list\\:cases_data tr td:nth-child(2)"))
              .stream()
              .map(cell -> cell.getText().replaceAll(".* ", ""))
              .toList();
      assertEquals(
          families.stream().sorted(String.CASE_INSENSITIVE_ORDER.reversed()).toList(),
          families,
          "sorted by family name, Z to A");
      String sortedAddress = browser.driver().getCurrentUrl();
      assertTrue(
          sortedAddress.contains("status=REFERRED") && sortedAddress.contains("sort=-pupil"),
          "the address holds the filter and the sort: " + sortedAddress);
      browser.open(
          URI.create(sortedAddress).getRawPath() + "?" + URI.create(sortedAddress).getRawQuery());
      assertEquals(sorted, rowsOfTheList(browser), "the address opens the same list");
      browser.open("/reintegration/cases.xhtml?status=NO_SUCH_STATUS");
      assertTrue(
          browser.said().contains("a status the list does not know"),
          "a forged filter in the address is said in words: " + browser.said());
      new Select(browser.driver().findElement(By.id("list:deadline")))
          .selectByVisibleText("With a deadline due soon or overdue");
      browser.follow(By.id("list:filter"));
      for (WebElement row :
          browser.driver().findElements(By.cssSelector("#list\\:cases_data tr"))) {
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertTrue(
            cells.size() == 1 || !cells.get(4).getText().isBlank(),
            "a case with a deadline due: " + row.getText());
      }

      browser.follow(By.linkText("IYFAP panel"));
      assertTrue(
          browser.driver().findElement(By.tagName("main")).getText().contains("Amira Haddad"),
          "the referred case waits to be listed");
      // A hearing in the past is refused in words, the summary's link leading to the date typed
      DateTimeFormatter typed = DateTimeFormatter.ofPattern("dd/MM/yyyy");
      // Typed as the field writes a date back, so the two can be compared
      String yesterday =
          LocalDate.now().minusDays(1).format(DateTimeFormatter.ofPattern("d/M/yyyy"));
      browser.type("hearing:panelDate", yesterday);
      String past = browser.send("hearing:schedule");
      assertTrue(past.contains("has passed"), past);
      assertEquals(
          yesterday,
          browser.driver().findElement(By.id("hearing:panelDate")).getAttribute("value"),
          "what was typed is kept");
      check(browser, "panel-refused");
      browser.driver().findElement(By.cssSelector(".error-summary a")).click();
      assertEquals(
          "hearing:panelDate",
          browser.driver().switchTo().activeElement().getAttribute("id"),
          "the summary's link moves the focus into the field");
      String panelDate =
          LocalDate.now()
              .plusYears(2)
              .withMonth(3)
              .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.THURSDAY))
              .format(typed);
      browser.type("hearing:panelDate", panelDate);
      browser.driver().findElement(By.id("hearing:agendaNotes")).sendKeys("Browser test hearing");
      browser.follow(By.id("hearing:schedule"));
      assertTrue(
          browser.driver().findElement(By.id("messages")).getText().contains("Hearing scheduled."));
      assertTrue(
          browser
              .driver()
              .findElement(By.id("hearings"))
              .getText()
              .contains("Browser test hearing"));
      check(browser, "panel");

      browser.follow(By.linkText("Establishments"));
      assertEquals(
          "Establishments taking part", browser.driver().findElement(By.tagName("h1")).getText());
      check(browser, "establishments");

      browser.follow(By.linkText("Calendars"));
      check(browser, "calendars");
      browser.follow(By.linkText("Help"));
      check(browser, "help");
    }
    try (Browser browser = new Browser(server)) {
      browser.signInByKeyboard("demo-ap-olive", DeployedApplication.DEMO_PASSWORD);
      assertTrue(
          browser.driver().findElement(By.id("cases")).getText().contains("submit the referral"),
          "Olive Academy's case in preparation waits on Olive Academy");
      check(browser, "my-work-ap-staff");
      staleFormLosesNothing(server, browser);
    }
    try (Browser browser = new Browser(server)) {
      browser.signInByKeyboard("demo-ap-koru", DeployedApplication.DEMO_PASSWORD);
      browser.driver().get(amiraCase);
      assertEquals(
          "Page not found",
          browser.driver().findElement(By.tagName("h1")).getText(),
          "another AP's case is no different from no case at all");
    }
    try (Browser browser = new Browser(server)) {
      browser.signInByKeyboard("demo-portal-admin", DeployedApplication.DEMO_PASSWORD);
      assertEquals("My work", browser.driver().findElement(By.tagName("h1")).getText());
      check(browser, "my-work-portal-admin");

      browser.follow(By.linkText("Establishments"));
      new Select(browser.driver().findElement(By.id("register:kind")))
          .selectByVisibleText("Mainstream school or academy");
      browser.type("register:name", "Browser Test Academy");
      browser.type("register:urn", "12");
      browser.type("register:mailbox", "office@browser-test.example.org");
      String refused = browser.send("register:add");
      assertTrue(refused.contains("6 or 7 digits"), refused);
      String besideTheField =
          browser
              .driver()
              .findElement(By.xpath("//input[@id='register:urn']/following-sibling::span"))
              .getText();
      assertTrue(besideTheField.contains("6 or 7 digits"), "beside the field: " + besideTheField);
      browser.type("register:urn", "990999");
      String registered = browser.send("register:add");
      assertTrue(registered.contains("Establishment registered."), registered);
      assertTrue(browser.main().contains("Browser Test Academy"), browser.main());
      check(browser, "establishments-admin");
    }
  }

  /**
   * The demo's fullest case (Tobi Adebayo's, under review after twelve weeks of records), read part
   * by part as its provider does (issue 18): each part at its own address, short, whole in words
   * and without sideways scroll at 1366 px; a task is a page of its own that keeps the part; an
   * address naming no part, or one the person may not read, is said in words.
   */
  @Test
  void aCaseIsReadInShortPartsEachAtItsOwnAddress(PayaraMicroServer server) {
    try (Browser browser = new Browser(server)) {
      browser.signInByKeyboard("demo-ap-olive", DeployedApplication.DEMO_PASSWORD);
      // A referral sent empty: each field in error says so in its markup, and why (issue 19)
      browser.follow(By.linkText("New referral"));
      browser.send("referral:open");
      for (String field : List.of("referral:route", "referral:referringSchool")) {
        assertInvalidWithItsMessage(browser, field);
      }
      browser.follow(By.linkText("Cases"));
      String caseId =
          browser.driver().findElements(By.cssSelector("#list\\:cases_data tr")).stream()
              .filter(row -> row.getText().contains("Tobi Adebayo"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("Tobi Adebayo's case: " + browser.main()))
              .findElement(By.tagName("a"))
              .getText()
              .replace("Case ", "");
      browser.open("/reintegration/case.xhtml?id=" + caseId);
      List<String> parts =
          browser
              .driver()
              .findElements(By.cssSelector("nav[aria-label='Parts of this case'] a"))
              .stream()
              .map(WebElement::getText)
              .toList();
      assertEquals(
          List.of(
              "Summary",
              "Overview and parties",
              "The plan",
              "Meetings",
              "Deadlines",
              "Incidents and outcome",
              "Documents",
              "Notes",
              "Chronology"),
          parts,
          "the provider reads every part but the messages, which are the officers'");
      for (String part : parts) {
        browser.follow(By.linkText(part));
        assertEquals(
            part,
            browser
                .driver()
                .findElement(
                    By.cssSelector("nav[aria-label='Parts of this case'] [aria-current=page]"))
                .getText());
        assertTrue(
            browser.driver().getCurrentUrl().contains("id=" + caseId + "&part="),
            "each part has an address of its own: " + browser.driver().getCurrentUrl());
        check(browser, "case-part-" + part.toLowerCase().replace(' ', '-'));
        long tall =
            (Long)
                ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollHeight");
        assertTrue(tall <= 2700, part + " is " + tall + " px tall, above 2,700");
        // Every control reached by Tab in reading order, its focus seen (issue 19)
        Browser.KeyboardWalk walk = browser.walkByKeyboard();
        System.out.printf(
            "keyboard, case part %s: %d stops, lowest focus contrast %.2f:1 (%s), %d unreached%n",
            part,
            walk.stops(),
            walk.lowestFocusContrast(),
            walk.lowestAt(),
            walk.unreached().size());
        assertEquals(List.of(), walk.unreached(), part + ": controls Tab never reaches");
        assertTrue(walk.lowestFocusContrast() >= 3, part + ": a focus indicator below 3:1");
      }
      // At 320 CSS pixels each part reflows: nothing scrolls sideways (WCAG 1.4.10)
      browser.emulateWidth(320);
      for (String part : parts) {
        browser.follow(By.linkText(part));
        check(browser, "case-part-320-" + part.toLowerCase().replace(' ', '-'));
      }
      browser.emulateWidth(0);

      browser.follow(By.linkText("The plan"));
      browser.follow(By.linkText("Record a week of the phased return"));
      browser.type("planWeek:expected", "9");
      String refused = browser.send("planWeek:record");
      assertTrue(refused.contains("Choose the plan week"), refused);
      assertEquals(
          "9",
          browser.driver().findElement(By.id("planWeek:expected")).getAttribute("value"),
          "what was typed is kept on the task's page");
      browser.follow(By.linkText("Back to the plan"));
      assertTrue(browser.main().contains("Stage 2: the phased return"), browser.main());

      // The chronology: everything newest first, twenty a page, filtered by kind in the address.
      // Notes are added until the case's entries pass a page.
      browser.follow(By.linkText("Chronology"));
      int before = chronologyTotal(browser);
      int added = Math.max(1, 21 - before);
      browser.follow(By.linkText("Notes"));
      browser.send("note:add");
      assertInvalidWithItsMessage(browser, "note:text");
      for (int note = 1; note <= added; note++) {
        browser.type("note:text", "Telephoned home, call " + note);
        assertTrue(browser.send("note:add").contains("Note added."), browser.said());
      }
      browser.follow(By.linkText("Chronology"));
      assertEquals(before + added, chronologyTotal(browser));
      List<String> newest = chronologyWhat(browser);
      assertEquals(20, newest.size(), "a page of twenty: " + newest);
      assertEquals("Note", newest.get(0), "newest first");
      assertTrue(newest.stream().anyMatch(what -> what.startsWith("History")), newest.toString());
      browser.follow(By.linkText("Older"));
      List<String> older = chronologyWhat(browser);
      assertEquals("History: Case opened", older.get(older.size() - 1), "the oldest last");
      browser.choose("show", "Notes");
      browser.follow(By.cssSelector("form[aria-label='Filter the chronology'] button"));
      assertTrue(
          browser.driver().getCurrentUrl().contains("show=note"), browser.driver().getCurrentUrl());
      List<String> notes = chronologyWhat(browser);
      assertFalse(notes.isEmpty(), "the case has notes");
      assertTrue(notes.stream().allMatch(what -> what.startsWith("Note")), notes.toString());
      check(browser, "case-chronology-notes");

      browser.open("/reintegration/case.xhtml?id=" + caseId + "&part=messages");
      assertTrue(
          browser.said().contains("Messages and letters are read by inclusion officers only"),
          browser.said());
      browser.open("/reintegration/case.xhtml?id=" + caseId + "&part=%3Cscript%3E");
      assertTrue(browser.said().contains("A case has no such part"), browser.said());
      assertTrue(browser.main().contains("Latest events"), "the summary is shown instead");
    }
  }

  /**
   * Olive Academy's case in preparation (the demo's Kai Thompson), open in the browser while a
   * colleague (or the same person in another window) records consent through the API: the browser's
   * step meets a case saved since, says so, and shows the colleague's change; the note typed
   * meanwhile is saved, and the step taken again is refused by the rule it breaks, in words.
   */
  private static void staleFormLosesNothing(PayaraMicroServer server, Browser browser) {
    WebElement draft =
        browser.driver().findElements(By.cssSelector("#cases tr")).stream()
            .filter(row -> row.getText().contains("Kai Thompson"))
            .findFirst()
            .orElseThrow()
            .findElement(By.tagName("a"));
    String caseId = draft.getText().replace("Case ", "");
    browser.open("/reintegration/case.xhtml?id=" + caseId + "&part=summary&task=check");
    long version =
        Json.createReader(
                new StringReader(
                    Http.apiClientAs("demo-ap-olive", DeployedApplication.DEMO_PASSWORD)
                        .getAs(server.uri("/reintegration/api/cases/" + caseId), "application/json")
                        .body()))
            .readObject()
            .getJsonNumber("version")
            .longValue();
    HttpResponse<String> consent =
        Http.apiClientAs("demo-ap-olive", DeployedApplication.DEMO_PASSWORD)
            .postJson(
                server.uri("/reintegration/api/cases/" + caseId + "/steps/consent"),
                "{\"version\":"
                    + version
                    + ",\"givenBy\":\"Mother\",\"givenOn\":\"2026-11-02\","
                    + "\"howObtained\":\"At a meeting\",\"fullUnderstanding\":true}");
    assertEquals(200, consent.statusCode(), consent.body());

    browser.follow(By.id("submit:send"));
    String said = browser.driver().findElement(By.id("messages")).getText();
    assertTrue(said.contains("Someone else saved this after you opened it"), said);
    assertTrue(
        browser.driver().findElement(By.tagName("main")).getText().contains("Given by Mother"),
        "the colleague's change is shown");
    check(browser, "case-stale");

    browser.follow(By.linkText("Notes"));
    browser.driver().findElement(By.id("note:text")).sendKeys("Spoke to mum about the return.");
    String noted = browser.send("note:add");
    assertTrue(noted.contains("Note added."), noted);
    String notes = browser.driver().findElement(By.id("notes")).getText();
    assertTrue(notes.contains("Spoke to mum"), notes);

    browser.follow(By.linkText("Summary"));
    browser.follow(By.linkText("Check the answers and submit the referral"));
    browser.follow(By.id("submit:send"));
    String refused = browser.driver().findElement(By.id("messages")).getText();
    assertTrue(refused.matches("(?s).*R\\d+ \\(policy P\\d.*"), "refused by a rule: " + refused);
    check(browser, "case-refused");

    expiredFormSaysSoAndLeadsBack(server, caseId);
  }

  /**
   * A form sent from a page the server no longer holds (the session ended and began again, or the
   * page was left open across a restart): the person is told, nothing is saved, and the link leads
   * back to the same case (issue 5, item 10).
   */
  private static void expiredFormSaysSoAndLeadsBack(PayaraMicroServer server, String caseId) {
    Http olive = Http.browserSignedInAs(server, "demo-ap-olive", DeployedApplication.DEMO_PASSWORD);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("note", "note");
    form.put("note:caseId", caseId);
    form.put("note:text", "Typed on a page left open overnight");
    form.put("note:add", "Add the note");
    form.put("jakarta.faces.ViewState", "-1234567890:987654321");
    HttpResponse<String> expired = olive.post(server.uri("/reintegration/case.xhtml"), form);
    assertEquals(302, expired.statusCode(), expired.body());
    String back = expired.headers().firstValue("Location").orElse("");
    assertTrue(back.endsWith("/reintegration/case.xhtml?id=" + caseId), back);
    String page =
        olive
            .getAs(URI.create(back).isAbsolute() ? URI.create(back) : server.uri(back), "text/html")
            .body();
    assertTrue(page.contains("This page had expired, so what you sent was not saved"), page);
    assertFalse(
        olive
            .getAs(server.uri("/reintegration/case.xhtml?id=" + caseId), "text/html")
            .body()
            .contains("left open overnight"),
        "nothing was saved");
  }

  /** The plan as PDF from the case page's button, sent as the page's form sends it. */
  private static void planOfTheCase(PayaraMicroServer server, String casePage) {
    Http officer =
        Http.browserSignedInAs(server, "demo-inclusion-1", DeployedApplication.DEMO_PASSWORD);
    Map<String, String> form = new LinkedHashMap<>();
    Http.hiddenFields(officer.getAs(URI.create(casePage), "text/html").body())
        .forEach(
            (name, value) -> {
              if (name.equals("planPdf")
                  || name.startsWith("planPdf:")
                  || name.equals("drawnStatus")
                  || name.startsWith("jakarta.faces.")
                  || name.equals("primefaces.nonce")) {
                form.put(name, value);
              }
            });
    form.put("planPdf:download", "Download the Reintegration Plan (PDF)");
    HttpResponse<byte[]> plan = officer.postForBytes(server.uri("/reintegration/case.xhtml"), form);
    assertEquals(200, plan.statusCode());
    assertEquals("application/pdf", plan.headers().firstValue("Content-Type").orElse(""));
    String text = Pdf.text(plan.body());
    for (String part :
        List.of(
            "Reintegration Plan",
            "Amira Haddad",
            "Stage 1: readiness to return",
            "Stage 2: the phased return",
            "Stage 3: transition planning",
            "Stage 4: evaluation of the phased return",
            // What the policy's form has and the plan lacked (issue 18, item 8)
            "Date of birth",
            "Inclusion officer",
            "Attendance in mainstream",
            "Closing the reintegration",
            "OFFICIAL-SENSITIVE   Page 1")) {
      assertTrue(text.contains(part), part + " in " + text);
    }
  }

  /** The field is marked invalid and described by its message, which says what to do. */
  private static void assertInvalidWithItsMessage(Browser browser, String field) {
    WebElement input = browser.driver().findElement(By.id(field));
    assertEquals("true", input.getAttribute("aria-invalid"), field + " is marked invalid");
    assertEquals("true", input.getAttribute("aria-required"), field + " is marked required");
    String message =
        browser.driver().findElement(By.id(input.getAttribute("aria-describedby"))).getText();
    assertFalse(message.isBlank(), field + " is described by its message");
    assertTrue(browser.driver().getTitle().startsWith("Error: "), browser.driver().getTitle());
  }

  /** How many entries the whole chronology holds, as its pages say: "Page 1 of 2, 21 entries". */
  private static int chronologyTotal(Browser browser) {
    Matcher said = Pattern.compile("Page \\d+ of \\d+, (\\d+) entr").matcher(browser.main());
    assertTrue(said.find(), browser.main());
    return Integer.parseInt(said.group(1));
  }

  /** The "What" of each entry of the chronology shown. */
  private static List<String> chronologyWhat(Browser browser) {
    return browser
        .driver()
        .findElements(By.cssSelector("#chronology_data tr td:nth-child(2)"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The rows of the cases list, each as its cells' text. */
  private static List<String> rowsOfTheList(Browser browser) {
    return browser.driver().findElements(By.cssSelector("#list\\:cases_data tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static void check(Browser browser, String page) {
    browser.check(page);
  }
}
