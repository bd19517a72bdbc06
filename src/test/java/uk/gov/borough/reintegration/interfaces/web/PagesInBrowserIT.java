package uk.gov.borough.reintegration.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.gov.borough.reintegration.test.Browser;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;

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
      amira.click();
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

      browser.open("/reintegration/case.xhtml?id=987654321");
      assertEquals("Page not found", browser.driver().findElement(By.tagName("h1")).getText());

      browser.open("/reintegration/");

      browser.driver().findElement(By.linkText("Cases")).click();
      check(browser, "cases");
      new Select(browser.driver().findElement(By.id("list:status")))
          .selectByVisibleText("Referred to the panel");
      browser.driver().findElement(By.id("list:filter")).click();
      browser.awaitAjax();
      List<WebElement> rows =
          browser.driver().findElements(By.cssSelector("#list\\:cases_data tr"));
      assertFalse(rows.isEmpty(), "demo cases referred to the panel");
      assertTrue(
          rows.stream().allMatch(row -> row.getText().contains("Referred to the panel")),
          "only the cases the filter names: " + rows.stream().map(WebElement::getText).toList());
      check(browser, "cases-filtered");

      browser.driver().findElement(By.linkText("Establishments")).click();
      assertEquals(
          "Establishments taking part", browser.driver().findElement(By.tagName("h1")).getText());
      check(browser, "establishments");
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
    }
  }

  /**
   * Olive Academy's case in preparation, open in the browser while a colleague (or the same person
   * in another window) records consent through the API: the browser's step meets a case saved
   * since, says so, and shows the colleague's change; the note typed meanwhile is saved, and the
   * step taken again is refused by the rule it breaks, in words.
   */
  private static void staleFormLosesNothing(PayaraMicroServer server, Browser browser) {
    WebElement draft =
        browser.driver().findElements(By.cssSelector("#cases tr")).stream()
            .filter(row -> row.getText().contains("submit the referral"))
            .findFirst()
            .orElseThrow()
            .findElement(By.tagName("a"));
    String caseId = draft.getText().replace("Case ", "");
    draft.click();
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

    browser.driver().findElement(By.id("steps:submitReferral")).click();
    String said = browser.driver().findElement(By.id("messages")).getText();
    assertTrue(said.contains("Someone else saved this case after you opened it"), said);
    assertTrue(
        browser.driver().findElement(By.tagName("main")).getText().contains("Given by Mother"),
        "the colleague's change is shown");
    check(browser, "case-stale");

    browser.driver().findElement(By.id("note:text")).sendKeys("Spoke to mum about the return.");
    browser.driver().findElement(By.id("note:add")).click();
    assertTrue(browser.driver().findElement(By.id("messages")).getText().contains("Note added."));
    assertTrue(browser.driver().findElement(By.id("notes")).getText().contains("Spoke to mum"));

    browser.driver().findElement(By.id("steps:submitReferral")).click();
    String refused = browser.driver().findElement(By.id("messages")).getText();
    assertTrue(refused.matches("(?s).*R\\d+ \\(policy P\\d.*"), "refused by a rule: " + refused);
    check(browser, "case-refused");
  }

  private static void check(Browser browser, String page) {
    browser.screenshot(page);
    List<String> violations = browser.accessibilityViolations();
    System.out.printf("axe-core, page %s: %d violations%n", page, violations.size());
    assertTrue(violations.isEmpty(), page + ": " + violations);
  }
}
