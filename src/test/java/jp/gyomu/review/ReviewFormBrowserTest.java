package jp.gyomu.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.gyomu.fields.FieldDefinition;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.fields.FieldType;
import jp.gyomu.process.CaseField;
import jp.gyomu.process.CaseFields;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * An operator in Tasklist (headless Chromium) opens a review: the form shows what the case's fields
 * carry; the operator corrects the unsure amount and completes; the case's fields then name the
 * operator as the one who corrected it.
 */
@Browser
class ReviewFormBrowserTest extends GyomuIntegrationTest {

  static final String OPERATOR = "review-form-operator";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired CaseStarter caseStarter;
  @Autowired PlatformTransactionManager transactions;
  @TempDir Path profile;
  ChromeDriver browser;

  @BeforeEach
  void startBrowser() {
    TestUsers.ensure(identity, OPERATOR, Roles.OPERATOR_GROUP);
    browser = HeadlessChromium.start(HeadlessChromium.options(profile, 1400, 1200));
  }

  @AfterEach
  void stopBrowser() {
    browser.quit();
  }

  @Test
  void anOperatorSeesTheCasesFieldsCorrectsTheUnsureAmountAndIsNamedAsItsCorrector() {
    var instance =
        new TestCases(caseStarter, transactions, runtime).travelExpenseUnsureOfItsAmount(12_800L);
    var review =
        Await.until(
            "review",
            () -> tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult());
    tasks.claim(review.getId(), OPERATOR); // Tasklist shows a task's form to its assignee only

    WebElement amount =
        new Tasklist(browser, port)
            .logIn(OPERATOR, TestUsers.PASSWORD)
            .openTask(review.getId(), By.id("field-totalAmount"));
    assertThat(amount.getDomProperty("value")).isEqualTo("12800");
    assertThat(browser.findElement(By.id("field-applicationDate")).getDomProperty("value"))
        .isEqualTo("2026-04-10");
    assertThat(statusLine(amount))
        .contains("確信度が低い (low confidence)")
        .contains("確信度 40")
        .contains("読取: 「12,800円」");

    amount.clear();
    amount.sendKeys("12,300円");
    browser.findElement(By.cssSelector("button[ng-click='complete()']")).click();

    Await.until(
        "the review completed",
        () ->
            history.createHistoricTaskInstanceQuery().taskId(review.getId()).finished().count() == 1
                ? true
                : null);
    var fields =
        CaseFields.parse(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName("fields")
                .singleResult()
                .getValue()
                .toString());
    assertThat(fields.get("totalAmount"))
        .extracting(CaseField::value, CaseField::status, CaseField::correctedBy)
        .containsExactly(12_300L, CaseField.Status.CORRECTED, OPERATOR);
  }

  @Test
  void anOperatorEditsACellOfATableAndTheCaseKeepsTheRowsTyped() {
    java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
    values.put("invoiceDate", java.time.LocalDate.of(2026, 5, 1));
    values.put("invoiceNumber", "INV-" + java.util.UUID.randomUUID().toString().substring(0, 8));
    values.put("issuer", "株式会社みらい文具");
    values.put("totalAmount", 30_000L);
    java.util.Map<String, Object> item = new java.util.LinkedHashMap<>();
    item.put("itemName", "保守作業");
    item.put("quantity", 2L);
    item.put("unitPrice", 10_000L);
    item.put("amount", 20_000L);
    values.put("lineItems", java.util.List.of(item));
    var instance =
        new TestCases(caseStarter, transactions, runtime).start("invoice", values, "totalAmount");
    var review =
        Await.until(
            "review",
            () -> tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult());
    tasks.claim(review.getId(), OPERATOR);

    WebElement amount =
        new Tasklist(browser, port)
            .logIn(OPERATOR, TestUsers.PASSWORD)
            .openTask(review.getId(), By.name("lineItems-0-unitPrice"));
    assertThat(amount.getDomProperty("value")).isEqualTo("10000");
    assertThat(browser.findElement(By.id("field-lineItems")).getText()).contains("品名", "金額");
    amount.clear();
    amount.sendKeys("10,500");
    clickInView(browser.findElement(By.cssSelector("button.add-row")));
    browser.findElement(By.name("lineItems-1-itemName")).sendKeys("送料");
    browser.findElement(By.name("lineItems-1-amount")).sendKeys("1,500");
    screenshot("review-table.png");
    clickInView(browser.findElement(By.cssSelector("button[ng-click='complete()']")));

    Await.until(
        "the review completed",
        () ->
            history.createHistoricTaskInstanceQuery().taskId(review.getId()).finished().count() == 1
                ? true
                : null);
    var fields =
        CaseFields.parse(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName("fields")
                .singleResult()
                .getValue()
                .toString());
    java.util.Map<String, Object> shipping = new java.util.LinkedHashMap<>();
    shipping.put("itemName", "送料");
    shipping.put("quantity", null);
    shipping.put("unitPrice", null);
    shipping.put("amount", 1_500L);
    item.put("unitPrice", 10_500L);
    assertThat(fields.get("lineItems"))
        .extracting(CaseField::value, CaseField::status, CaseField::correctedBy)
        .containsExactly(java.util.List.of(item, shipping), CaseField.Status.CORRECTED, OPERATOR);
  }

  /**
   * An invoice whose total is not subtotal plus tax, with a check box that was not read and a
   * choice that was: the reason is on top, 有/無 has nothing selected, the choice shows what was
   * read, and what the operator picks goes back to the case as a Boolean and an option.
   */
  @Test
  void anOperatorReadsTheFailedCheckAnswersACheckBoxAndChangesAChoice() {
    var instance =
        new TestCases(caseStarter, transactions, runtime)
            .start(invoiceWithMarks(), invoiceValues(12_000L));
    var review =
        Await.until(
            "review",
            () -> tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult());
    tasks.claim(review.getId(), OPERATOR);

    WebElement amount =
        new Tasklist(browser, port)
            .logIn(OPERATOR, TestUsers.PASSWORD)
            .openTask(review.getId(), By.id("field-totalAmount"));
    assertThat(browser.findElement(By.cssSelector(".gyomu-review .reasons")).getText())
        .contains("ご請求金額 12,000 が 小計 11,223 + 消費税 1,122 = 12,345 と一致しません");
    assertThat(radios("reducedRate"))
        .extracting(WebElement::isSelected)
        .containsExactly(false, false);
    assertThat(radio("paymentMethod", "現金").isSelected()).isTrue();
    assertThat(radio("paymentMethod", "口座振込").isSelected()).isFalse();
    assertThat(browser.findElement(By.id("field-registrationNumber")).getDomProperty("value"))
        .isEqualTo("T4010001234567");

    click(radio("reducedRate", "true"));
    click(radio("paymentMethod", "口座振込"));
    amount.clear();
    amount.sendKeys("12,345円");
    screenshot("review-marks.png");
    browser.findElement(By.cssSelector("button[ng-click='complete()']")).click();

    Await.until(
        "the review completed",
        () ->
            history.createHistoricTaskInstanceQuery().taskId(review.getId()).finished().count() == 1
                ? true
                : null);
    var fields =
        CaseFields.parse(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName("fields")
                .singleResult()
                .getValue()
                .toString());
    assertThat(fields.get("reducedRate"))
        .extracting(CaseField::value, CaseField::status, CaseField::correctedBy)
        .containsExactly(true, CaseField.Status.CORRECTED, OPERATOR);
    assertThat(fields.get("paymentMethod"))
        .extracting(CaseField::value, CaseField::status, CaseField::options)
        .containsExactly("口座振込", CaseField.Status.CORRECTED, List.of("口座振込", "現金"));
    assertThat(fields.get("registrationNumber"))
        .extracting(CaseField::value, CaseField::status)
        .containsExactly("T4010001234567", CaseField.Status.OK);
    assertThat(fields.get("totalAmount").value()).isEqualTo(12_345L);
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName("reducedRate")
                .singleResult()
                .getValue())
        .isEqualTo(Boolean.TRUE);
  }

  /** The shipped invoice template with a check box and a choice added. */
  private static FieldTemplate invoiceWithMarks() {
    FieldTemplate invoice = TestCases.template("invoice");
    List<FieldDefinition> fields = new ArrayList<>(invoice.fields());
    fields.add(
        new FieldDefinition(
            "reducedRate", "軽減税率対象", List.of("軽減税率対象"), FieldType.CHECKBOX, false, 50, null));
    fields.add(
        new FieldDefinition(
            "paymentMethod",
            "支払方法",
            List.of("支払方法"),
            FieldType.CHOICE,
            true,
            50,
            null,
            List.of("口座振込", "現金"),
            List.of(),
            1));
    return new FieldTemplate(
        invoice.id(),
        invoice.nameJa(),
        invoice.nameEn(),
        invoice.languages(),
        invoice.titleKeywords(),
        invoice.titlePatterns(),
        fields,
        invoice.checks(),
        invoice.sample());
  }

  private static Map<String, Object> invoiceValues(long total) {
    Map<String, Object> values = new HashMap<>();
    values.put("invoiceDate", LocalDate.of(2026, 4, 30));
    values.put("invoiceNumber", "RF-" + UUID.randomUUID().toString().substring(0, 8));
    values.put("issuer", "株式会社みどり情報サービス");
    values.put("registrationNumber", "T4010001234567");
    values.put("subtotal", 11_223L);
    values.put("tax", 1_122L);
    values.put("totalAmount", total);
    values.put("dueDate", LocalDate.of(2026, 5, 31));
    values.put("paymentMethod", "現金");
    return values;
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

  private void click(WebElement element) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  private List<WebElement> radios(String field) {
    return browser.findElements(By.cssSelector("input[type=radio][name='field-" + field + "']"));
  }

  private WebElement radio(String field, String value) {
    return browser.findElement(
        By.cssSelector("input[type=radio][name='field-" + field + "'][value='" + value + "']"));
  }

  /** A form with a table is taller than the window: Tasklist's footer would take the click. */
  private void clickInView(WebElement element) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  private static String statusLine(WebElement input) {
    return input
        .findElement(By.xpath("following-sibling::div[contains(@class,'status')]"))
        .getText();
  }
}
