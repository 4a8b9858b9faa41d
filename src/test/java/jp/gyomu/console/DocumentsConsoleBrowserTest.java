package jp.gyomu.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import jp.gyomu.support.Browser;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.HeadlessChromium;
import jp.gyomu.support.Http;
import jp.gyomu.support.TestUsers;
import jp.gyomu.system.Roles;
import jp.gyomu.testdocs.FormSpec;
import jp.gyomu.testdocs.ScanLikeDocuments;
import jp.gyomu.testdocs.ScanVariant;
import jp.gyomu.testdocs.TestDocumentFiles;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An operator in Debian's headless Chromium: uploads a scan no type recognises, finds it waiting
 * for routing with the status filter, assigns it a type in the confirmation dialog and sees its
 * case start in the engine; the console in Japanese and English at 1280 and 1920 px, with nothing
 * wider than the window, kept as screenshots.
 */
@Browser
class DocumentsConsoleBrowserTest extends GyomuIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OPERATOR = "console-browser-operator";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @TempDir Path profile;
  @TempDir Path files;
  ChromeDriver browser;

  @BeforeEach
  void startBrowser() {
    TestUsers.ensure(identity, OPERATOR, Roles.OPERATOR_GROUP);
    var options = HeadlessChromium.options(profile, 1280, 1000);
    options.addArguments("--lang=ja");
    browser = HeadlessChromium.start(options);
  }

  @AfterEach
  void stopBrowser() {
    browser.quit();
  }

  @Test
  void anOperatorAssignsATypeToAScanWaitingForRoutingAndSeesItsCaseStart() throws Exception {
    logIn();
    browser.get(url("/documents?lang=ja"));
    Path scan = Files.write(files.resolve("会議録.png"), ConsoleScans.unrecognisedPage());
    browser.findElement(By.id("upload-file")).sendKeys(scan.toString());
    String link =
        waitUpTo(60)
            .until(b -> b.findElement(By.cssSelector("#upload-results a")))
            .getAttribute("href");
    String id = link.substring(link.lastIndexOf('/') + 1);

    // the list follows the document while it is read, until it waits for routing
    waitUpTo(120)
        .ignoring(StaleElementReferenceException.class)
        .until(
            b ->
                b.findElements(By.cssSelector("tr[data-id='" + id + "']")).stream()
                    .anyMatch(r -> "NEEDS_ROUTING".equals(r.getAttribute("data-status"))));
    new Select(browser.findElement(By.id("filter-status"))).selectByValue("NEEDS_ROUTING");
    browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
    waitUpTo(30).until(b -> b.getCurrentUrl().contains("status=NEEDS_ROUTING"));
    waitUpTo(30).until(b -> !b.findElements(By.cssSelector("tr[data-id='" + id + "']")).isEmpty());
    assertThat(browser.findElements(By.cssSelector("#documents-table tbody tr")))
        .allMatch(r -> "NEEDS_ROUTING".equals(r.getAttribute("data-status")));
    assertThat(browser.findElement(By.cssSelector("#count-NEEDS_ROUTING .n")).getText())
        .matches("[1-9][0-9]*");
    assertThat(browser.findElement(By.cssSelector("#count-NEEDS_ROUTING .label")).getText())
        .isEqualTo("振り分け待ち");

    browser.findElement(By.cssSelector("tr[data-id='" + id + "'] a")).click();
    waitUpTo(30).until(b -> b.findElement(By.id("action-assign")).isDisplayed());
    new Select(browser.findElement(By.id("assign-type"))).selectByValue("travel-expense");
    browser.findElement(By.id("action-assign")).click();
    waitUpTo(10).until(b -> b.findElement(By.id("confirm")).isDisplayed());
    assertThat(browser.findElement(By.id("confirm-text")).getText())
        .contains("会議録.png")
        .contains("travel-expense");
    screenshot("document-confirm-ja-1280.png");
    browser.findElement(By.id("confirm-comment")).sendKeys("旅費の添付資料");
    browser.findElement(By.id("confirm-ok")).click();

    waitUpTo(120).until(b -> b.findElement(By.id("doc-status")).getText().equals("案件開始"));
    var instances =
        new Http(port)
            .get(
                "/engine-rest/history/process-instance?processInstanceBusinessKey=" + id,
                OPERATOR,
                TestUsers.PASSWORD);
    var cases = JSON.readTree(instances.body());
    assertThat(cases).as(instances.body()).hasSize(1);
    assertThat(cases.get(0).get("processDefinitionKey").asText()).isEqualTo("travel-expense");
    String caseId = cases.get(0).get("id").asText();
    waitUpTo(10).until(b -> !b.findElements(By.id("link-cockpit")).isEmpty());
    assertThat(browser.findElement(By.id("link-cockpit")).getAttribute("href")).contains(caseId);
    assertThat(browser.findElement(By.cssSelector("#actions-table tbody")).getText())
        .contains(OPERATOR)
        .contains("旅費の添付資料");
    screenshot("document-case-started-ja-1280.png");
  }

  @Test
  void theConsoleFitsTheWindowInJapaneseAndEnglishAtTheNarrowestAndWidestScreens()
      throws Exception {
    Path scan =
        TestDocumentFiles.writePng(
            // a page of its own: a clean scan's pixels do not depend on the seed, and the same
            // bytes as another test's upload would rightly be a duplicate
            ScanLikeDocuments.render(
                numbered(FormSpec.travelExpense(), "CONSOLE-4711"), ScanVariant.CLEAN, 4711),
            files,
            "旅費精算書_console.png");
    var http = new Http(port);
    var uploaded =
        http.upload(
            "/api/documents",
            "旅費精算書_console.png",
            Files.readAllBytes(scan),
            "travel-expense",
            OPERATOR,
            TestUsers.PASSWORD);
    String id = JSON.readTree(uploaded.body()).get("id").asText();
    logIn();
    for (String lang : new String[] {"ja", "en"}) {
      for (int width : new int[] {1280, 1920}) {
        viewport(width);
        browser.get(url("/documents?lang=" + lang));
        waitUpTo(30).until(b -> !b.findElement(By.id("page-range")).getText().isBlank());
        assertFits(width, "documents-" + lang + "-" + width + ".png");
        assertThat(browser.findElement(By.tagName("h1")).getText())
            .isEqualTo(lang.equals("ja") ? "書類" : "Documents");
        browser.get(url("/documents/" + id));
        waitUpTo(120).until(b -> !b.findElements(By.cssSelector("#page-images img")).isEmpty());
        executeScript("document.getElementById('page-images').scrollIntoView();");
        waitUpTo(60)
            .until(
                b ->
                    (Boolean)
                        executeScript(
                            "const i = document.querySelector('#page-images img');"
                                + " return i.complete && i.naturalWidth > 0;"));
        executeScript("window.scrollTo(0, 0);");
        assertFits(width, "document-" + lang + "-" + width + ".png");
      }
    }
  }

  private Object executeScript(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private void assertFits(int width, String screenshot) throws IOException {
    screenshot(screenshot);
    Number scrollWidth = (Number) executeScript("return document.documentElement.scrollWidth;");
    assertThat(scrollWidth.intValue())
        .as("page width at %d px (%s)", width, screenshot)
        .isLessThanOrEqualTo(width);
  }

  private void viewport(int width) {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
  }

  private WebDriverWait waitUpTo(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds));
  }

  private void logIn() {
    browser.get(url("/login"));
    browser.findElement(By.name("username")).sendKeys(OPERATOR);
    browser.findElement(By.name("password")).sendKeys(TestUsers.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    waitUpTo(30).until((WebDriver b) -> !b.getCurrentUrl().contains("/login"));
  }

  private void screenshot(String name) throws IOException {
    Path target = Path.of("target", "screenshots", name);
    Files.createDirectories(target.getParent());
    Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static FormSpec numbered(FormSpec form, String reference) {
    return new FormSpec(
        form.title(),
        form.fields(),
        java.util.stream.Stream.concat(
                form.paragraphs().stream(), java.util.stream.Stream.of("整理番号 " + reference))
            .toList());
  }
}
