package jp.gyomu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.gyomu.bot.ReferenceBot;
import jp.gyomu.ingestion.DocumentQueries;
import jp.gyomu.ingestion.DocumentStatus;
import jp.gyomu.support.Await;
import jp.gyomu.support.TestUsers;
import jp.gyomu.system.Roles;
import jp.gyomu.testdocs.FormSpec;
import jp.gyomu.testdocs.ScanLikeDocuments;
import jp.gyomu.testdocs.ScanVariant;
import jp.gyomu.testdocs.TestDocumentFiles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A generated scan of each office form goes into the inbox folder; the real route, OCR, field
 * extraction, process, review (only when needed) and reference bot take it to a ledger row.
 */
class ScannedFormEndToEndTest extends ProcessTestSupport {

  private static final String BOT = "e2e-bot";

  @Autowired DocumentQueries documents;
  @LocalServerPort int port;
  @TempDir Path outbox;
  @TempDir Path scans;
  ReferenceBot bot;

  @BeforeEach
  void startBot() {
    TestUsers.ensure(identity, BOT, Roles.BOT_GROUP);
    bot =
        ReferenceBot.start(
            "http://localhost:" + port + "/engine-rest",
            BOT,
            TestUsers.PASSWORD,
            List.of("rpa.travel-expense", "rpa.invoice", "rpa.subsidy-application"),
            outbox,
            Duration.ofMinutes(1));
  }

  @AfterEach
  void stopBot() {
    bot.close();
  }

  @Test
  void aCleanTravelExpenseScanGoesStraightToTheLedger() throws Exception {
    Case instance = dropAndAwaitCase("travel-expense", FormSpec.travelExpense(), 11);
    var stored = documents.details(instance.documentId()).document().fields();
    assertThat(stored.get("applicationDate").value()).isEqualTo("2024-04-01");
    assertThat(stored.get("applicationDate").status()).isEqualTo(CaseField.Status.OK);

    awaitEnded(instance);
    assertThat(passed(instance, "review")).isFalse();
    Map<String, Object> row = ledgerRow("travel-expense", instance.documentId());
    assertThat(row).containsEntry("申請日", LocalDate.of(2024, 4, 1)).containsEntry("金額", 12_345.0);
    assertThat((String) row.get("氏名")).isIn("山田太郎", "山田 太郎");
    assertThat((String) row.get("出張先")).isEqualTo("東京都庁");
  }

  @Test
  void aCleanInvoiceScanGoesStraightToTheLedger() throws Exception {
    Case instance = dropAndAwaitCase("invoice", FormSpec.invoice(), 12);

    awaitEnded(instance);
    assertThat(passed(instance, "review")).isFalse();
    Map<String, Object> row = ledgerRow("invoice", instance.documentId());
    assertThat(row).containsEntry("請求書番号", "INV-2024-0042").containsEntry("ご請求金額", 12_345.0);
  }

  @Test
  void aFormWithoutARequiredFieldWaitsForAnOperatorAndTheLedgerGetsTheCorrection()
      throws Exception {
    FormSpec withoutPurpose =
        new FormSpec(
            FormSpec.travelExpense().title(),
            FormSpec.travelExpense().fields().stream()
                .filter(f -> !f.label().equals("用務"))
                .toList(),
            FormSpec.travelExpense().paragraphs());
    Case instance = dropAndAwaitCase("travel-expense", withoutPurpose, 13);

    var review = awaitTask(instance, "review");
    assertThat((String) runtime.getVariable(instance.id(), "reviewReasons")).contains("用務");
    Map<String, Object> corrected = new HashMap<>();
    corrected.put("purpose", "全国自治体DX推進会議への出席");
    completeAs("e2e-operator", Roles.OPERATOR_GROUP, review, corrected);

    awaitEnded(instance);
    assertThat(ledgerRow("travel-expense", instance.documentId()))
        .containsEntry("用務", "全国自治体DX推進会議への出席");
  }

  @Test
  void anInvoiceWhoseTotalIsNotSubtotalPlusTaxWaitsForAnOperatorWhoReadsWhy() throws Exception {
    FormSpec wrongTotal =
        new FormSpec(
            "請求書",
            List.of(
                new FormSpec.Field("請求日", "令和6年4月30日"),
                new FormSpec.Field("請求書番号", "INV-2024-0077"),
                new FormSpec.Field("発行者", "株式会社みどり情報サービス"),
                new FormSpec.Field("登録番号", "T4010001234567"),
                new FormSpec.Field("件名", "文書管理システム保守費用（4月分）"),
                new FormSpec.Field("小計", "11,223円"),
                new FormSpec.Field("消費税", "1,122円"),
                new FormSpec.Field("ご請求金額", "12,000円"),
                new FormSpec.Field("支払期限", "令和6年5月31日")),
            FormSpec.invoice().paragraphs());
    Case instance = dropAndAwaitCase("invoice", wrongTotal, 15);

    var review = awaitTask(instance, "review");
    String why = "ご請求金額 12,000 が 小計 11,223 + 消費税 1,122 = 12,345 と一致しません";
    assertThat((String) runtime.getVariable(instance.id(), "reviewReasons"))
        .as(describe(instance))
        .contains(why)
        .doesNotContain("消費税 1,122 が"); // the tax itself is 10% of the subtotal
    var document = documents.details(instance.documentId()).document();
    assertThat(document.checks())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.check()).isEqualTo("sum");
              assertThat(c.fields()).containsExactly("totalAmount", "subtotal", "tax");
              assertThat(c.reason()).startsWith(why);
            });
    assertThat(document.fields().get("registrationNumber").value()).isEqualTo("T4010001234567");
    completeAs("e2e-operator", Roles.OPERATOR_GROUP, review, Map.of("totalAmount", "12,345円"));

    awaitEnded(instance);
    assertThat(ledgerRow("invoice", instance.documentId()))
        .containsEntry("ご請求金額", 12_345.0)
        .containsEntry("小計", 11_223.0)
        .containsEntry("消費税", 1_122.0)
        .containsEntry("登録番号", "T4010001234567");
  }

  @Test
  void aSubsidyApplicationAboveTheThresholdIsApprovedByAManagerBeforeTheLedger() throws Exception {
    Case instance = dropAndAwaitCase("subsidy-application", FormSpec.subsidyApplication(), 14);

    var approval = awaitTask(instance, "managerApproval");
    assertThat(passed(instance, "review")).as(describe(instance)).isFalse();
    completeAs("e2e-manager", Roles.MANAGER_GROUP, approval, Map.of("approved", true));

    awaitEnded(instance);
    assertThat(ledgerRow("subsidy-application", instance.documentId()))
        .containsEntry("交付申請額", 1_250_000.0);
  }

  private Case dropAndAwaitCase(String type, FormSpec form, long seed) throws Exception {
    // a reference number of its own: the same bytes twice would rightly be a duplicate
    var numbered =
        new FormSpec(
            form.title(),
            form.fields(),
            java.util.stream.Stream.concat(
                    form.paragraphs().stream(), java.util.stream.Stream.of("整理番号 E2E-" + seed))
                .toList());
    var scan = ScanLikeDocuments.render(numbered, ScanVariant.CLEAN, seed);
    Path png = TestDocumentFiles.writePng(scan, scans, type + "-" + seed);
    Path inbox = Files.createDirectories(dataDir().resolve("inbox").resolve(type));
    Files.copy(png, inbox.resolve(png.getFileName()));
    var document =
        Await.until(
            "document " + png.getFileName() + " handed off",
            () ->
                documents.list(null, type, 0, 200).items().stream()
                    .filter(d -> d.originalName().equals(png.getFileName().toString()))
                    .filter(d -> d.status() != DocumentStatus.RECEIVED)
                    .findFirst()
                    .orElse(null));
    assertThat(document.status()).as(document.toString()).isEqualTo(DocumentStatus.HANDED_OFF);
    return new Case(document.processInstanceId(), document.id());
  }

  /** The case a scan started: its process instance and the document (its business key). */
  record Case(String id, String documentId) {}

  private org.camunda.bpm.engine.task.Task awaitTask(Case c, String taskKey) {
    return Await.until(
        "task " + taskKey + " " + describe(c),
        () ->
            tasks
                .createTaskQuery()
                .processInstanceId(c.id())
                .taskDefinitionKey(taskKey)
                .singleResult());
  }

  private void awaitEnded(Case c) {
    Await.until(
        "end of the case " + describe(c),
        () ->
            history
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(c.id())
                        .finished()
                        .count()
                    == 1
                ? true
                : null);
  }

  /** Where a case stands, for failure messages. */
  private String describe(Case c) {
    var running = runtime.createProcessInstanceQuery().processInstanceId(c.id()).singleResult();
    if (running == null) {
      return "(ended)";
    }
    var jobs =
        management.createJobQuery().processInstanceId(c.id()).list().stream()
            .map(
                j ->
                    j.getId()
                        + " due "
                        + j.getDuedate()
                        + " retries "
                        + j.getRetries()
                        + " "
                        + j.getExceptionMessage())
            .toList();
    return "(at "
        + runtime.getActiveActivityIds(c.id())
        + ", jobs "
        + jobs
        + ", now "
        + org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()
        + ", review reasons: "
        + runtime.getVariable(c.id(), "reviewReasons")
        + ", fields: "
        + runtime.getVariable(c.id(), "fields")
        + ")";
  }

  private boolean passed(Case c, String activity) {
    return history
            .createHistoricActivityInstanceQuery()
            .processInstanceId(c.id())
            .activityId(activity)
            .count()
        > 0;
  }

  /** The ledger row of a document, header to cell value (numbers as doubles, dates as dates). */
  private Map<String, Object> ledgerRow(String process, String documentId) throws Exception {
    Path file = outbox.resolve(process + ".xlsx");
    assertThat(file).exists();
    try (InputStream in = Files.newInputStream(file);
        var workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheet("台帳");
      Row header = sheet.getRow(0);
      for (Row row : sheet) {
        if (row.getRowNum() == 0) {
          continue;
        }
        Map<String, Object> values = new HashMap<>();
        for (Cell h : header) {
          Cell cell = row.getCell(h.getColumnIndex());
          values.put(h.getStringCellValue(), value(cell));
        }
        if (documentId.equals(values.get("文書ID"))) {
          return values;
        }
      }
    }
    throw new AssertionError("no ledger row for document " + documentId);
  }

  private static Object value(Cell cell) {
    if (cell == null) {
      return null;
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      return org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
          ? cell.getLocalDateTimeCellValue().toLocalDate()
          : cell.getNumericCellValue();
    }
    return cell.getStringCellValue();
  }
}
