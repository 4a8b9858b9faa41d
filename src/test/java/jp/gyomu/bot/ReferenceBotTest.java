package jp.gyomu.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.gyomu.process.CaseStarter;
import jp.gyomu.support.EngineAwait;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.TestCases;
import jp.gyomu.support.TestUsers;
import jp.gyomu.system.Roles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

/** The reference bot over real HTTP with the official client, as a separate program would run. */
class ReferenceBotTest extends GyomuIntegrationTest {

  static final String BOT_USER = "ledger-test-bot";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired CaseStarter caseStarter;
  @Autowired PlatformTransactionManager transactions;
  @TempDir Path outbox;
  TestCases cases;
  ReferenceBot bot;

  @BeforeEach
  void startBot() {
    TestUsers.ensure(identity, BOT_USER, Roles.BOT_GROUP);
    cases = new TestCases(caseStarter, transactions, runtime);
    bot =
        ReferenceBot.start(
            "http://localhost:" + port + "/engine-rest",
            BOT_USER,
            TestUsers.PASSWORD,
            List.of("rpa.travel-expense"),
            outbox,
            Duration.ofMinutes(1));
  }

  @AfterEach
  void stopBot() {
    bot.close();
  }

  static Map<String, Object> claim() {
    Map<String, Object> values = new HashMap<>();
    values.put("applicationDate", LocalDate.of(2026, 4, 10));
    values.put("applicantName", "山田 太郎");
    values.put("department", "総務部 総務課");
    values.put("destination", "大阪府大阪市");
    values.put("purpose", "関西広域連合会議");
    values.put("totalAmount", 12_800L);
    return values;
  }

  @Test
  void entersACompletedCaseAsALedgerRowWithTypedCells() throws Exception {
    ProcessInstance instance = cases.start("travel-expense", claim());

    awaitEnded(instance);

    Row row = ledgerRow(instance.getBusinessKey());
    Map<String, Integer> columns = headers(row.getSheet());
    assertThat(columns)
        .containsKeys("処理日時", "文書ID", "申請日", "氏名", "所属", "出張先", "用務", "金額", "プロセスID");
    Cell amount = row.getCell(columns.get("金額"));
    assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(amount.getNumericCellValue()).isEqualTo(12_800.0);
    Cell date = row.getCell(columns.get("申請日"));
    assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
    assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 10));
    assertThat(row.getCell(columns.get("氏名")).getStringCellValue()).isEqualTo("山田 太郎");
    assertThat(DateUtil.isCellDateFormatted(row.getCell(columns.get("処理日時")))).isTrue();
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName("ledgerRow")
                .singleResult()
                .getValue())
        .isEqualTo(row.getRowNum() + 1);
  }

  @Test
  void rejectsABlankRequiredValueSoAnOperatorFixesIt() throws Exception {
    Map<String, Object> values = claim();
    values.remove("totalAmount");
    ProcessInstance instance = cases.start("travel-expense", values);
    var review = awaitTask(instance, "review");
    Map<String, Object> blank = new HashMap<>();
    blank.put("totalAmount", null); // an operator leaving it blank (the form would not let them)
    tasks.complete(review.getId(), blank);

    var fix = awaitTask(instance, "fixEntry");
    assertThat((String) runtime.getVariable(instance.getId(), "ledgerError")).contains("金額");
    tasks.complete(fix.getId(), Map.of("totalAmount", 13_500L));

    awaitEnded(instance);
    Row row = ledgerRow(instance.getBusinessKey());
    assertThat(row.getCell(headers(row.getSheet()).get("金額")).getNumericCellValue())
        .isEqualTo(13_500.0);
  }

  private org.camunda.bpm.engine.task.Task awaitTask(ProcessInstance instance, String key) {
    return EngineAwait.task(tasks, instance, key);
  }

  private void awaitEnded(ProcessInstance instance) {
    EngineAwait.ended(history, instance);
  }

  private Row ledgerRow(String documentId) throws Exception {
    Path file = outbox.resolve("travel-expense.xlsx");
    assertThat(file).exists();
    try (InputStream in = Files.newInputStream(file);
        var workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheet("台帳");
      int idColumn = headers(sheet).get("文書ID");
      for (Row row : sheet) {
        Cell cell = row.getCell(idColumn);
        if (cell != null && documentId.equals(cell.getStringCellValue())) {
          return row;
        }
      }
    }
    throw new AssertionError("No ledger row for " + documentId);
  }

  private static Map<String, Integer> headers(Sheet sheet) {
    Map<String, Integer> columns = new HashMap<>();
    sheet.getRow(0).forEach(c -> columns.put(c.getStringCellValue(), c.getColumnIndex()));
    return columns;
  }
}
