package jp.gyomu.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.gyomu.support.Browser;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.HeadlessChromium;
import jp.gyomu.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The registry editor in Debian's headless Chromium: an analyst adds a task, changes its status
 * with a note and reads the history; an import with wrong values shows row and column in the page;
 * managers and operators read everything without an edit control; nothing is wider than the window.
 */
@Browser
class RegistryBrowserTest extends GyomuIntegrationTest {

  private static final String OPERATOR = "t-operator";
  private static final int[] WIDTHS = {1280, 1366, 1440, 1920};

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RegistryService registry;
  @TempDir Path profile;
  @TempDir Path files;
  ChromeDriver browser;

  @BeforeEach
  void startBrowser() {
    TestUsers.ensure(identity);
    TestUsers.ensure(identity, OPERATOR, "gyomu-operators");
    var options = HeadlessChromium.options(profile, 1366, 1000);
    options.addArguments("--lang=ja");
    browser = HeadlessChromium.start(options);
  }

  @AfterEach
  void stopBrowser() {
    browser.quit();
  }

  @Test
  void anAnalystAddsATaskChangesItsStatusWithANoteAndSeesTheHistory() throws IOException {
    logIn(TestUsers.ANALYST);
    open("/registry?lang=ja");

    click(By.id("registry-add"));
    type("f-code", "web 1");
    type("f-name_ja", "窓口予約の受付");
    click(By.id("task-save"));
    waitUntil(b -> !text("f-code-error").isEmpty());
    assertThat(find("f-code").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(text("f-department-error")).isEqualTo("必須です");
    assertThat(text("f-baseline_minutes-error")).isEqualTo("1 から 100000 までにしてください");
    assertThat(text("task-form-error")).contains("保存できませんでした");
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("f-code");
    screenshot("registry-form-errors-ja.png");

    find("f-code").clear();
    type("f-code", "WEB-001");
    type("f-name_en", "Counter reservations");
    type("f-department", "市民部");
    type("f-division", "市民課");
    new Select(find("f-technology")).selectByValue("AI_OCR");
    new Select(find("f-status")).selectByValue("CANDIDATE");
    type("f-process_key", "travel-expense");
    type("f-baseline_minutes", "20");
    type("f-expected_annual_cases", "1200");
    type("f-notes", "窓口の予約票を読み取る");
    click(By.id("task-save"));
    waitUntil(b -> text("registry-message").contains("WEB-001 を登録しました"));
    assertThat(find("task-dialog").isDisplayed()).isFalse();

    type("registry-search", "web-001");
    waitUntil(b -> rowCodes().equals(List.of("WEB-001")));
    // the studio link comes once the document types have loaded (the rows are drawn again)
    By row = By.cssSelector("#registry-rows tr[data-code='WEB-001']");
    By studio = By.cssSelector("#registry-rows tr[data-code='WEB-001'] a.studio-link");
    waitUntil(b -> !b.findElements(studio).isEmpty());
    assertThat(browser.findElement(studio).getAttribute("href")).endsWith("/studio/travel-expense");
    assertThat(
            browser
                .findElement(row)
                .findElement(By.cssSelector("a.cockpit-link"))
                .getAttribute("href"))
        .contains("/camunda/app/cockpit/default/#/process-definition/travel-expense:");

    browser.findElement(row).findElement(By.cssSelector("button.details")).click();
    waitUntil(b -> find("detail-dialog").isDisplayed());
    new Select(find("status-new")).selectByValue("PILOT");
    String today = find("status-date").getAttribute("value");
    type("status-note", "課長決裁により実証を開始");
    click(By.cssSelector("#status-form button[type=submit]"));
    waitUntil(b -> historyRows().size() == 2);
    List<String> newest = historyRows().get(0);
    assertThat(newest.get(0)).isEqualTo(today);
    assertThat(newest.get(1)).isEqualTo("候補 → 実証");
    assertThat(newest.get(2)).isEqualTo("課長決裁により実証を開始");
    assertThat(newest.get(3)).isEqualTo(TestUsers.ANALYST);
    assertThat(historyRows().get(1).get(1)).isEqualTo("登録: 候補");
    assertThat(text("registry-message")).contains("WEB-001 の状態を「実証」にしました");
    browser.executeScript("document.getElementById('history-table').scrollIntoView()");
    screenshot("registry-history-ja.png");

    StatusChange last = registry.statusHistory("WEB-001").get(1);
    assertThat(last.note()).isEqualTo("課長決裁により実証を開始");
    assertThat(last.changedAt().toLocalDate()).isEqualTo(LocalDate.parse(today));
    assertThat(registry.task("WEB-001").status()).isEqualTo(TaskStatus.PILOT);

    // a second change on an earlier day than the last one is refused at its field
    new Select(find("status-new")).selectByValue("RETIRED");
    browser.executeScript(
        "document.getElementById('status-date').value = arguments[0];",
        LocalDate.parse(today).minusDays(3).toString());
    click(By.cssSelector("#status-form button[type=submit]"));
    waitUntil(b -> !text("status-date-error").isEmpty());
    assertThat(text("status-date-error")).contains("この業務の最後の状態変更").contains("より前にはできません");
    assertThat(registry.task("WEB-001").status()).isEqualTo(TaskStatus.PILOT);
  }

  @Test
  void columnHeadersSortTheTableAndSayHow() {
    logIn(TestUsers.MANAGER);
    open("/registry?lang=ja");
    WebElement code = browser.findElement(By.cssSelector("th[data-sort='code']"));
    assertThat(code.getAttribute("aria-sort")).isEqualTo("ascending");
    List<String> ascending = rowCodes();
    assertThat(ascending).isSorted();

    code.findElement(By.tagName("button")).click();
    assertThat(code.getAttribute("aria-sort")).isEqualTo("descending");
    List<String> descending = new java.util.ArrayList<>(ascending);
    java.util.Collections.reverse(descending);
    assertThat(rowCodes()).isEqualTo(descending);

    WebElement minutes = browser.findElement(By.cssSelector("th[data-sort='baseline_minutes']"));
    minutes.findElement(By.tagName("button")).sendKeys(" ");
    assertThat(minutes.getAttribute("aria-sort")).isEqualTo("ascending");
    assertThat(code.getAttribute("aria-sort")).isNull();
    List<Integer> column =
        browser.findElements(By.cssSelector("#registry-rows tr td:nth-child(7)")).stream()
            .map(td -> Integer.parseInt(td.getText().replace(",", "")))
            .toList();
    assertThat(column).isSorted();
  }

  @Test
  void anImportWithWrongValuesShowsEachRowAndColumnAndAGoodFileDroppedOnThePageIsImported()
      throws IOException {
    Path bad = files.resolve("registry.csv");
    Files.writeString(
        bad,
        "code,name_ja,department,technology,status,baseline_minutes,expected_annual_cases\n"
            + "IMP-101,良い行,総務部,RPA,候補,10,100\n"
            + "IMP-102,悪い行,総務部,RPA,実証,十,100\n"
            + "IMP-103,,総務部,FAX,候補,10,100\n",
        StandardCharsets.UTF_8);
    logIn(TestUsers.ANALYST);
    open("/registry?lang=ja");

    find("import-file").sendKeys(bad.toString());
    waitUntil(b -> find("import-errors").isDisplayed());
    List<List<String>> errors = cells("#import-error-rows tr");
    assertThat(errors)
        .containsExactly(
            List.of("2", "1 件の作業時間 (分) (baseline_minutes)", "「十」は整数ではありません"),
            List.of("3", "技術 (technology)", "技術「FAX」はありません (RPA、AI-OCR、RPA+AI-OCR、OTHER)"),
            List.of("3", "業務名 (name_ja)", "必須です"));
    assertThat(text("import-message")).contains("registry.csv に誤りが 3 件あり、何も保存していません");
    assertThat(registry.tasks()).noneMatch(t -> t.code().equals("IMP-101"));
    browser.executeScript("document.getElementById('import').scrollIntoView()");
    screenshot("registry-import-errors-ja.png");

    String yaml =
        "- code: IMP-104\n  name_ja: ドロップした業務\n  department: 総務部\n  technology: RPA\n"
            + "  status: 候補\n  baseline_minutes: 12\n  expected_annual_cases: 300\n";
    browser.executeScript(DROP, yaml, "dropped.yaml");
    waitUntil(b -> text("import-message").contains("追加 1 件"));
    assertThat(find("import-errors").isDisplayed()).isFalse();
    assertThat(registry.task("IMP-104").nameJa()).isEqualTo("ドロップした業務");
    type("registry-search", "IMP-104");
    waitUntil(b -> rowCodes().equals(List.of("IMP-104")));
  }

  @Test
  void managersAndOperatorsReadEverythingButGetNoEditControls() throws IOException {
    if (registry.tasks().stream().noneMatch(t -> t.code().equals("READ-1"))) {
      registry.create(
          new AutomationTask(
              "READ-1",
              "閲覧用の業務",
              "Task to read",
              "総務部",
              null,
              Technology.RPA,
              TaskStatus.PRODUCTION,
              java.time.LocalDate.of(2026, 4, 1),
              null,
              10,
              100,
              null),
          "test");
    }
    for (String user : List.of(TestUsers.MANAGER, OPERATOR)) {
      logIn(user);
      open("/registry?lang=ja");
      // every task of the registry, whatever other tests added to it
      waitUntil(b -> !rowCodes().isEmpty());
      assertThat(rowCodes())
          .containsExactlyInAnyOrderElementsOf(
              registry.tasks().stream().map(AutomationTask::code).toList());
      assertThat(find("registry-readonly").getText()).contains("閲覧のみ");
      waitUntil(b -> !browser.findElements(By.cssSelector("#target-rows tr")).isEmpty());
      for (String editing :
          List.of(
              "#registry-add",
              "button.edit",
              "#task-dialog",
              "#status-form",
              "#detail-edit",
              "#import",
              "#import-file",
              "#target-rows input",
              "#target-rows button")) {
        assertThat(browser.findElements(By.cssSelector(editing)))
            .as(user + " " + editing)
            .isEmpty();
      }
      assertThat(find("export-csv").getAttribute("href"))
          .endsWith("/api/automation-tasks/export?format=csv");

      String code = rowCodes().get(0);
      browser
          .findElement(By.cssSelector("#registry-rows tr[data-code='" + code + "'] button.details"))
          .click();
      waitUntil(b -> !historyRows().isEmpty());
      assertThat(find("detail-title").getText()).startsWith(code);
      if (user.equals(TestUsers.MANAGER)) {
        screenshot("registry-manager-details-ja.png");
        open("/registry?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText())
            .isEqualTo("Automation registry");
        assertThat(find("registry-readonly").getText()).contains("Read only");
        screenshot("registry-manager-en.png");
      }
      browser.manage().deleteAllCookies();
    }
  }

  @Test
  void noElementIsWiderThanTheWindowAtCommonWidths() throws IOException {
    aTaskWithNamesThatDoNotBreak();
    logIn(TestUsers.ANALYST);
    for (String language : List.of("ja", "en")) {
      for (int width : WIDTHS) {
        viewport(width);
        open("/registry?lang=" + language);
        waitUntil(b -> !browser.findElements(By.cssSelector("#target-rows tr")).isEmpty());
        Map<String, Object> layout = layout();
        screenshot("registry-" + language + "-" + width + ".png");
        assertThat(((Number) layout.get("innerWidth")).intValue()).isEqualTo(width);
        assertThat(((Number) layout.get("scrollWidth")).intValue())
            .as("page width at %d px (%s): %s", width, language, layout)
            .isLessThanOrEqualTo(width);
        assertThat((List<?>) layout.get("wider"))
            .as("elements wider than the window at %d px (%s)", width, language)
            .isEmpty();
      }
    }
    viewport(1280);
    open("/registry?lang=ja");
    browser
        .findElement(By.cssSelector("#registry-rows tr[data-code='WIDE-001'] button.details"))
        .click();
    waitUntil(b -> !historyRows().isEmpty());
    assertThat(((Number) layout().get("scrollWidth")).intValue()).isLessThanOrEqualTo(1280);
    assertThat((List<?>) layout().get("wider")).isEmpty();
    screenshot("registry-details-1280-ja.png");
  }

  /** Drops a file on the import box as a browser does: a drop event carrying its DataTransfer. */
  private static final String DROP =
      "const file = new File([arguments[0]], arguments[1], {type: 'application/yaml'});"
          + " const data = new DataTransfer(); data.items.add(file);"
          + " const zone = document.getElementById('import-drop');"
          + " zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: data, bubbles: true,"
          + " cancelable: true}));"
          + " zone.dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true,"
          + " cancelable: true}));";

  /**
   * Page and window widths, and the elements whose box ends right of the window (the table's own
   * scrolling box clips what is inside it, so only elements outside such a box count).
   */
  private static final String LAYOUT =
      "const inScroller = e => e.parentElement && e.parentElement.closest('.table-scroll');"
          + " const wider = [...document.body.querySelectorAll('*')]"
          + " .filter(e => !inScroller(e) && e.getClientRects().length"
          + " && e.getBoundingClientRect().right > window.innerWidth + 0.5)"
          + " .map(e => e.tagName + '#' + e.id + '.' + e.className);"
          + " return { scrollWidth: document.documentElement.scrollWidth,"
          + " innerWidth: window.innerWidth, wider: wider };";

  @SuppressWarnings("unchecked")
  private Map<String, Object> layout() {
    return (Map<String, Object>) browser.executeScript(LAYOUT);
  }

  private void viewport(int width) {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
  }

  private void aTaskWithNamesThatDoNotBreak() {
    if (registry.tasks().stream().anyMatch(t -> t.code().equals("WIDE-001"))) {
      return;
    }
    registry.create(
        new AutomationTask(
            "WIDE-001",
            "長い業務名".repeat(24),
            "LongNameWithoutSpaces".repeat(8),
            "総務部総務課文書管理担当".repeat(4),
            "DivisionWithoutSpaces".repeat(4),
            Technology.RPA_AI_OCR,
            TaskStatus.PILOT,
            LocalDate.of(2026, 4, 1),
            "a-process-key-that-is-long-and-not-deployed-anywhere",
            15,
            1000,
            "備考".repeat(200)),
        "test");
  }

  private void logIn(String user) {
    browser.get(url("/login"));
    browser.findElement(By.name("username")).sendKeys(user);
    browser.findElement(By.name("password")).sendKeys(TestUsers.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    waitUntil(b -> !b.getCurrentUrl().contains("/login"));
  }

  /** Opens a page and waits until the script has listed the tasks. */
  private void open(String path) {
    browser.get(url(path));
    waitUntil(b -> !text("registry-count").isEmpty());
  }

  private List<String> rowCodes() {
    return browser.findElements(By.cssSelector("#registry-rows tr[data-code]")).stream()
        .map(tr -> tr.getAttribute("data-code"))
        .toList();
  }

  private List<List<String>> historyRows() {
    return cells("#history-rows tr");
  }

  /** The cells' texts read in one step in the page: the script may redraw the rows meanwhile. */
  @SuppressWarnings("unchecked")
  private List<List<String>> cells(String rows) {
    return (List<List<String>>)
        browser.executeScript(
            "return [...document.querySelectorAll(arguments[0])]"
                + ".map(tr => [...tr.querySelectorAll('td')].map(td => td.innerText.trim()));",
            rows);
  }

  private WebElement find(String id) {
    return browser.findElement(By.id(id));
  }

  private String text(String id) {
    return find(id).getText();
  }

  private void type(String id, String text) {
    find(id).sendKeys(text);
  }

  private void click(By by) {
    browser.findElement(by).click();
  }

  private void waitUntil(java.util.function.Function<ChromeDriver, Boolean> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(b -> condition.apply((ChromeDriver) b));
  }

  private void screenshot(String name) throws IOException {
    Path target = Path.of("target", "screenshots", name);
    Files.createDirectories(target.getParent());
    Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
