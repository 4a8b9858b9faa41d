package jp.gyomu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
  @TempDir Path downloads;
  @TempDir Path profile;
  ChromeDriver browser;

  @BeforeEach
  void startBrowser() {
    TestUsers.ensure(identity);
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
    browser.get(url("/login"));
    browser.findElement(By.name("username")).sendKeys(TestUsers.MANAGER);
    browser.findElement(By.name("password")).sendKeys(TestUsers.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    // the next navigation would cancel the login form's submission if it were still on its way
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(b -> !b.getCurrentUrl().contains("/login"));
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
      assertThat(total.getCell(7).getNumericCellValue()).isPositive();
      assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
    }
  }

  private void screenshot() throws IOException {
    Path target = Path.of("target", "screenshots", "dashboard.png");
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
}
