package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks across fields, declared in a fields file, applied to the values read. */
class CrossFieldChecksTest {

  private static final String YAML =
      """
      id: order-form
      name: {ja: 注文書, en: Order form}
      fields:
        - {name: orderDate, label: 注文日, type: date}
        - {name: deliveryDate, label: 納品日, type: date}
        - {name: applicationDate, label: 申請日, type: date}
        - name: lineItems
          label: 明細
          type: table
          columns:
            - {name: item, label: 品名, type: text}
            - {name: amount, label: 金額, type: amount}
        - {name: subtotal, label: 小計, type: amount}
        - {name: tax, label: 消費税, type: amount}
        - {name: totalAmount, label: 合計, type: amount}
        - {name: phone, label: 電話, type: phone}
        - {name: email, label: メール, type: text}
      checks:
        - sum: totalAmount
          of: [subtotal, tax]
        - sum: subtotal
          of: [lineItems.amount]
        - dateOrder: [orderDate, deliveryDate, applicationDate]
        - requiredOneOf: [phone, email]
        - taxRate: tax
          base: subtotal
          rates: [8, 10]
      """;

  @TempDir static Path folder;
  static FieldTemplate template;

  @BeforeAll
  static void load() throws IOException {
    template =
        FieldTemplateLoader.load(Files.writeString(folder.resolve("order-form.fields.yaml"), YAML));
  }

  @Test
  void theLoaderReadsEachKindOfCheck() {
    assertThat(template.checks())
        .containsExactly(
            new CrossFieldCheck.Sum("totalAmount", List.of("subtotal", "tax")),
            new CrossFieldCheck.Sum("subtotal", List.of("lineItems.amount")),
            new CrossFieldCheck.DateOrder(List.of("orderDate", "deliveryDate", "applicationDate")),
            new CrossFieldCheck.RequiredOneOf(List.of("phone", "email")),
            new CrossFieldCheck.TaxRate("tax", "subtotal", List.of(8, 10)));
  }

  @Test
  void aConsistentDocumentPassesEveryCheck() {
    assertThat(failures(consistent())).isEmpty();
  }

  @Test
  void aTotalThatIsNotSubtotalPlusTaxFailsWithBothSidesFormatted() {
    Map<String, Object> values = consistent();
    values.put("totalAmount", 12_000L);

    assertThat(failures(values))
        .containsExactly(
            "合計 12,000 が 小計 11,223 + 消費税 1,122 = 12,345 と一致しません"
                + " (the total is not the sum of its parts)");
  }

  @Test
  void aSumWrongByOneYenFails() {
    Map<String, Object> values = consistent();
    values.put("totalAmount", 12_346L);

    assertThat(failures(values))
        .singleElement()
        .asString()
        .startsWith("合計 12,346 が 小計 11,223 + 消費税 1,122 = 12,345 と一致しません");
  }

  @Test
  void aColumnSumAddsTheTablesCells() {
    Map<String, Object> values = consistent();
    values.put("lineItems", rows(5_000L, 6_000L, 223L, 1L));

    assertThat(failures(values))
        .singleElement()
        .asString()
        .startsWith("小計 11,223 が 明細の金額（4行） 11,224 と一致しません");
  }

  @Test
  void aColumnWithAnUnreadCellIsNotSummed() {
    Map<String, Object> values = consistent();
    List<Map<String, Object>> rows = new ArrayList<>(rows(5_000L, 6_000L));
    Map<String, Object> unread = new HashMap<>();
    unread.put("item", "送料");
    unread.put("amount", null);
    rows.add(unread);
    values.put("lineItems", rows);

    assertThat(failures(values)).isEmpty();
  }

  @Test
  void aCheckWhoseFieldIsMissingIsSkipped() {
    Map<String, Object> values = consistent();
    values.put("totalAmount", 99_999L);
    values.remove("tax");

    assertThat(failures(values)).isEmpty();
  }

  @Test
  void datesOutOfOrderFailNamingTheTwoDates() {
    Map<String, Object> values = consistent();
    values.put("deliveryDate", LocalDate.of(2024, 5, 20));

    assertThat(failures(values))
        .containsExactly("納品日 2024-05-20 が 申請日 2024-05-10 より後になっています (the dates are out of order)");
  }

  @Test
  void theDatesThatWereReadAreOrderedWhenOneIsMissing() {
    Map<String, Object> values = consistent();
    values.remove("deliveryDate");
    values.put("orderDate", LocalDate.of(2024, 6, 1));

    assertThat(failures(values))
        .singleElement()
        .asString()
        .startsWith("注文日 2024-06-01 が 申請日 2024-05-10 より後");
  }

  @Test
  void equalDatesAreInOrder() {
    Map<String, Object> values = consistent();
    values.put("orderDate", LocalDate.of(2024, 5, 10));
    values.put("deliveryDate", LocalDate.of(2024, 5, 10));

    assertThat(failures(values)).isEmpty();
  }

  @Test
  void oneOfPhoneOrEmailIsEnough() {
    Map<String, Object> values = consistent();
    values.remove("phone");

    assertThat(failures(values)).isEmpty();
  }

  @Test
  void neitherPhoneNorEmailFails() {
    Map<String, Object> values = consistent();
    values.remove("phone");
    values.remove("email");

    assertThat(failures(values))
        .containsExactly("電話・メール のいずれかが必要ですが、どれも読み取れませんでした (one of them is required)");
  }

  /** Vectors: the tax on a base at 8% or 10%, rounded down, to nearest or up, within one yen. */
  @ParameterizedTest(name = "tax {1} on {0}: {2}")
  @CsvSource({
    "11223, 1122, true", // 10% = 1,122.3 rounded down
    "11223, 897, true", // 8% = 897.84 rounded down
    "11223, 898, true", // 8% rounded to nearest (and up)
    "11225, 1123, true", // 10% = 1,122.5 rounded to nearest
    "11223, 1121, true", // one yen under 10%
    "11223, 1124, true", // one yen over 10% rounded up
    "11223, 1125, false", // two yen over
    "11223, 895, false", // two yen under 8%
    "11223, 1000, false", // between the rates
    "11223, 0, false",
    "100, 10, true",
    "100, 8, true",
    "1000000, 100000, true",
    "1000000, 80000, true",
    "1000000, 100002, false"
  })
  void taxRateVectors(long base, long tax, boolean holds) {
    Map<String, Object> values = consistent();
    values.put("subtotal", base);
    values.put("tax", tax);
    values.put("totalAmount", base + tax);
    values.remove("lineItems");

    assertThat(failures(values)).hasSize(holds ? 0 : 1);
  }

  @Test
  void aWrongTaxNamesWhatEachRateWouldGive() {
    Map<String, Object> values = consistent();
    values.put("tax", 1_000L);
    values.put("totalAmount", 12_223L);

    assertThat(failures(values))
        .containsExactly(
            "消費税 1,000 が 小計 11,223 の 8% (897) とも 10% (1,122) とも合いません (the tax matches no rate)");
  }

  @Test
  void aFailedCheckSendsTheDocumentToReview() {
    Map<String, Object> values = consistent();
    values.put("totalAmount", 12_000L);
    FieldExtraction extraction = extraction(values);

    assertThat(extraction.fields()).noneMatch(ExtractedField::needsReview);
    assertThat(extraction.needsReview()).isTrue();
    assertThat(extraction.failedChecks())
        .extracting(FieldExtraction.CheckFailure::check)
        .containsExactly(template.checks().get(0));
  }

  /** An order of 11,223 yen (lines 5,000 + 6,000 + 223) with 10% tax, all dates in order. */
  private static Map<String, Object> consistent() {
    Map<String, Object> values = new HashMap<>();
    values.put("orderDate", LocalDate.of(2024, 4, 1));
    values.put("deliveryDate", LocalDate.of(2024, 4, 30));
    values.put("applicationDate", LocalDate.of(2024, 5, 10));
    values.put("lineItems", rows(5_000L, 6_000L, 223L));
    values.put("subtotal", 11_223L);
    values.put("tax", 1_122L);
    values.put("totalAmount", 12_345L);
    values.put("phone", "03-1234-5678");
    values.put("email", "kaikei@example.lg.jp");
    return values;
  }

  private static List<Map<String, Object>> rows(Long... amounts) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < amounts.length; i++) {
      rows.add(Map.of("item", "品目" + (i + 1), "amount", amounts[i]));
    }
    return rows;
  }

  private static List<String> failures(Map<String, Object> values) {
    return extraction(values).failedChecks().stream()
        .map(FieldExtraction.CheckFailure::reason)
        .toList();
  }

  /** Every field read with full confidence, or missing when it has no value. */
  private static FieldExtraction extraction(Map<String, Object> values) {
    List<ExtractedField> fields = new ArrayList<>();
    for (FieldDefinition definition : template.fields()) {
      Object value = values.get(definition.name());
      fields.add(
          value == null
              ? ExtractedField.missing(
                  definition, Reason.of(ReasonCode.LABEL_NOT_FOUND, definition.label()))
              : new ExtractedField(
                  definition.name(),
                  value,
                  value.toString(),
                  95,
                  95,
                  new Rectangle(0, 0, 10, 10),
                  0,
                  ExtractedField.Status.OK,
                  null,
                  definition.required()));
    }
    return new FieldExtraction(template.id(), fields, CrossFieldChecks.failures(template, fields));
  }
}
