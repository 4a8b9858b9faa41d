package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cockpit's own login page (headless Chromium) still logs a person in through the stricter
 * WebappLoginGate: the form it posts is the one shape the gate lets through.
 */
@Browser
class WebappLoginBrowserTest extends GyomuIntegrationTest {

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @TempDir Path profile;
  ChromeDriver browser;

  @BeforeEach
  void startBrowser() {
    Caller.ensureUsers(identity);
    var options = HeadlessChromium.options(profile, 1400, 1200);
    browser = HeadlessChromium.start(options);
  }

  @AfterEach
  void stopBrowser() {
    browser.quit();
  }

  @Test
  void anOperatorLogsIntoCockpitThroughItsOwnLoginPage() {
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
    var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[ng-model=username]")))
        .sendKeys(Caller.OPERATOR.user());
    browser
        .findElement(By.cssSelector("input[ng-model=password]"))
        .sendKeys(Caller.OPERATOR.password());
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(
        ExpectedConditions.invisibilityOfElementLocated(
            By.cssSelector("input[ng-model=password]")));
    Object user =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[0];"
                    + " fetch('/camunda/api/admin/auth/user/default')"
                    + ".then(r => r.json()).then(j => done(j.userId), e => done(String(e)));");
    assertThat(user).isEqualTo(Caller.OPERATOR.user());
  }
}
