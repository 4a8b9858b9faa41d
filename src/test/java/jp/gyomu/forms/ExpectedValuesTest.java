package jp.gyomu.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.gyomu.fields.ColumnDefinition;
import jp.gyomu.fields.ExtractedField;
import jp.gyomu.fields.FieldDefinition;
import jp.gyomu.fields.FieldExtraction;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.fields.FieldType;
import org.junit.jupiter.api.Test;

class ExpectedValuesTest {

  private static final FieldTemplate INVOICE =
      new FieldTemplate(
          "invoice",
          "請求書",
          "Invoice",
          "jpn",
          List.of(),
          List.of(),
          List.of(
              field("issueDate", FieldType.DATE),
              field("totalAmount", FieldType.AMOUNT),
              field("issuer", FieldType.TEXT),
              field("taxIncluded", FieldType.CHECKBOX),
              new FieldDefinition(
                  "lineItems",
                  "明細",
                  List.of("明細"),
                  FieldType.TABLE,
                  false,
                  50,
                  null,
                  List.of(),
                  List.of(
                      new ColumnDefinition("item", "品名", List.of("品名"), FieldType.TEXT),
                      new ColumnDefinition("amount", "金額", List.of("金額"), FieldType.AMOUNT)),
                  1)));

  private static final FieldExtraction READ =
      new FieldExtraction(
          "invoice",
          List.of(
              read("issueDate", LocalDate.of(2024, 4, 30)),
              read("totalAmount", 13_200L),
              read("issuer", "株式会社みどり情報サービス"),
              read("taxIncluded", Boolean.TRUE),
              read(
                  "lineItems",
                  List.of(
                      Map.of("item", "保守費用", "amount", 12_000L),
                      Map.of("item", "消費税", "amount", 1_200L)))));

  @Test
  void valuesAreComparedAfterTheFieldTypeNormalisesBothSides() {
    var comparisons =
        ExpectedValues.parse(
                """
                {"issueDate": "令和6年4月30日", "totalAmount": "13,200円",
                 "issuer": "株式会社 みどり 情報サービス", "taxIncluded": true}""",
                INVOICE)
            .compare(READ);

    assertThat(comparisons).allMatch(ExpectedValues.Comparison::right);
    assertThat(comparisons.get(0).expected()).isEqualTo("2024-04-30");
    assertThat(comparisons.get(1).expected()).isEqualTo(13_200L);
  }

  @Test
  void aValueReadDifferentlyIsWrongAndSaysBothValues() {
    var comparison = ExpectedValues.parse("{\"totalAmount\": 12000}", INVOICE).compare(READ).get(0);

    assertThat(comparison.right()).isFalse();
    assertThat(comparison.expected()).isEqualTo(12_000L);
    assertThat(comparison.read()).isEqualTo(13_200L);
  }

  @Test
  void tableCellsAreComparedOneByOneAndCountPerColumn() {
    var expected =
        ExpectedValues.parse(
            """
            {"lineItems[1].amount": "1,200", "lineItems[0].item": "保守 費用",
             "lineItems[2].amount": 500}""",
            INVOICE);

    assertThat(expected.compare(READ))
        .extracting(ExpectedValues.Comparison::right)
        .containsExactly(true, true, false);
    assertThat(expected.tallies())
        .containsExactly("lineItems.amount", "lineItems.item", "lineItems.amount");
  }

  @Test
  void aWholeTableIsItsCells() {
    var expected =
        ExpectedValues.parse(
            "{\"lineItems\": [{\"item\": \"保守費用\", \"amount\": 12000}, {\"amount\": 1000}]}",
            INVOICE);

    assertThat(expected.compare(READ))
        .extracting(ExpectedValues.Comparison::key, ExpectedValues.Comparison::right)
        .map(t -> t.toList())
        .containsExactly(
            List.of("lineItems[0].item", true),
            List.of("lineItems[0].amount", true),
            List.of("lineItems[1].amount", false));
  }

  @Test
  void aMissingValueIsRightOnlyWhenNoneWasExpected() {
    var nothingRead = new FieldExtraction("invoice", List.of());

    assertThat(
            ExpectedValues.parse("{\"issuer\": null, \"totalAmount\": 1}", INVOICE)
                .compare(nothingRead))
        .extracting(ExpectedValues.Comparison::right)
        .containsExactly(true, false);
  }

  @Test
  void keysThatNameNoFieldOrColumnAreRefusedWithTheName() {
    assertThatThrownBy(() -> ExpectedValues.parse("{\"colour\": 1}", INVOICE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no field colour");
    assertThatThrownBy(() -> ExpectedValues.parse("{\"lineItems[0].price\": 1}", INVOICE))
        .hasMessageContaining("lineItems has no column price");
    assertThatThrownBy(() -> ExpectedValues.parse("{\"lineItems.amount\": 1}", INVOICE))
        .hasMessageContaining("neither a field name nor a table cell");
    assertThatThrownBy(() -> ExpectedValues.parse("[1, 2]", INVOICE))
        .hasMessageContaining("an object of field name to value");
    assertThatThrownBy(() -> ExpectedValues.parse("{\"issuer\": ", INVOICE))
        .hasMessageContaining("not JSON");
  }

  private static FieldDefinition field(String name, FieldType type) {
    return new FieldDefinition(name, name, List.of(name), type, false, 50, null);
  }

  private static ExtractedField read(String name, Object value) {
    return new ExtractedField(
        name, value, String.valueOf(value), 90, 90, null, 0, ExtractedField.Status.OK, null, false);
  }
}
