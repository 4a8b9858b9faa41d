package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.gyomu.registry.FiscalPeriod;
import jp.gyomu.registry.RegistryService;
import jp.gyomu.support.Browser;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.HeadlessChromium;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Under their Content-Security-Policy the pages still work in a real browser (headless Chromium):
 * the dashboard draws its charts and bars, Swagger UI renders, Cockpit shows its login, and the
 * browser reports no blocked script or style.
 */
@Browser
class ContentSecurityPolicyBrowserTest extends GyomuIntegrationTest {

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RegistryService registry;
  @TempDir Path profile;
  ChromeDriver browser;

  @BeforeEach
  void startBrowser() {
    Caller.ensureUsers(identity);
    // the progress bar needs the year's target; the shared test registry has no demo
    int year = FiscalPeriod.halfContaining(LocalDate.now()).fiscalYear();
    if (registry.target(year).isEmpty()) {
      registry.setTarget(year, 30, "test");
    }
    var options = HeadlessChromium.options(profile, 1400, 1200);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    browser = HeadlessChromium.start(options);
  }

  @AfterEach
  void stopBrowser() {
    browser.quit();
  }

  @Test
  void gyomusPagesSwaggerUiAndCockpitWorkUnderTheirPolicies() {
    browser.get(url("/login"));
    browser.findElement(By.name("username")).sendKeys(Caller.MANAGER.user());
    browser.findElement(By.name("password")).sendKeys(Caller.MANAGER.password());
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    // the next navigation would cancel the login form's submission if it were still on its way
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(b -> !b.getCurrentUrl().contains("/login"));

    browser.get(url("/dashboard"));
    Long bars =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "const c = Chart.getChart('chart-months');"
                        + " return c ? c.data.labels.length : -1;");
    assertThat(bars).as("Chart.js drew the monthly chart").isEqualTo(12);
    @SuppressWarnings("unchecked")
    List<String> widths =
        (List<String>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return Array.from(document.querySelectorAll('.bar span'))"
                        + ".map(e => e.style.width);");
    assertThat(widths)
        .as("inline style attributes (the progress bar) still apply")
        .isNotEmpty()
        .allSatisfy(w -> assertThat(w).endsWith("%"));

    browser.get(url("/swagger-ui/index.html"));
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .info")));

    browser.get(url("/camunda/app/cockpit/default/"));
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=password]")));

    List<String> blocked =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(m -> m.contains("Content Security Policy"))
            .toList();
    assertThat(blocked).as("what the browser refused to load or run").isEmpty();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
