package jp.gyomu.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import jp.gyomu.ingestion.DocumentStore;
import jp.gyomu.process.CaseStarter;
import jp.gyomu.support.Await;
import jp.gyomu.support.Browser;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.HeadlessChromium;
import jp.gyomu.support.Tasklist;
import jp.gyomu.support.TestCases;
import jp.gyomu.support.TestUsers;
import jp.gyomu.system.Roles;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * An operator decides on an invoice that repeats an earlier one, with the invoice in view: the
 * earlier case is named, nothing is decided at first, and not accepting it needs a reason.
 */
@Browser
class DuplicateFormBrowserTest extends GyomuIntegrationTest {

  static final String OPERATOR = "duplicate-form-operator";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ExternalTaskService externalTasks;
  @Autowired HistoryService history;
  @Autowired CaseStarter caseStarter;
  @Autowired PlatformTransactionManager transactions;
  @Autowired DocumentStore store;
  @TempDir Path profile;
  ChromeDriver browser;

  @BeforeEach
  void startBrowser() {
    TestUsers.ensure(identity, OPERATOR, Roles.OPERATOR_GROUP);
    var options = HeadlessChromium.options(profile, 1400, 1100);
    options.addArguments("--lang=ja", "--accept-lang=ja");
    browser = HeadlessChromium.start(options);
  }

  @AfterEach
  void stopBrowser() {
    browser.quit();
  }

  @Test
  void anOperatorRejectsARepeatedInvoiceOnlyWithAReason() {
    var cases = new TestCases(caseStarter, transactions, runtime);
    var values = invoice("INV-" + UUID.randomUUID().toString().substring(0, 8));
    var first = cases.start("invoice", values);
    Await.until(
        "the first invoice at its bot step",
        () ->
            externalTasks.createExternalTaskQuery().processInstanceId(first.getId()).count() == 1
                ? true
                : null);
    var second = cases.start("invoice", values);
    Task decision =
        Await.until(
            "the duplicate decision",
            () ->
                tasks
                    .createTaskQuery()
                    .processInstanceId(second.getId())
                    .taskDefinitionKey("confirmDuplicate")
                    .singleResult());
    CasePageScan.write(store, second.getBusinessKey(), "invoice", "請求書", values);
    tasks.claim(decision.getId(), OPERATOR);

    new Tasklist(browser, port)
        .logIn(OPERATOR, TestUsers.PASSWORD)
        .openTask(decision.getId(), By.id("decision-reject"));

    assertThat(browser.findElement(By.id("duplicate-of")).getText())
        .isEqualTo(first.getBusinessKey());
    assertThat(text("#value-totalAmount .value")).isEqualTo("¥55,000");
    assertThat(text("#value-invoiceDate .value")).isEqualTo("令和8年5月1日 (2026-05-01)");
    assertThat(browser.findElements(By.cssSelector("input[type=radio][name=decision]")))
        .extracting(WebElement::isSelected)
        .containsExactly(false, false);

    click(browser.findElement(By.id("decision-reject")));
    complete();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("decision-problem"), "理由をコメントに書いてください"));
    screenshot("duplicate-needs-a-reason-ja.png");
    assertThat(tasks.createTaskQuery().taskId(decision.getId()).count()).isEqualTo(1);

    browser.findElement(By.id("decision-comment")).sendKeys("同じ請求書が郵送とメールで届いた");
    complete();
    Await.until(
        "the decision completed",
        () ->
            history.createHistoricTaskInstanceQuery().taskId(decision.getId()).finished().count()
                    == 1
                ? true
                : null);
    assertThat(
            history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(second.getId())
                .activityId("rejectedAsDuplicate")
                .count())
        .isEqualTo(1);
  }

  private static Map<String, Object> invoice(String number) {
    Map<String, Object> values = new HashMap<>();
    values.put("invoiceDate", LocalDate.of(2026, 5, 1));
    values.put("invoiceNumber", number);
    values.put("issuer", "株式会社みらい文具");
    values.put("totalAmount", 55_000L);
    values.put("dueDate", LocalDate.of(2026, 5, 31));
    return values;
  }

  private String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText().strip();
  }

  private void complete() {
    click(browser.findElement(By.cssSelector("button[ng-click='complete()']")));
  }

  private void click(WebElement element) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  /** For people to look at (target/screenshots/), not compared. */
  private void screenshot(String name) {
    try {
      Path target = Path.of("target", "screenshots", name);
      Files.createDirectories(target.getParent());
      Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
