package jp.gyomu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.gyomu.registry.AutomationTask;
import jp.gyomu.registry.RegistryService;
import jp.gyomu.registry.TaskStatus;
import jp.gyomu.registry.Technology;
import jp.gyomu.support.Browser;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.HeadlessChromium;
import jp.gyomu.support.TestUsers;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager in Debian's headless Chromium: logs in, reads the progress figure and a chart, switches
 * to English and downloads the Excel report, which is then opened and checked.
 */
@Browser
class DashboardBrowserTest extends GyomuIntegrationTest {

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RegistryService registry;
  @TempDir Path downloads;
  @TempDir Path profile;
  ChromeDriver browser;

  @BeforeEach
  void startBrowser() {
    TestUsers.ensure(identity);
    aTargetForThisFiscalYear();
    var options = HeadlessChromium.options(profile, 1400, 1900);
    options.addArguments("--lang=ja");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    browser = HeadlessChromium.start(options);
  }

  @AfterEach
  void stopBrowser() {
    browser.quit();
  }

  @Test
  void aManagerSeesProgressAndChartsSwitchesLanguageAndDownloadsTheExcelReport()
      throws IOException {
    logInAsManager();
    browser.get(url("/dashboard?lang=ja"));

    String automated = browser.findElement(By.id("automated-count")).getText();
    assertThat(Integer.parseInt(automated)).isPositive();
    assertThat(browser.findElement(By.id("kpi-automated")).getText()).contains("/ 30");
    Long monthsDrawn =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "const c = Chart.getChart('chart-months');"
                        + " return c ? c.data.labels.length : 0;");
    assertThat(monthsDrawn).isEqualTo(12);
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("進捗ダッシュボード");
    screenshot();

    browser.findElement(By.linkText("English")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(b -> b.findElement(By.tagName("h1")).getText().contains("Progress dashboard"));

    browser.findElement(By.id("download-xlsx")).click();
    Path xlsx =
        new WebDriverWait(browser, Duration.ofSeconds(20))
            .until(b -> finishedDownload(downloads, ".xlsx"));
    try (var workbook = WorkbookFactory.create(xlsx.toFile())) {
      assertThat(workbook.getSheetName(0)).isEqualTo("進捗状況");
      Sheet annex = workbook.getSheetAt(0);
      Row header = annex.getRow(3);
      assertThat(header.getCell(1).getStringCellValue()).isEqualTo("業務名");
      Row first = annex.getRow(4);
      assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
      assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(first.getCell(5))).isTrue();
      assertThat(first.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
      Row total = annex.getRow(annex.getLastRowNum());
      assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合計");
      double hours = 0;
      for (int r = 4; r < annex.getLastRowNum(); r++) {
        hours += annex.getRow(r).getCell(7).getNumericCellValue();
      }
      assertThat(total.getCell(7).getNumericCellValue()).isCloseTo(hours, within(0.01));
      assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
    }
  }

  @Test
  void theDashboardHasNoElementWiderThanTheWindowAtCommonWidths() throws IOException {
    logInAsManager();
    for (int width : WIDTHS) {
      viewport(width);
      browser.get(url("/dashboard?lang=ja"));
      assertFitsTheWindow(width, "dashboard-" + width + ".png");
    }
    // a window made narrower after loading: the charts must shrink with their cards
    viewport(1920);
    browser.get(url("/dashboard?lang=ja"));
    for (int width : new int[] {1440, 1366, 1280}) {
      viewport(width);
      assertFitsTheWindow(width, "dashboard-" + width + "-resized.png");
    }
  }

  @Test
  void theDashboardPrintsOnA4LandscapeWithNothingWiderThanThePaper() throws IOException {
    aTaskWithNamesThatDoNotBreak();
    logInAsManager();
    viewport(1920);
    browser.get(url("/dashboard?lang=ja"));
    // A4 landscape less the 12 mm margins of the print style: 273 mm = 1031 CSS px
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    viewport(1031);
    assertFitsTheWindow(1031, "dashboard-print-media.png");
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    var pdf =
        browser.executeCdpCommand(
            "Page.printToPDF", Map.of("landscape", true, "preferCSSPageSize", true));
    Files.write(
        Path.of("target", "screenshots", "dashboard-print.pdf"),
        java.util.Base64.getDecoder().decode((String) pdf.get("data")));
  }

  private static final int[] WIDTHS = {1280, 1366, 1440, 1920};

  /** Sets the viewport itself (not the window around it), which is what a screen width gives. */
  private void viewport(int width) {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
  }

  private void assertFitsTheWindow(int width, String screenshot) throws IOException {
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(b -> (Boolean) ((JavascriptExecutor) b).executeScript(CHARTS_DRAWN));
    // Chart.js resizes on a ResizeObserver callback: let two frames pass
    browser.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + " requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 200)));");
    // a print-media switch or a resize reflows in steps: wait (bounded) for the layout to settle
    Map<String, Object> layout = layout();
    long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (((Number) layout.get("scrollWidth")).intValue() > width && System.nanoTime() < until) {
      browser.executeAsyncScript(
          "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => done());");
      layout = layout();
    }
    screenshot(screenshot);
    System.out.println("dashboard layout at " + width + " px (" + screenshot + "): " + layout);

    assertThat(((Number) layout.get("innerWidth")).intValue()).isEqualTo(width);
    assertThat(((Number) layout.get("scrollWidth")).intValue())
        .as("page width at %d px: %s", width, layout)
        .isLessThanOrEqualTo(width);
    assertThat((List<?>) layout.get("charts")).as("charts at %d px", width).hasSize(3);
    assertThat((List<?>) layout.get("overflowing"))
        .as("charts wider than their card at %d px: %s", width, layout)
        .isEmpty();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> layout() {
    return (Map<String, Object>) browser.executeScript(LAYOUT);
  }

  /** All three charts exist and none is still animating, so sizes and screenshots are final. */
  private static final String CHARTS_DRAWN =
      "const ids = ['chart-months', 'chart-funnel', 'chart-departments'];"
          + " return ids.every(id => { const c = Chart.getChart(id);"
          + " return c && c.chartArea && !Chart.animator.running(c); });";

  /** Page and viewport widths, and the charts whose canvas ends right of their card. */
  private static final String LAYOUT =
      "const charts = [...document.querySelectorAll('.chart canvas')].map(c => {"
          + " const card = c.closest('.chart').getBoundingClientRect();"
          + " const box = c.getBoundingClientRect();"
          + " return { id: c.id, canvasRight: box.right, cardRight: card.right }; });"
          + " const widest = [...document.body.querySelectorAll('*')].reduce((w, e) =>"
          + " e.getBoundingClientRect().right > w.right"
          + " ? { right: e.getBoundingClientRect().right, what: e.tagName + '.' + e.className }"
          + " : w, { right: 0, what: '' });"
          + " return { scrollWidth: document.documentElement.scrollWidth, widest: widest,"
          + " innerWidth: window.innerWidth, charts: charts,"
          + " overflowing: charts.filter(c => c.canvasRight > c.cardRight).map(c => c.id) };";

  private void logInAsManager() {
    browser.get(url("/login"));
    browser.findElement(By.name("username")).sendKeys(TestUsers.MANAGER);
    browser.findElement(By.name("password")).sendKeys(TestUsers.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    // the next navigation would cancel the login form's submission if it were still on its way
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(b -> !b.getCurrentUrl().contains("/login"));
  }

  private void screenshot() throws IOException {
    screenshot("dashboard.png");
  }

  private void screenshot(String name) throws IOException {
    Path target = Path.of("target", "screenshots", name);
    Files.createDirectories(target.getParent());
    Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private static Path finishedDownload(Path folder, String suffix) {
    try (var files = Files.list(folder)) {
      List<Path> done = files.filter(f -> f.toString().endsWith(suffix)).toList();
      return done.isEmpty() ? null : done.get(0);
    } catch (IOException e) {
      return null;
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** The tests share a registry without the demo: the year's target is set here if missing. */
  private void aTargetForThisFiscalYear() {
    int year =
        jp.gyomu.registry.FiscalPeriod.halfContaining(java.time.LocalDate.now()).fiscalYear();
    if (registry.target(year).isEmpty()) {
      registry.setTarget(year, 30, "test");
    }
    // the figure must not depend on what other tests left in the registry
    if (registry.tasks().stream().noneMatch(t -> t.code().equals("DASH-PROD"))) {
      registry.create(
          new AutomationTask(
              "DASH-PROD",
              "旅費精算の自動化",
              "Travel expense automation",
              "総務部",
              null,
              Technology.RPA,
              TaskStatus.PRODUCTION,
              java.time.LocalDate.now().minusDays(1),
              null,
              20,
              1200,
              null),
          "test");
    }
  }

  /** The widest row the task table can get: names and a department with no place to break. */
  private void aTaskWithNamesThatDoNotBreak() {
    if (registry.tasks().stream().anyMatch(t -> t.code().equals("PRINT-WIDE"))) {
      return;
    }
    registry.create(
        new AutomationTask(
            "PRINT-WIDE",
            "長い業務名".repeat(24),
            "LongNameWithoutSpaces".repeat(8),
            "総務部総務課文書管理担当".repeat(4),
            null,
            Technology.RPA,
            TaskStatus.PILOT,
            java.time.LocalDate.of(2026, 4, 1),
            null,
            15,
            1000,
            null),
        "test");
  }
}
