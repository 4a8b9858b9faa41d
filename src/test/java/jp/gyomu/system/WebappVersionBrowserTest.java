package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import jp.gyomu.support.Browser;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.HeadlessChromium;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Anonymous visitors of the webapps (their login screens) are not told the engine's version: not in
 * the page Chromium renders, not in the HTML Gyomu serves, not in what the login screen's API calls
 * answer. (Camunda's own scripts still add it to the addresses of the files they load.)
 */
@Browser
class WebappVersionBrowserTest extends GyomuIntegrationTest {

  static final String VERSION = ProductPropertiesUtil.getProductVersion();

  @LocalServerPort int port;
  @TempDir Path profile;
  ChromeDriver browser;

  @BeforeEach
  void startBrowser() {
    var options = HeadlessChromium.options(profile, 1400, 1000);
    browser = HeadlessChromium.start(options);
  }

  @AfterEach
  void stopBrowser() {
    browser.quit();
  }

  @Test
  void theVersionIsKnownToThisTest() {
    assertThat(VERSION).matches("7\\.\\d+\\.\\d+.*");
  }

  @ParameterizedTest
  @ValueSource(strings = {"welcome", "cockpit", "tasklist", "admin"})
  void theLoginScreenShowsNoEngineVersion(String app) throws Exception {
    browser.get(url("/camunda/app/" + app + "/default/"));
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=password]")));
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(b -> !b.findElement(By.tagName("footer")).getText().isBlank());
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(
        shot,
        Path.of("target", "webapp-login-" + app + ".png"),
        StandardCopyOption.REPLACE_EXISTING);

    assertThat(browser.findElement(By.tagName("footer")).getText())
        .as("the footer Chromium shows")
        .contains("Camunda")
        .doesNotContain(VERSION);
    assertThat(browser.findElement(By.tagName("body")).getText())
        .as("what Chromium shows")
        .doesNotContain(VERSION)
        .doesNotContain("Camunda 7 CE");
    assertThat(browser.findElement(By.tagName("footer")).getAttribute("version")).isEmpty();
  }

  @Test
  void theWebappsAnswersToAnonymousCallsNameNoVersion() {
    var session = new BrowserSession(port);
    for (String path :
        new String[] {
          "/camunda/app/welcome/default/",
          "/camunda/app/admin/default/",
          "/camunda/api/engine/engine/",
          "/camunda/api/admin/auth/user/default",
        }) {
      assertThat(session.get(path).body()).as(path).doesNotContain(VERSION);
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
