package uk.gov.borough.reintegration.test;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver (both installed by {@code .ci/run}),
 * as staff meet the pages: it saves a screenshot of each page it is asked to, and runs axe-core's
 * WCAG 2.2 A and AA rules on it.
 */
public final class Browser implements AutoCloseable {

  private static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private final WebDriver driver;
  private final PayaraMicroServer server;
  private final Path screenshots;

  public Browser(PayaraMicroServer server) {
    this.server = server;
    this.screenshots =
        Path.of(System.getProperty("reintegration.test.workdir", "target"), "screenshots");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("reintegration.test.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(
                        System.getProperty(
                            "reintegration.test.chromedriver", "/usr/bin/chromedriver"))
                    .toFile())
            .build();
    this.driver = new ChromeDriver(service, options);
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * Draws pages as a screen this many CSS pixels wide does, as a phone at 320 (WCAG 1.4.10,
   * reflow); the window is narrower than Chromium lets a window be. Zero gives the window back.
   */
  public void emulateWidth(int cssPixels) {
    ChromeDriver chromium = (ChromeDriver) driver;
    if (cssPixels == 0) {
      chromium.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    } else {
      chromium.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", cssPixels, "height", 900, "deviceScaleFactor", 1, "mobile", true));
    }
  }

  public void open(String path) {
    driver.get(server.uri(path).toString());
  }

  /** Signs in on the sign-in page with the keyboard alone: type, Tab, type, Enter. */
  public void signInByKeyboard(String subject, String password) {
    open("/reintegration/login.xhtml");
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(By.id("signIn:name")).sendKeys(subject, Keys.TAB, password, Keys.ENTER);
    awaitReplaced(page);
  }

  /** Waits until PrimeFaces' Ajax queue is empty and jQuery has no request out: no sleeping. */
  public void awaitAjax() {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            page ->
                (Boolean)
                    ((JavascriptExecutor) page)
                        .executeScript(
                            "return (typeof PrimeFaces === 'undefined'"
                                + " || PrimeFaces.ajax.Queue.isEmpty())"
                                + " && (typeof jQuery === 'undefined' || jQuery.active === 0)"));
  }

  /** Clicks what leads to another page and waits until that page has replaced this one. */
  public void follow(By target) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(target).click();
    awaitReplaced(page);
  }

  /**
   * Waits until the page's root element is gone. Chromium answers a question about a node of a page
   * being replaced either "stale" or "does not belong to the document": both mean gone.
   */
  private void awaitReplaced(WebElement page) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            ignored -> {
              try {
                page.isEnabled();
                return false;
              } catch (StaleElementReferenceException gone) {
                return true;
              } catch (WebDriverException asked) {
                if (String.valueOf(asked.getMessage())
                    .contains("does not belong to the document")) {
                  return true;
                }
                throw asked;
              }
            });
  }

  /** Signs out with the section's own button and waits for the sign-in page. */
  public void signOut() {
    follow(By.id("signOut:submit"));
  }

  /** Types into the field with the id, replacing what it held. */
  public void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** Chooses the option of the list with the id by the words it shows, from the keyboard. */
  public void choose(String id, String shown) {
    choose(driver.findElement(By.id(id)), shown);
  }

  /**
   * Chooses the option by typing its words on the focused list, as a keyboard user does; fails if
   * the keyboard could not reach it (issue 5, item 9).
   */
  public void choose(WebElement list, String shown) {
    list.sendKeys(shown);
    String chosen = new Select(list).getFirstSelectedOption().getText();
    if (!chosen.equals(shown)) {
      throw new AssertionError("typing \"" + shown + "\" chose \"" + chosen + "\"");
    }
  }

  /** Ticks or clears the box with the id with the space bar. */
  public void tick(String id) {
    driver.findElement(By.id(id)).sendKeys(Keys.SPACE);
  }

  /**
   * Presses the button with the id from the keyboard (Enter), which sends its form, and returns
   * what the page then says in its messages: what was done, or why it was refused.
   */
  public String send(String buttonId) {
    return send(driver.findElement(By.id(buttonId)));
  }

  public String send(WebElement button) {
    WebElement page = driver.findElement(By.tagName("html"));
    button.sendKeys(Keys.ENTER);
    awaitReplaced(page);
    return said();
  }

  /** The page's messages, or nothing when it has none. */
  public String said() {
    return driver.findElements(By.id("messages")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** The text of the page's main part. */
  public String main() {
    return driver.findElement(By.tagName("main")).getText();
  }

  /**
   * Screenshots the page under the name, then asks axe-core for WCAG 2.2 AA violations, printing
   * how many and failing the test on any (issue 5, item 9).
   */
  public void check(String page) {
    screenshot(page);
    List<String> violations = accessibilityViolations();
    System.out.printf("axe-core, page %s: %d violations%n", page, violations.size());
    if (!violations.isEmpty()) {
      throw new AssertionError(page + ": " + violations);
    }
    List<String> errors = codeSnifferErrors();
    System.out.printf("HTML_CodeSniffer WCAG2AA, page %s: %d errors%n", page, errors.size());
    if (!errors.isEmpty()) {
      throw new AssertionError(page + ", HTML_CodeSniffer: " + errors);
    }
    List<String> leaks = leaks();
    if (!leaks.isEmpty()) {
      throw new AssertionError(page + " shows what is not words: " + leaks);
    }
    JavascriptExecutor script = (JavascriptExecutor) driver;
    long wide = (Long) script.executeScript("return document.documentElement.scrollWidth");
    long window = (Long) script.executeScript("return document.documentElement.clientWidth");
    long tall = (Long) script.executeScript("return document.documentElement.scrollHeight");
    System.out.printf(
        "page %s: %d px tall, %d px wide in a window %d px wide%n", page, tall, wide, window);
    if (wide > window) {
      throw new AssertionError(page + " scrolls sideways: " + wide + " px in " + window);
    }
  }

  /** What a walk of the page by Tab found (issue 19). */
  public record KeyboardWalk(
      int stops, double lowestFocusContrast, String lowestAt, List<String> unreached) {}

  /**
   * Walks the page by Tab from its top, as a keyboard user does: each control must be reached, in
   * the order it reads, and its focus indicator measured against what is around it (the better of
   * the indicator's two rings, WCAG 2.4.13).
   *
   * @throws AssertionError when the focus goes back up the page, or lands on the page itself
   */
  public KeyboardWalk walkByKeyboard() {
    JavascriptExecutor script = (JavascriptExecutor) driver;
    script.executeScript(
        "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
    List<?> controls =
        (List<?>)
            script.executeScript(
                "return Array.from(document.querySelectorAll("
                    + "'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]'))"
                    + ".filter(function (e) { var r = e.getBoundingClientRect();"
                    + "  return e.tabIndex >= 0 && !e.disabled && r.width > 0 && r.height > 0"
                    + "    && getComputedStyle(e).visibility !== 'hidden'; })");
    List<WebElement> reached = new ArrayList<>();
    double lowest = Double.MAX_VALUE;
    String lowestAt = "";
    WebElement previous = null;
    for (int stop = 0; stop < controls.size() + 5; stop++) {
      new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
      WebElement focused = driver.switchTo().activeElement();
      if (focused.getTagName().equals("body") || reached.contains(focused)) {
        break;
      }
      if (previous != null
          && (Long)
                  script.executeScript(
                      "return arguments[0].compareDocumentPosition(arguments[1]) & 2",
                      previous,
                      focused)
              != 0) {
        throw new AssertionError(
            "The focus went back up the page, from "
                + describe(previous)
                + " to "
                + describe(focused));
      }
      double contrast = focusContrast(focused);
      if (contrast < lowest) {
        lowest = contrast;
        lowestAt = describe(focused);
      }
      reached.add(focused);
      previous = focused;
    }
    List<String> unreached =
        controls.stream()
            .map(WebElement.class::cast)
            .filter(control -> !reached.contains(control))
            .map(this::describe)
            .toList();
    return new KeyboardWalk(reached.size(), lowest, lowestAt, unreached);
  }

  private String describe(WebElement element) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeScript(
                "var e = arguments[0]; return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                    + " + ' \\'' + (e.innerText || e.value || '').trim().slice(0, 40) + '\\''",
                element);
  }

  /**
   * The contrast of the focused control's indicator with what surrounds it: the better of its
   * outline and its outer ring against the nearest background behind the control.
   */
  private double focusContrast(WebElement focused) {
    Object ratio =
        ((JavascriptExecutor) driver)
            .executeScript(
                "function rgb(c) { var m = c.match(/[\\d.]+/g); return m ? m.slice(0, 4).map(Number) : null; }"
                    + "function lum(c) { return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2]); }"
                    + "function ch(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }"
                    + "function ratio(a, b) { var x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }"
                    + "var e = arguments[0], s = getComputedStyle(e);"
                    + "var back = [255, 255, 255];"
                    + "for (var p = e.parentElement; p; p = p.parentElement) {"
                    + "  var b = rgb(getComputedStyle(p).backgroundColor);"
                    + "  if (b && (b.length < 4 || b[3] > 0)) { back = b; break; } }"
                    + "var rings = [];"
                    + "if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) rings.push(rgb(s.outlineColor));"
                    + "var shadow = s.boxShadow.match(/rgba?\\([^)]*\\)/);"
                    + "if (shadow) rings.push(rgb(shadow[0]));"
                    + "return rings.length ? Math.max.apply(null, rings.map(function (r) { return ratio(r, back); })) : 1;",
                focused);
    return ((Number) ratio).doubleValue();
  }

  /**
   * HTML_CodeSniffer's errors at WCAG 2 AA on the page (issue 19): the engine pa11y runs, a second
   * opinion beside axe-core. It is loaded into the page's own scope, as a script of the page would
   * be, past the page's Content-Security-Policy, which no reader's browser would lift.
   */
  public List<String> codeSnifferErrors() {
    Path engine =
        Path.of(".ci", "accessibility", "node_modules", "html_codesniffer", "build", "HTMLCS.js");
    if (!Files.exists(engine)) {
      throw new AssertionError("HTML_CodeSniffer is not installed: run bash .ci/html-codesniffer");
    }
    try {
      ((ChromeDriver) driver)
          .executeCdpCommand("Runtime.evaluate", Map.of("expression", Files.readString(engine)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<?> errors =
        (List<?>)
            ((JavascriptExecutor) driver)
                .executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                        + "HTMLCS.process('WCAG2AA', document, function () {"
                        + "  done(HTMLCS.getMessages()"
                        + "    .filter(function (m) { return m.type === HTMLCS.ERROR; })"
                        + "    .map(function (m) {"
                        + "      var at = m.element.id ? '#' + m.element.id : m.element.nodeName;"
                        + "      return m.code + ' at ' + at + ': ' + m.msg; }));"
                        + "}, function () { done(['HTML_CodeSniffer could not run']); }, 'en');");
    return errors.stream().map(String::valueOf).toList();
  }

  /**
   * A raw key ("???History.X???"), an enum's name, an ISO date or a stored scale ("94.00%") in the
   * page's main text (issue 18, items 3 and 6): each with the words around it.
   */
  public List<String> leaks() {
    String text =
        (String)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return (document.querySelector('main') || document.body).innerText");
    List<String> leaks = new ArrayList<>();
    Matcher leak = LEAK.matcher(text);
    while (leak.find()) {
      leaks.add(
          text.substring(Math.max(0, leak.start() - 30), Math.min(text.length(), leak.end() + 30)));
    }
    return leaks;
  }

  private static final Pattern LEAK =
      Pattern.compile(
          "\\?\\?\\?|\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\d\\.\\d0%");

  /**
   * Saves the whole page, not only what the window shows, as the run's screenshot of that name: the
   * window is made as tall as the page for the picture.
   */
  public Path screenshot(String name) {
    Dimension window = driver.manage().window().getSize();
    long height =
        (Long)
            ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight");
    driver
        .manage()
        .window()
        .setSize(new Dimension(window.getWidth(), (int) Math.min(height + 120, 12000)));
    try {
      Files.createDirectories(screenshots);
      Path file = screenshots.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(window);
    }
  }

  /** axe-core's WCAG 2.2 A and AA violations on the page as it stands, each described. */
  public List<String> accessibilityViolations() {
    Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
    return results.getViolations().stream().map(Browser::describe).toList();
  }

  private static String describe(Rule violation) {
    return violation.getId()
        + " ("
        + violation.getImpact()
        + "): "
        + violation.getHelp()
        + " at "
        + violation.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
