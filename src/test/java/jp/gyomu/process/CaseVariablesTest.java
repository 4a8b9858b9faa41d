package jp.gyomu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.gyomu.fields.CrossFieldCheck;
import jp.gyomu.fields.CrossFieldChecks;
import jp.gyomu.fields.ExtractedField;
import jp.gyomu.fields.ExtractedField.Status;
import jp.gyomu.fields.FieldDefinition;
import jp.gyomu.fields.FieldExtraction;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.fields.FieldType;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/** The start variables of a case, as bots, decision tables and the review form read them. */
class CaseVariablesTest {

  static final FieldTemplate TEMPLATE =
      new FieldTemplate(
          "claim",
          "請求",
          "Claim",
          "jpn",
          List.of(),
          List.of(),
          List.of(
              field("applicationDate", "申請日", FieldType.DATE, true),
              field("totalAmount", "金額", FieldType.AMOUNT, true),
              field("purpose", "目的", FieldType.TEXT, true),
              field("note", "備考", FieldType.TEXT, false),
              field("phone", "電話番号", FieldType.PHONE, false)));

  static final FieldExtraction EXTRACTION =
      new FieldExtraction(
          "claim",
          List.of(
              new ExtractedField(
                  "applicationDate",
                  LocalDate.of(2026, 4, 10),
                  "令和8年4月10日",
                  93.26f,
                  95f,
                  new Rectangle(600, 200, 500, 48),
                  0,
                  Status.OK,
                  null,
                  true),
              new ExtractedField(
                  "totalAmount",
                  12_800L,
                  "12,800円",
                  41.04f,
                  60f,
                  new Rectangle(610, 1280, 320, 50),
                  1,
                  Status.LOW_CONFIDENCE,
                  List.of(Reason.of(ReasonCode.LOW_CONFIDENCE, 41, 80)),
                  true),
              new ExtractedField(
                  "purpose",
                  null,
                  "",
                  0,
                  0,
                  null,
                  -1,
                  Status.MISSING,
                  List.of(Reason.of(ReasonCode.LABEL_NOT_FOUND, "目的")),
                  true),
              new ExtractedField(
                  "phone",
                  null,
                  "03-12",
                  88f,
                  88f,
                  null,
                  0,
                  Status.INVALID,
                  List.of(Reason.of(ReasonCode.PHONE_DIGITS, "03-12")),
                  false)));

  @Test
  void everyTemplateFieldIsAVariableWithDatesAsIsoText() {
    Map<String, Object> variables = CaseVariables.of(TEMPLATE, EXTRACTION, 87.5);

    assertThat(variables)
        .containsEntry("applicationDate", "2026-04-10")
        .containsEntry("totalAmount", 12_800L)
        .containsEntry("purpose", null)
        .containsEntry("note", null)
        .containsEntry("phone", null)
        .containsEntry(ProcessVariables.MEAN_CONFIDENCE, 87.5)
        .containsEntry(ProcessVariables.NEEDS_REVIEW, true)
        .containsEntry(
            ProcessVariables.REVIEW_REASONS,
            "金額: 読取の確信度 41 が基準 80 を下回っています\n目的: ラベル (目的) が見つかりません");
  }

  /** The wire format bots and the review form read (docs/BOTS.md); changing it breaks them. */
  @Test
  void theFieldsVariableKeepsItsJsonShape() throws Exception {
    var fields = (JsonValue) CaseVariables.of(TEMPLATE, EXTRACTION, 87.5).get("fields");

    JSONAssert.assertEquals(
        """
        {
          "applicationDate": {"label": "申請日", "type": "date", "required": true,
            "value": "2026-04-10", "raw": "令和8年4月10日", "confidence": 93.3, "status": "OK",
            "page": 1, "box": {"x": 600, "y": 200, "width": 500, "height": 48}},
          "totalAmount": {"label": "金額", "type": "amount", "required": true,
            "value": 12800, "raw": "12,800円", "confidence": 41.0, "status": "LOW_CONFIDENCE",
            "reason": "OCR confidence 41 is below 80",
            "reasons": [{"code": "LOW_CONFIDENCE", "args": ["41", "80"]}],
            "reasonText": "読取の確信度 41 が基準 80 を下回っています",
            "page": 2, "box": {"x": 610, "y": 1280, "width": 320, "height": 50}},
          "purpose": {"label": "目的", "type": "text", "required": true, "value": null,
            "raw": "", "confidence": 0, "status": "MISSING",
            "reason": "none of the labels [目的] found",
            "reasons": [{"code": "LABEL_NOT_FOUND", "args": ["目的"]}],
            "reasonText": "ラベル (目的) が見つかりません"},
          "note": {"label": "備考", "type": "text", "required": false, "value": null,
            "confidence": 0, "status": "MISSING"},
          "phone": {"label": "電話番号", "type": "phone", "required": false, "value": null,
            "raw": "03-12", "confidence": 88, "status": "INVALID",
            "reason": "a Japanese phone number has 10 or 11 digits starting with 0, not 03-12",
            "reasons": [{"code": "PHONE_DIGITS", "args": ["03-12"]}],
            "reasonText": "電話番号は 0 で始まる 10 桁か 11 桁です (03-12 ではありません)",
            "page": 1}
        }
        """,
        fields.getValueSerialized(),
        JSONCompareMode.STRICT);
    assertThat(fields.getValueSerialized())
        .as("keys in the template's order, as the review form lists them")
        .containsSubsequence(
            "\"applicationDate\"", "\"totalAmount\"", "\"purpose\"", "\"note\"", "\"phone\"");
  }

  @Test
  void aFailedCheckAcrossFieldsSendsTheCaseToReviewWithItsReasonOnALineOfItsOwn() {
    var sum = new CrossFieldCheck.Sum("totalAmount", List.of("subtotal", "tax"));
    FieldTemplate invoice =
        new FieldTemplate(
            "claim",
            "請求",
            "Claim",
            "jpn",
            List.of(),
            List.of(),
            List.of(
                field("subtotal", "小計", FieldType.AMOUNT, false),
                field("tax", "消費税", FieldType.AMOUNT, false),
                field("totalAmount", "合計", FieldType.AMOUNT, true)),
            List.of(sum),
            null);
    List<ExtractedField> read =
        List.of(ok("subtotal", 11_223L), ok("tax", 1_122L), ok("totalAmount", 12_000L));
    var extraction = new FieldExtraction("claim", read, CrossFieldChecks.failures(invoice, read));

    Map<String, Object> variables = CaseVariables.of(invoice, extraction, 90.0);

    assertThat(variables)
        .containsEntry(ProcessVariables.NEEDS_REVIEW, true)
        .containsEntry(
            ProcessVariables.REVIEW_REASONS,
            "合計 12,000 が 小計 11,223 + 消費税 1,122 = 12,345 と一致しません"
                + " (the total is not the sum of its parts)");
  }

  @Test
  void aChoiceCarriesItsOptionsForTheReviewForm() throws Exception {
    FieldTemplate form =
        new FieldTemplate(
            "claim",
            "請求",
            "Claim",
            "jpn",
            List.of(),
            List.of(),
            List.of(
                new FieldDefinition(
                    "payment",
                    "支払方法",
                    List.of("支払方法"),
                    FieldType.CHOICE,
                    true,
                    80,
                    null,
                    List.of("口座振込", "現金"),
                    List.of(),
                    1),
                field("registered", "登録", FieldType.CHECKBOX, false)));
    var extraction =
        new FieldExtraction("claim", List.of(ok("payment", "現金"), ok("registered", true)));

    var fields = (JsonValue) CaseVariables.of(form, extraction, 90.0).get("fields");

    JSONAssert.assertEquals(
        """
        {
          "payment": {"label": "支払方法", "type": "choice", "options": ["口座振込", "現金"],
            "value": "現金", "status": "OK"},
          "registered": {"label": "登録", "type": "checkbox", "value": true, "status": "OK"}
        }
        """,
        fields.getValueSerialized(),
        JSONCompareMode.LENIENT);
    assertThat(fields.getValueSerialized()).containsOnlyOnce("options");
  }

  private static ExtractedField ok(String name, Object value) {
    return new ExtractedField(
        name, value, value.toString(), 95f, 95f, null, 0, Status.OK, null, false);
  }

  private static FieldDefinition field(
      String name, String label, FieldType type, boolean required) {
    return new FieldDefinition(name, label, List.of(label), type, required, 80, null);
  }
}
