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
