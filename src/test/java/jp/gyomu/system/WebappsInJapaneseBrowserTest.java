package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.gyomu.process.CaseStarter;
import jp.gyomu.support.Await;
import jp.gyomu.support.Browser;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.HeadlessChromium;
import jp.gyomu.support.TestCases;
import jp.gyomu.support.WebappLogin;
import jp.gyomu.testdocs.FormSpec;
import jp.gyomu.testdocs.ScanLikeDocuments;
import jp.gyomu.testdocs.ScanVariant;
import jp.gyomu.testdocs.TestDocumentFiles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Camunda's webapps in headless Chromium: Japanese for a browser set to Japanese, English for one
 * set to English, either switchable from the header, which also links back to Gyomu's pages; the
 * Camunda 8 migration banner is on no page. Screenshots go to target/screenshots/webapps-*.png.
 */
@Browser
class WebappsInJapaneseBrowserTest extends GyomuIntegrationTest {

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired CaseStarter caseStarter;
  @Autowired PlatformTransactionManager transactions;
  @TempDir Path profile;
  @TempDir Path scans;
  ChromeDriver browser;

  @BeforeEach
  void users() {
    Caller.ensureUsers(identity);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aJapaneseBrowserGetsTasklistInJapaneseWithALinkBackToGyomu() throws Exception {
    String task = aScannedReviewClaimedBy(Caller.OPERATOR);
    start("ja");
    logIn("tasklist", Caller.OPERATOR);
    openTask(task);

    assertThat(tabs()).containsExactly("フォーム", "履歴", "図", "説明");
    assertThat(text(".tasks-list .sorting-choice, [cam-sorting-choices]")).contains("作成日時");
    assertThat(browser.getTitle()).isEqualTo("Gyomu タスク");
    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ja");
    WebElement back = browser.findElement(By.cssSelector(".cam-nav .gyomu-back a"));
    assertThat(back.getText()).isEqualTo("Gyomu に戻る");
    assertThat(back.getDomProperty("href")).isEqualTo(url("/"));
    assertThat(browser.findElement(By.cssSelector(".cam-nav .gyomu-language button")).getText())
        .isEqualTo("English");
    assertNoMigrationBanner();
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(b -> !b.findElements(By.cssSelector(".task-details img")).isEmpty());
    screenshot("webapps-tasklist-ja.png");
  }

  @Test
  void anEnglishBrowserGetsTasklistInEnglish() {
    String task = aReviewClaimedBy(Caller.OPERATOR);
    start("en-US");
    logIn("tasklist", Caller.OPERATOR);
    openTask(task);

    assertThat(tabs()).containsExactly("Form", "History", "Diagram", "Description");
    assertThat(browser.getTitle()).isEqualTo("Gyomu Tasklist");
    assertThat(browser.findElement(By.cssSelector(".cam-nav .gyomu-back a")).getText())
        .isEqualTo("Back to Gyomu");
    assertNoMigrationBanner();
    screenshot("webapps-tasklist-en.png");
  }

  @Test
  void aJapaneseBrowserSwitchesTasklistToEnglishFromTheHeaderAndGyomusPagesFollow() {
    String task = aReviewClaimedBy(Caller.OPERATOR);
    start("ja");
    logIn("tasklist", Caller.OPERATOR);
    openTask(task);
    assertThat(tabs()).startsWith("フォーム");

    browser.findElement(By.cssSelector(".cam-nav .gyomu-language button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(60)).until(b -> tabs().contains("Form"));
    assertThat(tabs()).containsExactly("Form", "History", "Diagram", "Description");
    assertThat(browser.manage().getCookieNamed("gyomu-lang").getValue()).isEqualTo("en");

    Object landing =
        browser.executeAsyncScript(
            "const done = arguments[0];"
                + " fetch('/').then(r => r.text()).then(done, e => done(String(e)));");
    assertThat(landing)
        .as("Gyomu's own page after the switch")
        .asString()
        .contains("Business automation platform");
  }

  @Test
  void cockpitAdminAndWelcomeAreInJapaneseWithoutTheMigrationBanner() {
    aReviewClaimedBy(Caller.OPERATOR);
    start("ja");
    logIn("cockpit", Caller.ADMIN);
    open("/camunda/app/cockpit/default/#/dashboard");
    awaitText("実行中のプロセスインスタンス");
    assertThat(text(".cam-nav .sections-menu, [cam-widget-header] .sections-menu"))
        .contains("プロセス", "決定", "ユーザータスク", "その他");
    assertNoMigrationBanner();
    screenshot("webapps-cockpit-ja.png");

    open("/camunda/app/cockpit/default/#/processes");
    awaitText("件のプロセス定義をデプロイ済み");
    screenshot("webapps-cockpit-processes-ja.png");

    // one login holds for all apps the user may use: logging in again would end it
    open("/camunda/app/admin/default/#/users");
    if (!shows("ユーザーの一覧", Duration.ofSeconds(60))) {
      // seen once on a fresh clone under load: Admin started on its login page; log in to it
      logIn("admin", Caller.ADMIN);
      open("/camunda/app/admin/default/#/users");
    }
    awaitText("ユーザーの一覧");
    assertThat(text(".cam-nav .sections-menu, [cam-widget-header] .sections-menu"))
        .contains("ユーザー", "グループ", "テナント", "権限", "システム");
    assertNoMigrationBanner();
    screenshot("webapps-admin-ja.png");

    open("/camunda/app/welcome/default/");
    awaitText("アプリケーション");
    assertThat(browser.findElement(By.cssSelector(".cam-nav .gyomu-back a")).getText())
        .isEqualTo("Gyomu に戻る");
    assertNoMigrationBanner();
    screenshot("webapps-welcome-ja.png");
  }

  /**
   * A travel expense claim scanned without its purpose (用務), dropped into the inbox: the real
   * intake reads it and its review waits with the page image.
   */
  private String aScannedReviewClaimedBy(Caller caller) throws IOException {
    var before =
        tasks.createTaskQuery().processDefinitionKey("travel-expense").list().stream()
            .map(org.camunda.bpm.engine.task.Task::getId)
            .collect(java.util.stream.Collectors.toSet());
    var claim = FormSpec.travelExpense();
    var withoutPurpose =
        new FormSpec(
            claim.title(),
            claim.fields().stream().filter(f -> !f.label().equals("用務")).toList(),
            java.util.stream.Stream.concat(
                    claim.paragraphs().stream(), java.util.stream.Stream.of("整理番号 JA-" + port))
                .toList());
    Path png =
        TestDocumentFiles.writePng(
            ScanLikeDocuments.render(withoutPurpose, ScanVariant.CLEAN, 21), scans, "旅費精算書");
    Path inbox = Files.createDirectories(dataDir().resolve("inbox").resolve("travel-expense"));
    Files.copy(png, inbox.resolve(png.getFileName()));
    var review =
        Await.until(
            "the scan's review",
            () ->
                tasks.createTaskQuery().processDefinitionKey("travel-expense").list().stream()
                    .filter(t -> !before.contains(t.getId()))
                    .findFirst()
                    .orElse(null));
    tasks.claim(review.getId(), caller.user());
    return review.getId();
  }

  private String aReviewClaimedBy(Caller caller) {
    var instance =
        new TestCases(caseStarter, transactions, runtime)
            .travelExpenseUnsureOfItsAmount(1_250_000L);
    var review =
        Await.until(
            "review",
            () -> tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult());
    tasks.claim(review.getId(), caller.user()); // Tasklist shows a task's form to its assignee only
    return review.getId();
  }

  /** Chromium whose languages (navigator.languages, Accept-Language) are {@code language}. */
  private void start(String language) {
    var options = HeadlessChromium.options(profile, 1400, 1000);
    options.addArguments("--lang=" + language);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    browser = HeadlessChromium.start(options);
  }

  /**
   * Logs in with the request the webapps' login page sends (its XSRF cookie as a header): the login
   * page itself is tested in WebappLoginBrowserTest.
   */
  private void logIn(String app, Caller caller) {
    WebappLogin.logIn(browser, url(""), app, caller.user(), caller.password());
  }

  /** Loads the page anew: after a login by API call the app must start again to see it. */
  private void open(String path) {
    browser.get("about:blank");
    browser.get(url(path));
  }

  private void openTask(String task) {
    open("/camunda/app/tasklist/default/#/?task=" + task);
    // Tasklist starting anew took over 90 s once with five builds sharing two cores
    new WebDriverWait(browser, Duration.ofSeconds(180))
        .until(b -> tabs().size() == 4 && !tabs().get(0).isBlank());
  }

  /** The tabs of the open task (form, history, diagram, description). */
  private List<String> tabs() {
    return browser.findElements(By.cssSelector(".task-details .nav-tabs > li")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /** Waits for {@code text} on the page; keeps a screenshot of what was there instead. */
  private void awaitText(String text) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(120))
          .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("webapps-timeout.png");
      throw e;
    }
  }

  private boolean shows(String text, Duration patience) {
    try {
      new WebDriverWait(browser, patience)
          .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
      return true;
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("webapps-admin-before-login-again.png");
      return false;
    }
  }

  private String text(String css) {
    return browser.findElements(By.cssSelector(css)).stream()
        .map(WebElement::getText)
        .reduce("", (a, b) -> a + "\n" + b);
  }

  private void assertNoMigrationBanner() {
    assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")))
        .as("Camunda's end-of-life banner")
        .noneMatch(WebElement::isDisplayed);
    assertThat(browser.findElement(By.tagName("body")).getText())
        .doesNotContain("Camunda 8")
        .doesNotContain("Camunda 7 CE");
  }

  private void screenshot(String name) {
    try {
      Path target = Path.of("target", "screenshots", name);
      Files.createDirectories(target.getParent());
      Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
