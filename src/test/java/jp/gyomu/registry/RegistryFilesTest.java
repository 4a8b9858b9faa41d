package jp.gyomu.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;
import org.junit.jupiter.api.Test;

class RegistryFilesTest {

  private static final String HEADER =
      "code,name_ja,name_en,department,division,technology,status,go_live_date,process_key,"
          + "baseline_minutes,expected_annual_cases,notes\n";

  @Test
  void aSpreadsheetExportWithJapaneseWordsAndSlashedDatesIsRead() {
    String csv =
        Csv.BYTE_ORDER_MARK
            + HEADER
            + "RPA-001,旅費精算,Travel expenses,総務部,総務課,RPA+AI-OCR,本格導入,2025/4/1,"
            + "travel-expense,20,\"1,200\",\"備考, 引用 \"\"あり\"\"\"\n";
    List<AutomationTask> tasks = RegistryFiles.read(RegistryFiles.Format.CSV, csv);
    assertThat(tasks).hasSize(1);
    AutomationTask t = tasks.get(0);
    assertThat(t.technology()).isEqualTo(Technology.RPA_AI_OCR);
    assertThat(t.status()).isEqualTo(TaskStatus.PRODUCTION);
    assertThat(t.goLiveDate()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(t.expectedAnnualCases()).isEqualTo(1200);
    assertThat(t.notes()).isEqualTo("備考, 引用 \"あり\"");
  }

  @Test
  void everyBadRowIsReportedWithRowColumnAndReason() {
    String csv =
        HEADER
            + "RPA-001,旅費精算,,総務部,,RPA,PRODUCTION,2025-04-01,,20,100,\n"
            + "RPA-002,,,総務部,,ROBOT,PILOT,,,abc,100,\n"
            + "RPA-003,請求書,,財務部,,AI-OCR,本格導入,,,10,100,\n";
    var e =
        catchThrowableOfType(
            () -> RegistryFiles.read(RegistryFiles.Format.CSV, csv),
            RegistryValidationException.class);
    assertThat(e.errors())
        .extracting(FieldError::row, FieldError::field)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(2, "technology"),
            org.assertj.core.groups.Tuple.tuple(2, "baseline_minutes"),
            org.assertj.core.groups.Tuple.tuple(2, "name_ja"),
            org.assertj.core.groups.Tuple.tuple(3, "go_live_date"));
  }

  @Test
  void aCodeTwiceInOneFileIsAnError() {
    String csv =
        HEADER
            + "RPA-001,旅費精算,,総務部,,RPA,CANDIDATE,,,20,100,\n"
            + "RPA-001,旅費精算,,総務部,,RPA,CANDIDATE,,,20,100,\n";
    var e =
        catchThrowableOfType(
            () -> RegistryFiles.read(RegistryFiles.Format.CSV, csv),
            RegistryValidationException.class);
    assertThat(e.errors())
        .containsExactly(new FieldError(2, "code", Reason.of(ReasonCode.SAME_CODE_AS_ROW, 1)));
  }

  @Test
  void csvAndYamlExportsReadBackUnchanged() {
    var task =
        new AutomationTask(
            "OCR-007",
            "補助金申請, 受付",
            "Subsidy intake",
            "産業労働部",
            "商工政策課",
            Technology.AI_OCR,
            TaskStatus.PILOT,
            LocalDate.of(2026, 10, 1),
            "subsidy-application",
            45,
            800,
            "line one\nline two");
    for (var format : RegistryFiles.Format.values()) {
      String file = RegistryFiles.write(format, List.of(task));
      assertThat(RegistryFiles.read(format, file)).as(format.name()).containsExactly(task);
    }
  }

  @Test
  void anUnknownColumnIsNamed() {
    String yaml = "- code: RPA-001\n  colour: red\n";
    var e =
        catchThrowableOfType(
            () -> RegistryFiles.read(RegistryFiles.Format.YAML, yaml),
            RegistryValidationException.class);
    assertThat(e.errors())
        .contains(new FieldError(1, "colour", Reason.of(ReasonCode.UNKNOWN_COLUMN)));
  }
}
