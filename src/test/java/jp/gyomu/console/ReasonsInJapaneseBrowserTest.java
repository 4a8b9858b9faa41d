package jp.gyomu.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jp.gyomu.ingestion.IntakeService;
import jp.gyomu.process.CaseStarter;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;
import jp.gyomu.support.Await;
import jp.gyomu.support.Browser;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.HeadlessChromium;
import jp.gyomu.support.Tasklist;
import jp.gyomu.support.TestCases;
import jp.gyomu.support.TestUsers;
import jp.gyomu.system.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A Japanese operator whose browser asks for English (headless Chromium, {@code --lang=en}) reads
 * every reason in Japanese, Gyomu's default: why a document was quarantined and its history in the
 * documents console, and why each field of a review needs a look in Tasklist's review form. The
 * console switched to English shows the same reason in English. Screenshots are kept.
 */
@Browser
class ReasonsInJapaneseBrowserTest extends GyomuIntegrationTest {

  private static final String OPERATOR = "reasons-browser-operator";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired IntakeService intake;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired CaseStarter caseStarter;
  @Autowired PlatformTransactionManager transactions;
  @TempDir Path profile;
  ChromeDriver browser;

  @BeforeEach
  void startBrowser() {
    TestUsers.ensure(identity, OPERATOR, Roles.OPERATOR_GROUP);
    var options = HeadlessChromium.options(profile, 1400, 1100);
    options.addArguments("--lang=en-US");
    browser = HeadlessChromium.start(options);
  }

  @AfterEach
  void stopBrowser() {
    browser.quit();
  }

  @Test
  void theConsoleShowsWhyADocumentWasQuarantinedInJapaneseAndInEnglishWhenSwitched()
      throws Exception {
    String id =
        intake
            .receiveRefused(
                new ByteArrayInputStream(ConsoleScans.unrecognisedPage()),
                "reasons.png",
                "folder",
                null,
                Reason.of(ReasonCode.FOLDER_NOT_A_TYPE, "nosuchtype", "inbox/travel-expense/"))
            .id();
    logIn();

    browser.get(url("/documents/" + id));
    String error = waitForText(By.id("fact-error"));
    assertThat(error)
        .isEqualTo(
            "フォルダー名「nosuchtype」は書類種別ではありません (英小文字・数字・ハイフン)。"
                + "種別のフォルダー (inbox/travel-expense/) か inbox/ 直下に置けば種別を判定します");
    String page = browser.findElement(By.tagName("main")).getText();
    assertThat(page).contains("受け付けました (受付元: folder)").doesNotContain("received from");
    screenshot("reasons-console-ja.png");

    browser.get(url("/documents/" + id + "?lang=en"));
    assertThat(waitForText(By.id("fact-error")))
        .startsWith("the folder name 'nosuchtype' is not a document type");
    screenshot("reasons-console-en.png");
    browser.get(url("/documents/" + id + "?lang=ja")); // leave the cookie as a Japanese user has it
  }

  @Test
  void theReviewFormSaysWhyEachFieldNeedsALookInJapanese() throws Exception {
    Map<String, Object> values = new HashMap<>();
    values.put("applicationDate", LocalDate.of(2026, 4, 10));
    values.put("applicantName", "山田 太郎");
    values.put("department", "総務部");
    values.put("destination", "東京都");
    values.put("totalAmount", 12_800L); // 用務 (purpose) was not found at all
    var instance =
        new TestCases(caseStarter, transactions, runtime)
            .start("travel-expense", values, "totalAmount");
    var review =
        Await.until(
            "review",
            () -> tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult());
    tasks.claim(review.getId(), OPERATOR);

    var amount =
        new Tasklist(browser, port)
            .logIn(OPERATOR, TestUsers.PASSWORD)
            .openTask(review.getId(), By.id("field-totalAmount"));

    String form = browser.findElement(By.cssSelector("form.gyomu-review")).getText();
    assertThat(form)
        .contains("金額: 読取の確信度 40 が基準 50 を下回っています")
        .contains("用務: ラベル (用務) が見つかりません")
        .doesNotContain("OCR confidence")
        .doesNotContain("none of the labels");
    assertThat(
            amount
                .findElement(By.xpath("./ancestor::div[contains(@class,'field')]"))
                .findElement(By.cssSelector(".status"))
                .getText())
        .contains("読取の確信度 40 が基準 50 を下回っています");
    screenshot("reasons-review-ja.png");
  }

  private void logIn() {
    browser.get(url("/login"));
    browser.findElement(By.name("username")).sendKeys(OPERATOR);
    browser.findElement(By.name("password")).sendKeys(TestUsers.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until((WebDriver b) -> !b.getCurrentUrl().contains("/login"));
  }

  private String waitForText(By element) {
    return new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            b -> {
              String text = b.findElement(element).getText();
              return text.isBlank() ? null : text;
            });
  }

  private void screenshot(String name) throws IOException {
    Path target = Path.of("target", "screenshots", name);
    Files.createDirectories(target.getParent());
    Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
