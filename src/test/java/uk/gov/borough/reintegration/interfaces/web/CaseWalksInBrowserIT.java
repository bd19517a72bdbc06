package uk.gov.borough.reintegration.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.gov.borough.reintegration.test.Browser;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;

/**
 * Cases walked through the staff screens in headless Chromium, each person signing in for their own
 * part as the policy hands the case on (issue 5): a permanently excluded pupil from the referral to
 * a completed return, and a direction off-site that breaks down and goes back to the referring
 * school. Every form is filled as a person would, and what each step says is checked. Dates sit
 * inside the demo's example calendar for 2026/27, as in CaseWorkflowHttpIT.
 */
@ExtendWith(DeployedApplication.class)
class CaseWalksInBrowserIT {

  private static final String OLIVE = "demo-ap-olive";
  private static final String KORU = "demo-ap-koru";
  private static final String BRAMBLEWOOD = "demo-school-bramblewood";
  private static final String OFFICER = "demo-inclusion-1";

  private static final String TODAY =
      LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

  @Test
  @DisplayName("P4-P9 in the browser: a permanent exclusion from referral to a completed return")
  void permanentExclusionFromReferralToCompletion(PayaraMicroServer server) {
    try (Browser browser = new Browser(server)) {
      browser.signInByKeyboard(OLIVE, DeployedApplication.DEMO_PASSWORD);
      String caseId =
          openReferral(
              browser, "Pember", "Harriet Pemberton", "Permanent exclusion", "Olive Academy");
      browser.check("walk-draft");

      addMother(browser, "Joanne Pemberton", "parent:email", "joanne.pemberton@example.com");
      browser.tick("consent:understanding");
      assertSays(browser.send("consent:record"), "Consent recorded.");

      // The draft is a task list; submitting comes last, after the answers are checked (issue 18)
      part(browser, "Summary");
      assertEquals("Completed", progressOf(browser, "Consent"));
      assertEquals("Not started", progressOf(browser, "Stage 1: readiness to return"));
      browser.follow(By.linkText("Check the answers and submit the referral"));
      assertTrue(browser.main().contains("The referral cannot be submitted yet"), browser.main());
      browser.check("walk-check-answers");
      assertSays(browser.send("submit:send"), "R3 (policy P7");
      onTrackWithUniform(browser);
      part(browser, "Summary");
      browser.type("apStart:on", "03/11/2026");
      assertSays(browser.send("apStart:record"), "AP start recorded");
      attachTheReferralForm(browser);
      downloadTheReferralForm(server, caseId);
      part(browser, "The plan");
      assertEquals(
          12,
          browser.driver().findElements(By.cssSelector("#phasedReturn_data tr")).size(),
          "the phased return is planned week by week");
      // The provider names its own lead from the people known at Olive Academy (issue 16); the
      // deadline it answers for shows them
      part(browser, "Overview and parties");
      browser.choose("lead0:person", "Gareth Pryce (gareth.pryce@example.org)");
      assertSays(browser.send("lead0:save"), "The current school or AP lead is named.");
      part(browser, "Deadlines");
      assertEquals(
          "Gareth Pryce",
          browser
              .driver()
              .findElement(
                  By.xpath("//*[@id='deadlines']//tr[contains(., '4-week review')]/td[last()]"))
              .getText());
      part(browser, "Summary");
      browser.follow(By.linkText("Check the answers and submit the referral"));
      assertSays(browser.send("submit:send"), "Referral submitted to the panel.");
      browser.signOut();

      ratifiedAtPanel(browser, "Harriet Pemberton", "21/01/2027", "Thursday 21 January 2027");

      browser.signInByKeyboard(OLIVE, DeployedApplication.DEMO_PASSWORD);
      browser.open("/reintegration/case.xhtml?id=" + caseId);
      assertTrue(browser.main().contains("Planning the return"), browser.main());
      arrangeMeeting(browser, "Planning meeting", "25/01/2027", "15:30", "16:30");
      recordAsHeld(browser, "Monday 25 January 2027");
      assertEquals(
          "Harriet Pemberton",
          browser.driver().findElement(By.id(attendee(browser, "Pupil"))).getAttribute("value"),
          "the invitees are filled in from the case");
      browser.type(attendee(browser, "Receiving school"), "Head of Year 9");
      browser.tick(attendee(browser, "Receiving school").replace(":name", ":present"));
      browser.type("held:keyStaff", "Mr Adeyemi");
      browser.type("held:buddy", "Sam");
      assertSays(browser.send("held:record"), "Meeting recorded as held.");
      readinessShown(browser);
      browser.signOut();

      browser.signInByKeyboard(BRAMBLEWOOD, DeployedApplication.DEMO_PASSWORD);
      browser.open("/reintegration/case.xhtml?id=" + caseId);
      arrangeMeeting(browser, "Transition planning meeting", "28/01/2027", "09:00", "10:00");
      recordAsHeld(browser, "Thursday 28 January 2027");
      for (String[] came :
          new String[][] {
            {"Receiving school", "Head of Year 9"},
            {"Referring school", "Olive lead"},
            {"Pupil", "Harriet"}
          }) {
        String name = attendee(browser, came[0]);
        browser.type(name, came[1]);
        browser.tick(name.replace(":name", ":present"));
      }
      WebElement sendHandover =
          browser.driver().findElement(By.xpath("//label[contains(., 'SEND handover')]"));
      browser.type(sendHandover.getAttribute("for"), "None needed");
      assertSays(browser.send("held:record"), "Meeting recorded as held.");
      browser.check("walk-meetings");
      part(browser, "Summary");
      browser.type("start:on", "01/02/2027");
      assertSays(browser.send("start:record"), "First day recorded");
      part(browser, "The plan");
      task(browser, "Record a week of the phased return");
      // A week of the phased return is named by the Monday it commences (issue 18)
      WebElement weeks = browser.driver().findElement(By.id("planWeek:week"));
      String firstWeek =
          new Select(weeks)
              .getOptions().stream()
                  .map(WebElement::getText)
                  .filter(shown -> shown.startsWith("Week 1, week commencing "))
                  .findFirst()
                  .orElseThrow();
      browser.choose(weeks, firstWeek);
      browser.type("planWeek:expected", "1");
      browser.type("planWeek:actual", "1");
      browser.type("planWeek:punctual", "1");
      assertSays(browser.send("planWeek:record"), "Week 1 of the phased return recorded.");
      assertTrue(browser.main().contains("1 expected, 1 attended, 1 on time"), browser.main());
      // A review meeting records what was discussed and each action agreed, with its owner and
      // its date; the form is the review meeting's, not every kind's (issue 18)
      arrangeMeeting(browser, "Review meeting", "05/02/2027", "15:00", "15:45");
      recordAsHeld(browser, "Friday 5 February 2027");
      assertTrue(
          browser.driver().findElements(By.id("held:keyStaff")).isEmpty(),
          "no planning meeting's fields on a review meeting");
      browser.type("held:discussed", "First week settled; maths set to review");
      browser.type("held:actions:0:action", "Move to the higher maths set");
      browser.type("held:actions:0:owner", "Mr Adeyemi");
      browser.type("held:actions:0:dueOn", "12/02/2027");
      assertSays(browser.send("held:record"), "Meeting recorded as held.");
      assertTrue(
          browser.main().contains("Agreed: Mr Adeyemi, by 12 Feb 2027")
              && browser.main().contains("Move to the higher maths set"),
          browser.main());
      // A meeting is cancelled from its row, on a page that asks once more
      arrangeMeeting(browser, "Review meeting", "12/02/2027", "15:00", "15:45");
      browser.follow(
          By.xpath(
              "//*[@id='meetings']//tr[contains(., 'Friday 12 February 2027')]"
                  + "//a[normalize-space(.)='Cancel']"));
      assertSays(browser.send("cancel:confirm"), "Meeting cancelled.");
      assertTrue(
          browser
              .driver()
              .findElement(
                  By.xpath("//*[@id='meetings']//tr[contains(., 'Friday 12 February 2027')]"))
              .getText()
              .contains("Cancelled"));
      part(browser, "Summary");
      assertSays(browser.send("liaison:begin"), "Liaison with the provider begun.");
      browser.choose("signOff:party", "The receiving school");
      browser.type("signOff:on", TODAY);
      assertSays(browser.send("signOff:record"), "Sign-off recorded.");
      browser.signOut();

      browser.signInByKeyboard(OLIVE, DeployedApplication.DEMO_PASSWORD);
      browser.open("/reintegration/case.xhtml?id=" + caseId);
      part(browser, "The plan");
      task(browser, "Record an evaluation");
      browser.choose("evaluation:question", "Week 1: Did pupil settle well? If not why?");
      browser.choose("evaluation:answer", "Yes");
      browser.type("evaluation:comments", "Settled well");
      browser.type("evaluation:attendance", "100");
      browser.type("evaluation:punctuality", "100");
      assertSays(browser.send("evaluation:record"), "Evaluation recorded.");
      part(browser, "Summary");
      browser.choose("signOff:party", "The provider");
      browser.type("signOff:on", TODAY);
      assertSays(browser.send("signOff:record"), "Sign-off recorded.");
      assertTrue(browser.main().contains("Successful, to be acknowledged"), browser.main());
      browser.choose("roll:decision", "Moves to the receiving school's roll");
      browser.type("roll:on", TODAY);
      assertSays(browser.send("roll:record"), "R12");
      browser.signOut();

      browser.signInByKeyboard(OFFICER, DeployedApplication.DEMO_PASSWORD);
      browser.follow(By.linkText("IYFAP panel"));
      assertTrue(row(browser, "acknowledgement", "Harriet Pemberton").isDisplayed());
      browser.open("/reintegration/case.xhtml?id=" + caseId);
      assertSays(browser.send("acknowledge:acknowledge"), "Success acknowledged.");
      assertTrue(browser.main().contains("Messages and letters"), "the officer follows delivery");
      browser.signOut();

      browser.signInByKeyboard(OLIVE, DeployedApplication.DEMO_PASSWORD);
      browser.open("/reintegration/case.xhtml?id=" + caseId);
      browser.choose("roll:decision", "Moves to the receiving school's roll");
      browser.type("roll:on", TODAY);
      assertSays(browser.send("roll:record"), "Roll decision recorded.");
      browser.type("complete:on", TODAY);
      browser.type("complete:wentWell", "Buddy system");
      browser.type("complete:couldBeImproved", "Earlier timetable");
      assertSays(browser.send("complete:record"), "Transition completed.");
      assertTrue(browser.main().contains("The case is closed"), browser.main());
      part(browser, "Incidents and outcome");
      assertTrue(browser.main().contains("Moves to the receiving school's roll"), browser.main());
      browser.check("walk-completed");
    }
  }

  @Test
  @DisplayName("P5-P6 in the browser: a direction off-site breaks down and goes back (R10, R15)")
  void directionOffSiteBreaksDownAndReturns(PayaraMicroServer server) {
    try (Browser browser = new Browser(server)) {
      browser.signInByKeyboard(KORU, DeployedApplication.DEMO_PASSWORD);
      String caseId =
          openReferral(
              browser, "Horv", "Dominik Horvath", "Direction off-site", "Quillfield High School");
      addMother(browser, "Eva Horvath", "parent:address", "1 High Street, Example Town");
      assertSays(browser.send("consent:record"), "Consent recorded.");
      onTrackWithUniform(browser);
      part(browser, "Summary");
      browser.follow(By.linkText("Check the answers and submit the referral"));
      assertSays(browser.send("submit:send"), "Referral submitted to the panel.");
      browser.signOut();

      ratifiedAtPanel(browser, "Dominik Horvath", "28/01/2027", "Thursday 28 January 2027");

      browser.signInByKeyboard(KORU, DeployedApplication.DEMO_PASSWORD);
      browser.open("/reintegration/case.xhtml?id=" + caseId);
      readinessShown(browser);
      browser.type("start:on", "08/02/2027");
      assertSays(browser.send("start:record"), "First day recorded");
      browser.signOut();

      browser.signInByKeyboard(BRAMBLEWOOD, DeployedApplication.DEMO_PASSWORD);
      browser.open("/reintegration/case.xhtml?id=" + caseId);
      browser.type("ending:on", TODAY);
      browser.type("ending:what", "Walked out of lessons");
      assertSays(browser.send("ending:record"), "R10");
      browser.choose(
          "ending:category", "Possession of an offensive weapon (inside or outside of school)");
      browser.type("ending:what", "Knife found in bag");
      assertSays(browser.send("ending:record"), "Placement ended.");
      part(browser, "Incidents and outcome");
      assertTrue(browser.main().contains("Knife found in bag"), "the incident is on the case");
      browser.check("walk-broken-down");
      part(browser, "Summary");
      browser.choose("return:to", "The referring school");
      browser.type("return:reason", "Back to Quillfield with a support plan (R15)");
      assertSays(browser.send("return:record"), "Return recorded.");
      assertTrue(browser.main().contains("The case is closed"), browser.main());
    }
  }

  /** The pupil's mother added with the one address she has, and her consent typed in. */
  private static void addMother(Browser browser, String name, String addressField, String address) {
    part(browser, "Overview and parties");
    browser.type("parent:name", name);
    browser.type("parent:relationship", "Mother");
    browser.type(addressField, address);
    assertSays(browser.send("parent:add"), "Parent or carer added.");
    browser.type("consent:givenBy", name + " (mother)");
    browser.type("consent:givenOn", "20/11/2026");
    browser.type("consent:how", "Meeting at the provision");
  }

  /** Stage 1 on track (R3) and the referring school buying the uniform (R4). */
  private static void onTrackWithUniform(Browser browser) {
    part(browser, "The plan");
    task(browser, "Record Stage 1");
    browser.type("stage1:aims", "Re-engage with learning");
    browser.type("stage1:academic", "Reading age up a year");
    browser.type("stage1:behaviour", "No exclusions");
    browser.type("stage1:attendance", "95%");
    browser.choose("stage1:onTrack", "Yes, on track");
    assertSays(browser.send("stage1:record"), "Stage 1 recorded.");
    part(browser, "Overview and parties");
    browser.choose("uniform:funding", "The referring school buys it (free school meals funding)");
    browser.type("uniform:decidedOn", "20/11/2026");
    assertSays(browser.send("uniform:record"), "Uniform support recorded.");
  }

  /**
   * The inclusion officer schedules a hearing, lists the case at it from its row and ratifies it to
   * Bramblewood Academy from its agenda, then signs out (P4).
   */
  private static void ratifiedAtPanel(Browser browser, String pupil, String typed, String shown) {
    browser.signInByKeyboard(OFFICER, DeployedApplication.DEMO_PASSWORD);
    browser.follow(By.linkText("IYFAP panel"));
    browser.type("hearing:panelDate", typed);
    browser.type("hearing:agendaNotes", "Walk in the browser");
    assertSays(browser.send("hearing:schedule"), "Hearing scheduled.");
    WebElement waiting = row(browser, "waiting", pupil);
    browser.choose(waiting.findElement(By.tagName("select")), shown);
    assertSays(
        browser.send(waiting.findElement(By.cssSelector("input[type=submit]"))),
        "Case listed at the hearing.");
    browser.check("walk-panel-agenda");
    long placedBefore = placedAt(browser, "Bramblewood Academy");
    WebElement agenda = agendaCase(browser, pupil);
    browser.choose(agenda.findElement(By.cssSelector("select[id$=':outcome']")), "Ratified");
    browser.choose(
        agenda.findElement(By.cssSelector("select[id$=':school']")),
        "Bramblewood Academy (proposed)");
    assertSays(
        browser.send(agenda.findElement(By.cssSelector("input[type=submit]"))),
        "Decision recorded.");
    assertEquals(
        placedBefore + 1,
        placedAt(browser, "Bramblewood Academy"),
        "beside the decisions, the pupils placed at each school this school year");
    browser.signOut();
  }

  /** The pupils the panel placed at the school this school year, as the panel page counts them. */
  private static long placedAt(Browser browser, String school) {
    return Long.parseLong(
        browser
            .driver()
            .findElement(
                By.xpath("//*[@id='placed']//tbody/tr[contains(., '" + school + "')]/td[last()]"))
            .getText()
            .replaceAll("\\D", ""));
  }

  /** Progress shown to the receiving school and the return discussed (R2). */
  private static void readinessShown(Browser browser) {
    part(browser, "Summary");
    browser.type("readiness:progressShownOn", "25/11/2026");
    browser.type("readiness:returnDiscussedOn", "26/11/2026");
    assertSays(browser.send("readiness:record"), "Readiness recorded.");
  }

  /**
   * The Inclusions Gateway Referral attached as a PDF (P4); a program named like a form is refused
   * by what it is, not by its name.
   */
  private static void attachTheReferralForm(Browser browser) {
    part(browser, "Documents");
    try {
      Path program = Files.createTempFile("referral", ".pdf");
      Files.write(program, new byte[] {'M', 'Z', 0, 0, 1, 2, 3});
      browser.type("attach:title", "Inclusions Gateway Referral");
      browser.choose("attach:kind", "Inclusions Gateway Referral");
      browser.driver().findElement(By.id("attach:file")).sendKeys(program.toString());
      assertSays(browser.send("attach:attach"), "Attach a PDF, a Word document (.docx)");

      Path form = Files.createTempFile("inclusions-gateway-referral", ".pdf");
      Files.write(
          form,
          "%PDF-1.4\n% The referral as the provider sent it\n".getBytes(StandardCharsets.US_ASCII));
      browser.type("attach:title", "Inclusions Gateway Referral");
      browser.choose("attach:kind", "Inclusions Gateway Referral");
      browser.driver().findElement(By.id("attach:file")).sendKeys(form.toString());
      assertSays(browser.send("attach:attach"), "Document attached.");
      String documents = browser.driver().findElement(By.id("documentList:documents")).getText();
      assertTrue(documents.contains("Inclusions Gateway Referral"), documents);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The attached form downloaded from the case page's button, as the page's form sends it. */
  private static void downloadTheReferralForm(PayaraMicroServer server, String caseId) {
    Http olive = Http.browserSignedInAs(server, OLIVE, DeployedApplication.DEMO_PASSWORD);
    String page =
        olive
            .getAs(
                server.uri("/reintegration/case.xhtml?id=" + caseId + "&part=documents"),
                "text/html")
            .body();
    Matcher document = Pattern.compile("documentId['\"]?\\s*[:,]\\s*['\"](\\d+)").matcher(page);
    assertTrue(document.find(), "the download button names its document: " + page);
    Map<String, String> form = new LinkedHashMap<>();
    Http.hiddenFields(page)
        .forEach(
            (name, value) -> {
              if (name.startsWith("documentList")
                  || name.equals("part")
                  || name.startsWith("jakarta.faces.")
                  || name.equals("primefaces.nonce")) {
                form.put(name, value);
              }
            });
    form.put("documentList:documents:0:download", "Download");
    form.put("documentId", document.group(1));
    HttpResponse<byte[]> file = olive.postForBytes(server.uri("/reintegration/case.xhtml"), form);
    assertEquals(200, file.statusCode());
    assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"),
        "saved, never shown inside the section");
    assertTrue(new String(file.body(), StandardCharsets.US_ASCII).startsWith("%PDF-1.4"));
  }

  /** Opens a referral from the New referral page, finding the pupil as they are typed. */
  private static String openReferral(
      Browser browser, String typed, String pupil, String route, String referringSchool) {
    browser.follow(By.linkText("New referral"));
    browser.check("referral-" + route.replace(' ', '-').toLowerCase());
    browser.driver().findElement(By.id("referral:pupil_input")).sendKeys(typed);
    WebElement offered =
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath(
                        "//li[contains(@class,'ui-autocomplete-item')][contains(., '"
                            + pupil
                            + "')]")));
    assertTrue(offered.getText().contains(pupil), offered.getText());
    // The first pupil offered is highlighted: Enter takes it, as from the keyboard
    browser.driver().findElement(By.id("referral:pupil_input")).sendKeys(Keys.ENTER);
    browser.awaitAjax();
    browser.choose("referral:route", route);
    browser.choose("referral:referringSchool", referringSchool);
    browser.choose("referral:proposedSchool", "Bramblewood Academy");
    assertSays(browser.send("referral:open"), "Referral opened as a draft.");
    String heading = browser.driver().findElement(By.tagName("h1")).getText();
    assertTrue(heading.endsWith(": " + pupil), heading);
    return heading.replaceAll("^Case (\\d+):.*$", "$1");
  }

  private static void arrangeMeeting(
      Browser browser, String kind, String on, String starts, String ends) {
    part(browser, "Meetings");
    task(browser, "Arrange a meeting");
    browser.choose("meeting:kind", kind);
    browser.type("meeting:on", on);
    browser.type("meeting:starts", starts);
    browser.type("meeting:ends", ends);
    browser.type("meeting:location", "Bramblewood Academy");
    assertSays(browser.send("meeting:arrange"), "Meeting arranged.");
  }

  /** Where an item of the draft referral's task list stands, as its tag says. */
  private static String progressOf(Browser browser, String item) {
    return browser
        .driver()
        .findElement(
            By.xpath("//ul[@id='referral-tasks']/li[a[normalize-space(.)='" + item + "']]/strong"))
        .getText();
  }

  /** Follows the link to a part of the case (issue 18), as a person would. */
  private static void part(Browser browser, String title) {
    browser.follow(
        By.xpath("//nav[@aria-label='Parts of this case']//a[normalize-space(.)='" + title + "']"));
  }

  /** Follows the link to a task of the part shown, a form on a page of its own. */
  private static void task(Browser browser, String title) {
    browser.follow(By.linkText(title));
  }

  /** Follows the "Record as held" link in the row of the meeting on that day. */
  private static void recordAsHeld(Browser browser, String day) {
    browser.follow(
        By.xpath(
            "//*[@id='meetings']//tr[contains(., '"
                + day
                + "')]//a[normalize-space(.)='Record as held']"));
  }

  /** The id of the name field of the attendance row for the party. */
  private static String attendee(Browser browser, String party) {
    return browser
        .driver()
        .findElement(By.xpath("//label[normalize-space(.)='" + party + ": name']"))
        .getAttribute("for");
  }

  private static WebElement row(Browser browser, String table, String pupil) {
    return browser.driver().findElements(By.cssSelector("#" + table + " tr")).stream()
        .filter(row -> row.getText().contains(pupil))
        .findFirst()
        .orElseThrow(() -> new AssertionError(pupil + " not in " + table + ": " + browser.main()));
  }

  private static WebElement agendaCase(Browser browser, String pupil) {
    return browser
        .driver()
        .findElement(
            By.xpath("//form[contains(@class,'agenda-case')][.//a[contains(., '" + pupil + "')]]"));
  }

  private static void assertSays(String said, String expected) {
    assertTrue(said.contains(expected), "expected \"" + expected + "\", the page said: " + said);
  }
}
