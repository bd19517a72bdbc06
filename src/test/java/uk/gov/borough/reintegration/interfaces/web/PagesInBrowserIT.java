package uk.gov.borough.reintegration.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import uk.gov.borough.reintegration.test.Browser;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.PayaraMicroServer;

/**
 * The pages there are so far, in headless Chromium: each screenshotted and checked by axe-core
 * against WCAG 2.2 AA (issue 5, item 9), and the sign-in made with the keyboard alone.
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
          "Reintegration", browser.driver().findElement(By.tagName("h1")).getText(), "signed in");
      check(browser, "home");
    }
  }

  private static void check(Browser browser, String page) {
    browser.screenshot(page);
    List<String> violations = browser.accessibilityViolations();
    System.out.printf("axe-core, page %s: %d violations%n", page, violations.size());
    assertTrue(violations.isEmpty(), page + ": " + violations);
  }
}
