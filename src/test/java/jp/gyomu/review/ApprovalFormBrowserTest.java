package jp.gyomu.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * A manager decides on a subsidy grant of 1,250,000 yen in Tasklist (headless Chromium, Japanese):
 * the scanned application with the fields' boxes beside its values, amounts in yen with separators,
 * dates in 和暦; nothing decided at first, no completion without a decision, no refusal without a
 * reason.
 */
@Browser
class ApprovalFormBrowserTest extends GyomuIntegrationTest {

  static final String MANAGER = "approval-form-manager";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired CaseStarter caseStarter;
  @Autowired PlatformTransactionManager transactions;
  @Autowired DocumentStore store;
  @TempDir Path profile;
  ChromeDriver browser;

  @BeforeEach
  void startBrowser() {
    TestUsers.ensure(identity, MANAGER, Roles.MANAGER_GROUP);
    var options = HeadlessChromium.options(profile, 1400, 1100);
    options.addArguments("--lang=ja", "--accept-lang=ja");
    browser = HeadlessChromium.start(options);
  }

  @AfterEach
  void stopBrowser() {
    browser.quit();
  }

  @Test
  void aManagerSeesTheApplicationDecidesNothingByDefaultAndMustGiveAReasonToRefuse() {
    var values = application();
    ProcessInstance instance =
        new TestCases(caseStarter, transactions, runtime).start("subsidy-application", values);
    Task approval =
        Await.until(
            "the approval",
            () ->
                tasks
                    .createTaskQuery()
                    .processInstanceId(instance.getId())
                    .taskDefinitionKey("managerApproval")
                    .singleResult());
    CasePageScan.write(store, instance.getBusinessKey(), "subsidy-application", "補助金交付申請書", values);
    tasks.claim(approval.getId(), MANAGER);

    new Tasklist(browser, port)
        .logIn(MANAGER, TestUsers.PASSWORD)
        .openTask(approval.getId(), By.id("decision-approve"));

    var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.withMessage("the page image and the fields' boxes")
        .until(
            d ->
                Boolean.TRUE.equals(
                        browser.executeScript(
                            "var i = document.querySelector('.gyomu-task img.page');"
                                + " return !!i && i.complete && i.naturalWidth > 1000;"))
                    && !visibleBoxes().isEmpty());
    assertThat(visibleBoxes()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(text("#summary-amount")).isEqualTo("¥1,250,000");
    assertThat(text("#summary-organisation")).isEqualTo("特定非営利活動法人 みどりの里");
    assertThat(text("#value-requestedAmount .value")).isEqualTo("¥1,250,000");
    assertThat(text("#value-applicationDate .value")).isEqualTo("令和8年4月1日 (2026-04-01)");
    assertThat(decisions()).extracting(WebElement::isSelected).containsExactly(false, false);
    screenshot("approval-ja.png");

    complete();
    awaitProblem("承認するか承認しないかを選んでください");
    assertThat(stillOpen(approval)).as("completed without a decision").isTrue();

    click(browser.findElement(By.id("decision-reject")));
    complete();
    awaitProblem("理由をコメントに書いてください");
    assertThat(stillOpen(approval)).as("refused without a reason").isTrue();
    screenshot("approval-refusal-needs-a-reason-ja.png");

    browser.findElement(By.id("decision-comment")).sendKeys("事業計画の収支が示されていない");
    complete();

    Await.until(
        "the approval completed",
        () ->
            history.createHistoricTaskInstanceQuery().taskId(approval.getId()).finished().count()
                    == 1
                ? true
                : null);
    assertThat(variable(instance, "approved")).isEqualTo(false);
    assertThat(variable(instance, "approvalComment")).isEqualTo("事業計画の収支が示されていない");
  }

  private static Map<String, Object> application() {
    Map<String, Object> values = new HashMap<>();
    values.put("applicationDate", LocalDate.of(2026, 4, 1));
    values.put("organisationName", "特定非営利活動法人 みどりの里");
    values.put("representative", "理事長 佐藤 花子");
    values.put("address", "長野県長野市大字南長野字幅下692-2");
    values.put("projectName", "里山保全ボランティア育成事業");
    values.put("requestedAmount", 1_250_000L);
    return values;
  }

  private List<WebElement> visibleBoxes() {
    return browser.findElements(By.cssSelector(".gyomu-task .box")).stream()
        .filter(WebElement::isDisplayed)
        .toList();
  }

  private List<WebElement> decisions() {
    return browser.findElements(By.cssSelector("input[type=radio][name=decision]"));
  }

  private String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText().strip();
  }

  private void awaitProblem(String text) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .withMessage("the form says: " + text)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("decision-problem"), text));
  }

  /** Still open a moment after the refused click: the refusal is not a slow completion. */
  private boolean stillOpen(Task task) {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return tasks.createTaskQuery().taskId(task.getId()).count() == 1;
  }

  private void complete() {
    click(browser.findElement(By.cssSelector("button[ng-click='complete()']")));
  }

  private Object variable(ProcessInstance instance, String name) {
    return history
        .createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId())
        .variableName(name)
        .singleResult()
        .getValue();
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
