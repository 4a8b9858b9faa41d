package jp.gyomu.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.gyomu.process.CaseField.Box;
import jp.gyomu.process.CaseField.Status;
import jp.gyomu.support.ProjectFolders;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/** A field as a case carries it: written to JSON, read back, brought up to date by a review. */
class CaseFieldTest {

  static final CaseField AMOUNT =
      new CaseField(
          "金額",
          "amount",
          true,
          12_800L,
          "12,800円",
          41.0,
          Status.LOW_CONFIDENCE,
          "OCR confidence 41 is below 80",
          2,
          new Box(610, 1280, 320, 50),
          null);
  static final CaseField DATE =
      new CaseField(
          "申請日",
          "date",
          true,
          LocalDate.of(2026, 4, 10),
          "令和8年4月10日",
          93.3,
          Status.OK,
          null,
          1,
          new Box(600, 200, 500, 48),
          null);

  @Test
  void everyKeyWrittenIsReadBackAsTheSameField() {
    var reviewed = AMOUNT.reviewed(12_300L, "operator-1");
    Map<String, CaseField> fields = new LinkedHashMap<>();
    fields.put("totalAmount", reviewed);
    fields.put("applicationDate", DATE);

    var back = CaseFields.parse(CaseFields.json(fields));

    assertThat(back).containsExactlyEntriesOf(fields);
    assertThat(back.get("totalAmount").value()).isInstanceOf(Long.class);
    assertThat(back.get("totalAmount").correctedBy()).isEqualTo("operator-1");
  }

  @Test
  void datesTravelAsIsoTextInTheRecordItsJsonAndTheirOwnVariable() throws Exception {
    assertThat(DATE.value()).isEqualTo("2026-04-10");
    assertThat(CaseField.caseValue(LocalDate.of(2026, 4, 10))).isEqualTo("2026-04-10");
    assertThat(CaseField.caseValue(12_800L)).isEqualTo(12_800L);

    JSONAssert.assertEquals(
        """
        {"d": {"label": "申請日", "type": "date", "required": true, "value": "2026-04-10",
          "raw": "令和8年4月10日", "confidence": 93.3, "status": "OK", "page": 1,
          "box": {"x": 600, "y": 200, "width": 500, "height": 48}}}
        """,
        CaseFields.json(Map.of("d", DATE)),
        JSONCompareMode.STRICT);
  }

  @Test
  void aChangedValueIsCorrectedByTheReviewer() throws Exception {
    var reviewed = AMOUNT.reviewed(12_300L, "operator-1");

    assertThat(reviewed.status()).isEqualTo(Status.CORRECTED);
    assertThat(reviewed.value()).isEqualTo(12_300L);
    assertThat(reviewed.correctedBy()).isEqualTo("operator-1");
    assertThat(reviewed.raw()).as("what the OCR read stays").isEqualTo("12,800円");
    JSONAssert.assertEquals(
        """
        {"label": "金額", "type": "amount", "required": true, "value": 12300, "raw": "12,800円",
         "confidence": 41.0, "status": "CORRECTED", "reason": "OCR confidence 41 is below 80",
         "page": 2, "box": {"x": 610, "y": 1280, "width": 320, "height": 50},
         "correctedBy": "operator-1"}
        """,
        CaseFields.json(Map.of("a", reviewed)).replaceFirst("^\\{\"a\":(.*)}$", "$1"),
        JSONCompareMode.STRICT);
  }

  @Test
  void aKeptUnsureValueIsConfirmedByTheReviewerAndAKeptOkValueStaysAsItWas() {
    var confirmed = AMOUNT.reviewed(12_800L, "operator-2");
    assertThat(confirmed.status()).isEqualTo(Status.CONFIRMED);
    assertThat(confirmed.correctedBy()).isEqualTo("operator-2");

    var kept = DATE.reviewed("2026-04-10", "operator-2");
    assertThat(kept).isEqualTo(DATE);
    assertThat(CaseFields.json(Map.of("d", kept))).doesNotContain("correctedBy");
  }

  @Test
  void aSecondReviewThatKeepsACorrectionConfirmsItAndNamesTheLaterReviewer() {
    var corrected = AMOUNT.reviewed(12_300L, "operator-1");

    var again = corrected.reviewed(12_300L, "operator-2");

    assertThat(again.status()).isEqualTo(Status.CONFIRMED);
    assertThat(again.correctedBy()).isEqualTo("operator-2");
  }

  @Test
  void submittedTextIsNormalisedForTheFieldsType() {
    assertThat(AMOUNT.normalise("12,300円")).isEqualTo(12_300L);
    assertThat(AMOUNT.normalise(12_300L)).isEqualTo(12_300L);
    assertThat(AMOUNT.normalise("  ")).isNull();
    assertThat(AMOUNT.normalise(" 不明 "))
        .as("kept as typed, so the bot rejects it visibly")
        .isEqualTo("不明");
    assertThat(DATE.normalise("令和8年4月11日")).isEqualTo("2026-04-11");
    assertThat(DATE.normalise("2026/4/11")).isEqualTo("2026-04-11");
    var text =
        new CaseField("目的", "text", true, null, "", 0.0, Status.MISSING, null, null, null, null);
    assertThat(text.normalise("  会議 ")).isEqualTo("会議");
  }

  @Test
  void submittedRowsOfATableAreNormalisedCellByCellByTheirColumnsTypes() {
    CaseField table =
        new CaseField(
            "明細",
            "table",
            false,
            null,
            null,
            0.0,
            Status.MISSING,
            null,
            null,
            null,
            null,
            null,
            java.util.List.of(
                new CaseField.Column("item", "品名", "text"),
                new CaseField.Column("day", "日付", "date"),
                new CaseField.Column("amount", "金額", "amount")));
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("item", " 会議 ");
    row.put("day", "2026-04-10");
    row.put("amount", 1500L);

    assertThat(
            table.normalise(
                "[{\"item\":\" 会議 \",\"day\":\"令和8年4月10日\",\"amount\":\"1,500円\"},"
                    + "{\"item\":\"\",\"day\":null}]"))
        .as("JSON text, as a Json variable arrives or as typed in Cockpit; an empty row dropped")
        .isEqualTo(java.util.List.of(Map.of("item", "会議", "day", "2026-04-10", "amount", 1500L)));
    assertThat(table.normalise(java.util.List.of(row)))
        .isEqualTo(java.util.List.of(Map.of("item", "会議", "day", "2026-04-10", "amount", 1500L)));
    assertThat(table.normalise("not rows")).isEqualTo("not rows");
  }

  @Test
  void aVariableEditedInCockpitStillReadsWithUnknownKeysAndStatusesLeftOut() {
    var fields =
        CaseFields.parse(
            """
            {"totalAmount": {"label": "金額", "type": "amount", "value": 5000,
              "status": "CHECKED_BY_HAND", "note": "typed in Cockpit"}}
            """);

    var amount = fields.get("totalAmount");
    assertThat(amount.value()).isEqualTo(5_000L);
    assertThat(amount.status()).isNull();
    assertThat(amount.confidence()).as("no confidence written, none invented").isNull();
    assertThat(amount.reviewed(5_000L, "operator-1").status())
        .as("a status Gyomu does not know is not OK")
        .isEqualTo(Status.CONFIRMED);
  }

  /** Bots are written against docs/BOTS.md: its example is what Gyomu writes, with every key. */
  @Test
  void theBotGuidesExampleIsWhatGyomuWritesWithEveryKeyAndEveryStatusExplained() throws Exception {
    String guide = Files.readString(ProjectFolders.root().resolve("docs/BOTS.md"));
    String section = guide.substring(guide.indexOf("### The `fields` variable"));
    String example =
        section.substring(
            section.indexOf("```json") + 7, section.indexOf("```", section.indexOf("```json") + 7));

    var fields = CaseFields.parse(example);

    JSONAssert.assertEquals(example, CaseFields.json(fields), JSONCompareMode.STRICT);
    Set<String> keysInExample = new TreeSet<>();
    new ObjectMapper()
        .readTree(example)
        .forEach(field -> field.fieldNames().forEachRemaining(keysInExample::add));
    assertThat(keysInExample)
        .isEqualTo(
            Arrays.stream(CaseField.class.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new)));
    for (Status status : Status.values()) {
      assertThat(section).as("the status table").contains("| `" + status + "` |");
    }
  }

  @Test
  void aVariableThatIsNotAnObjectOfFieldsIsRefused() {
    assertThatThrownBy(() -> CaseFields.parse("[1, 2]"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not a JSON object");
  }
}
