package jp.gyomu.fields;

import static jp.gyomu.fields.ExtractedField.Status.INVALID;
import static jp.gyomu.fields.ExtractedField.Status.LOW_CONFIDENCE;
import static jp.gyomu.fields.ExtractedField.Status.MISSING;
import static jp.gyomu.fields.ExtractedField.Status.OK;
import static jp.gyomu.fields.TestPages.CHAR;
import static jp.gyomu.fields.TestPages.at;
import static jp.gyomu.fields.TestPages.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped invoice's {@code lineItems} table on synthetic OCR words: a header at y 600 with
 * columns 品名, 数量, 単価 and 金額; names left-aligned at x 110, numbers right-aligned at x 1080, 1300 and
 * 1600; rows 60 pixels (two character heights) apart.
 */
class TableReaderTest {

  private static final FieldTemplate INVOICE =
      FieldTemplateLoader.load(Path.of("processes/invoice.fields.yaml"));
  private static final int HEADER_Y = 600;
  private static final int PITCH = 60;

  /** The invoice above its table: title, date, number, issuer and total. */
  private static TestPages invoiceHead() {
    return page()
        .row(100, at(700, "請求書"))
        .row(200, at(1100, "請求日"), at(1220, "令和6年4月30日"))
        .row(260, at(1100, "請求書番号"), at(1280, "INV-2024-0042"))
        .row(320, at(100, "発行者"), at(250, "株式会社みどり情報サービス"))
        .row(400, at(100, "ご請求金額"), at(300, "¥33,000"));
  }

  private static TestPages header(TestPages page, String quantityLabel) {
    return page.row(
        HEADER_Y, at(300, "品名"), at(1000, quantityLabel), at(1180, "単価"), at(1450, "金額"));
  }

  /** One item row at a y; numbers right-aligned at their column's right edge. */
  private static TestPages item(
      TestPages page, int y, String name, String quantity, String unitPrice, String amount) {
    List<TestPages.Cell> cells = new ArrayList<>();
    if (name != null) {
      cells.add(at(110, name));
    }
    for (String[] cell :
        new String[][] {{quantity, "1080"}, {unitPrice, "1300"}, {amount, "1600"}}) {
      if (cell[0] != null) {
        cells.add(at(Integer.parseInt(cell[1]) - cell[0].length() * CHAR, cell[0]));
      }
    }
    return page.row(y, cells.toArray(TestPages.Cell[]::new));
  }

  private static int rowY(int row) {
    return HEADER_Y + PITCH * (row + 1);
  }

  private static ExtractedField lineItems(TestPages page) {
    return FieldExtractor.extract(page.build(), INVOICE).field("lineItems").orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(ExtractedField field) {
    return (List<Map<String, Object>>) field.value();
  }

  private static Map<String, Object> row(String name, Long quantity, Long unitPrice, Long amount) {
    Map<String, Object> row = new HashMap<>();
    row.put("itemName", name);
    row.put("quantity", quantity);
    row.put("unitPrice", unitPrice);
    row.put("amount", amount);
    return row;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 10})
  void readsEveryRowUnderTheHeaderInPrintedOrder(int count) {
    TestPages page = header(invoiceHead(), "数量");
    List<Map<String, Object>> expected = new ArrayList<>();
    for (int r = 0; r < count; r++) {
      long quantity = r + 1;
      long price = 1000L * (r + 2);
      item(
          page,
          rowY(r),
          "保守作業" + (r + 1),
          "" + quantity,
          "%,d".formatted(price),
          "%,d".formatted(quantity * price));
      expected.add(row("保守作業" + (r + 1), quantity, price, quantity * price));
    }

    ExtractedField table = lineItems(page);

    assertThat(table.status()).isEqualTo(OK);
    assertThat(rows(table)).containsExactlyElementsOf(expected);
    assertThat(rows(table).get(0).keySet())
        .containsExactly("itemName", "quantity", "unitPrice", "amount");
    assertThat(table.confidence()).isEqualTo(TestPages.GOOD);
    assertThat(table.box().y).isEqualTo(HEADER_Y);
    assertThat(table.box().y + table.box().height).isEqualTo(rowY(count - 1) + CHAR);
  }

  @Test
  void leavesTheInvoicesOtherFieldsAsTheyWereRead() {
    TestPages page = header(invoiceHead(), "数量");
    item(page, rowY(0), "文書管理システム保守", "1", "30,000", "30,000");
    page.row(rowY(1), at(1200, "消費税"), at(1450, "3,000"));
    page.row(rowY(2), at(1200, "合計"), at(1420, "33,000"));

    FieldExtraction extraction = FieldExtractor.extract(page.build(), INVOICE);

    assertThat(extraction.values())
        .containsEntry("invoiceDate", LocalDate.of(2024, 4, 30))
        .containsEntry("invoiceNumber", "INV-2024-0042")
        .containsEntry("issuer", "株式会社みどり情報サービス")
        .containsEntry("totalAmount", 33000L);
    assertThat(rows(extraction.field("lineItems").orElseThrow()))
        .containsExactly(row("文書管理システム保守", 1L, 30000L, 30000L));
  }

  @Test
  void recognisesTotalsRowsAsNoItemsAndStopsAfterThem() {
    TestPages page = header(invoiceHead(), "数量");
    item(page, rowY(0), "保守作業", "2", "10,000", "20,000");
    item(page, rowY(1), "出張費", "1", "10,000", "10,000");
    page.row(rowY(2), at(1200, "小計"), at(1420, "30,000"));
    page.row(rowY(3), at(1100, "消費税(10%)"), at(1450, "3,000"));
    page.row(rowY(4), at(110, "合計"), at(1420, "33,000"));
    item(page, rowY(5), "振込手数料", null, null, "660");

    ExtractedField table = lineItems(page);

    assertThat(rows(table))
        .containsExactly(row("保守作業", 2L, 10000L, 20000L), row("出張費", 1L, 10000L, 10000L));
    assertThat(table.status()).isEqualTo(OK);
    assertThat(table.reason()).contains("小計 30,000", "合計 33,000");
  }

  @Test
  void endsTheTableAtAnEmptyRow() {
    TestPages page = header(invoiceHead(), "数量");
    item(page, rowY(0), "保守作業", "2", "10,000", "20,000");
    item(page, rowY(1), "出張費", "1", "10,000", "10,000");
    // row 3 is printed empty; what follows is no line item
    page.row(rowY(3), at(110, "振込先"), at(300, "みどり銀行 本店営業部 普通 1234567"));

    assertThat(rows(lineItems(page))).hasSize(2);
  }

  @Test
  void endsTheTableAtAnotherFieldsLabelAndAt以下余白() {
    TestPages labelled = header(invoiceHead(), "数量");
    item(labelled, rowY(0), "保守作業", "2", "10,000", "20,000");
    labelled.row(rowY(1), at(110, "支払期限"), at(300, "令和6年5月31日"));
    TestPages closed = header(invoiceHead(), "数量");
    item(closed, rowY(0), "保守作業", "2", "10,000", "20,000");
    closed.row(rowY(1), at(500, "以下余白"));
    item(closed, rowY(2), "メモ", null, null, "1");

    FieldExtraction extraction = FieldExtractor.extract(labelled.build(), INVOICE);

    assertThat(rows(extraction.field("lineItems").orElseThrow())).hasSize(1);
    assertThat(extraction.values()).containsEntry("dueDate", LocalDate.of(2024, 5, 31));
    assertThat(rows(lineItems(closed))).hasSize(1);
  }

  @Test
  void endsTheTableAtRunningTextJustBelowIt() {
    TestPages page = header(invoiceHead(), "数量");
    item(page, rowY(0), "保守作業", "2", "10,000", "20,000");
    page.row(rowY(1) + 30, at(110, "上記のとおり請求いたします。お支払いは期限までにお願いいたします。"));

    assertThat(rows(lineItems(page))).hasSize(1);
  }

  @Test
  void leavesTheCellsOfAMissingValueEmptyWithoutDoubt() {
    TestPages page = header(invoiceHead(), "数量");
    item(page, rowY(0), "保守作業", "2", "10,000", "20,000");
    item(page, rowY(1), "送料", null, null, "1,500");

    ExtractedField table = lineItems(page);

    assertThat(rows(table).get(1)).isEqualTo(row("送料", null, null, 1500L));
    assertThat(table.status()).isEqualTo(OK);
  }

  @Test
  void givesANoteSpanningSeveralColumnsToTheFirstOfThem() {
    TestPages page = header(invoiceHead(), "数量");
    item(page, rowY(0), "保守作業", "2", "10,000", "20,000");
    page.row(rowY(1), at(400, "※4月分の作業報告書を別紙にて添付"));
    item(page, rowY(2), "出張費", "1", "10,000", "10,000");

    ExtractedField table = lineItems(page);

    assertThat(rows(table))
        .containsExactly(
            row("保守作業", 2L, 10000L, 20000L),
            row("※4月分の作業報告書を別紙にて添付", null, null, null),
            row("出張費", 1L, 10000L, 10000L));
    assertThat(table.status()).isEqualTo(OK);
  }

  @Test
  void joinsAnItemNameWrappedOntoASecondLineOfItsRow() {
    TestPages page = header(invoiceHead(), "数量");
    item(page, rowY(0), "文書管理システム保守費用", "1", "30,000", "30,000");
    page.row(rowY(0) + CHAR + 5, at(110, "（4月分～6月分）"));
    // the next row is taller: its amounts are centred between its two lines of text
    int next = rowY(0) + 2 * PITCH;
    page.row(next - 20, at(110, "サーバ移設作業"));
    item(page, next, null, "1", "50,000", "50,000");
    page.row(next + 20, at(110, "（土日夜間）"));
    item(page, next + 20 + PITCH, "出張費", "1", "10,000", "10,000");

    ExtractedField table = lineItems(page);

    assertThat(rows(table))
        .containsExactly(
            row("文書管理システム保守費用(4月分~6月分)", 1L, 30000L, 30000L),
            row("サーバ移設作業(土日夜間)", 1L, 50000L, 50000L),
            row("出張費", 1L, 10000L, 10000L));
  }

  @Test
  void findsAHeaderWithOneMisreadCharacter() {
    TestPages page = header(invoiceHead(), "数暈");
    item(page, rowY(0), "保守作業", "2", "10,000", "20,000");

    ExtractedField table = lineItems(page);

    assertThat(rows(table)).containsExactly(row("保守作業", 2L, 10000L, 20000L));
    assertThat(table.status()).isEqualTo(OK);
  }

  @Test
  void placesTheFirstColumnOnTheWordsBeforeTheOtherLabelsWhenItsLabelIsUnreadable() {
    TestPages page =
        invoiceHead()
            .row(HEADER_Y, at(290, "RI 者"), at(1000, "数量"), at(1180, "単価"), at(1450, "金額"));
    item(page, rowY(0), "保守作業", "2", "10,000", "20,000");
    item(page, rowY(1), "機器設定", "1", "5,000", "5,000");

    ExtractedField table = lineItems(page);

    assertThat(rows(table))
        .containsExactly(row("保守作業", 2L, 10000L, 20000L), row("機器設定", 1L, 5000L, 5000L));
    assertThat(table.status()).isEqualTo(OK);
  }

  @Test
  void findsAHeaderInOtherWordsAndWithSpacedCharacters() {
    TestPages page =
        invoiceHead().row(HEADER_Y, at(270, "摘　要"), at(1000, "数"), at(1180, "単価"), at(1450, "価格"));
    item(page, rowY(0), "保守作業", "2", "10,000", "20,000");

    assertThat(rows(lineItems(page))).containsExactly(row("保守作業", 2L, 10000L, 20000L));
  }

  @Test
  void keepsAnUnreadableCellEmptyAndNamesItsRowAndColumn() {
    TestPages page = header(invoiceHead(), "数量");
    item(page, rowY(0), "保守作業", "2", "10,000", "20,000");
    item(page, rowY(1), "出張費", "1", "10,000", "不明");

    ExtractedField table = lineItems(page);

    assertThat(table.status()).isEqualTo(INVALID);
    assertThat(table.reason()).startsWith("2行目 金額: ");
    assertThat(rows(table).get(1)).isEqualTo(row("出張費", 1L, 10000L, null));
  }

  @Test
  void takesTheWeakestCellsConfidenceAndNamesTheCell() {
    TestPages page = header(invoiceHead(), "数量");
    item(page, rowY(0), "保守作業", "2", "10,000", "20,000");
    page.row(rowY(1), at(110, "出張費"), at(1050, "1", 31f));

    ExtractedField table = lineItems(page);

    assertThat(table.confidence()).isEqualTo(31f);
    assertThat(table.status()).isEqualTo(LOW_CONFIDENCE);
    assertThat(table.reason()).contains("2行目 数量");
  }

  @Test
  void isMissingWithoutAHeaderRowOrOnATextLayer() {
    TestPages noTable = invoiceHead();
    TestPages textLayer = header(invoiceHead(), "数量");
    item(textLayer, rowY(0), "保守作業", "2", "10,000", "20,000");

    ExtractedField none = lineItems(noTable);
    ExtractedField text =
        FieldExtractor.extract(textLayer.textLayer(), INVOICE).field("lineItems").orElseThrow();

    assertThat(none.status()).isEqualTo(MISSING);
    assertThat(none.reason()).contains("no header row");
    assertThat(text.status()).isEqualTo(MISSING);
    assertThat(text.reason()).contains("text layer");
  }
}
