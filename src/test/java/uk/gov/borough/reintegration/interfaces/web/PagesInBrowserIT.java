package uk.gov.borough.reintegration.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.gov.borough.reintegration.test.Browser;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.PayaraMicroServer;

/**
 * The pages there are so far, in headless Chromium: each screenshotted and checked by axe-core
 * against WCAG 2.2 AA (issue 5, item 9); the sign-in made with the keyboard alone; My work as three
 * roles see it; the cases list filtered through Ajax.
 */
@ExtendWith(DeployedApplication.class)
class PagesInBrowserIT {

  @Test
  void everyPageHasNoAccessibilityViolationsAndSignInWorksFromTheKeyboard(
      PayaraMicroServer server) {
    try (Browser browser = new Browser(server)) {
      browser.open("/reintegration/login.xhtml");
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
    }
    try (Browser browser = new Browser(server)) {
      browser.signInByKeyboard("demo-portal-admin", DeployedApplication.DEMO_PASSWORD);
      assertEquals("My work", browser.driver().findElement(By.tagName("h1")).getText());
      check(browser, "my-work-portal-admin");
    }
  }

  private static void check(Browser browser, String page) {
    browser.screenshot(page);
    List<String> violations = browser.accessibilityViolations();
    System.out.printf("axe-core, page %s: %d violations%n", page, violations.size());
    assertTrue(violations.isEmpty(), page + ": " + violations);
  }
}
