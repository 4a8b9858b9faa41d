package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Table reading decided from the pixels where OCR's words leave it unsure: drawn tables (Java2D,
 * Noto Sans CJK JP) with the words a perfect reader would report, some of them taken away.
 */
class TablePixelsTest {

  private static final double POINTS = 10.5;
  private static final double HEADER = 20; // baseline, mm
  private static final double PITCH = 5; // rows 5 mm apart: closer than a row's wrapped lines
  private static final String[][] PUPILS = {
    {"橋本修", "みどり小学校", "3年"}, {"松本達也", "みどり中学校", "5年"}, {"佐藤一郎", "ひがし中学校", "1年"}
  };

  private static FieldDefinition pupils(ColumnDefinition... columns) {
    return new FieldDefinition(
        "pupils",
        "対象児童生徒",
        List.of("対象児童生徒"),
        FieldType.TABLE,
        true,
        0,
        null,
        List.of(),
        List.of(columns),
        1);
  }

  private static final ColumnDefinition NAME =
      new ColumnDefinition("name", "氏名", List.of("氏名"), FieldType.TEXT);
  private static final ColumnDefinition SCHOOL =
      new ColumnDefinition("school", "学校名", List.of("学校名"), FieldType.TEXT);
  private static final ColumnDefinition GRADE =
      new ColumnDefinition("grade", "学年", List.of("学年"), FieldType.NUMBER);

  /** A table of three pupils, rows ruled or not, the 学年 header read by OCR or not. */
  private static MarkedPages table(boolean ruled, boolean gradeHeaderRead) {
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("氏名", 20, HEADER, POINTS);
    page.text("学校名", 70, HEADER, POINTS);
    Rectangle grade = page.text("学年", 140, HEADER, POINTS);
    if (!gradeHeaderRead) {
      page.unread(grade);
    }
    for (int r = 0; r < PUPILS.length; r++) {
      double baseline = HEADER + PITCH * (r + 1);
      page.text(PUPILS[r][0], 12, baseline, POINTS);
      page.text(PUPILS[r][1], 62, baseline, POINTS);
      page.text(PUPILS[r][2], 150, baseline, POINTS);
      if (ruled) {
        page.rule(new Rectangle(page.px(10), page.px(baseline - 4), page.px(160), page.px(PITCH)));
      }
    }
    return page;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> read(MarkedPages page, FieldDefinition field) {
    FieldTemplate template =
        new FieldTemplate("pupils", "テスト", "Test", "jpn", List.of(), List.of(), List.of(field));
    return (List<Map<String, Object>>)
        FieldExtractor.extract(List.of(page.page()), template).fields().get(0).value();
  }

  @Test
  void aRuleBetweenTwoCloseLinesMakesThemTwoRowsNotOneRowsWrappedText() {
    List<Map<String, Object>> rows = read(table(true, true), pupils(NAME, SCHOOL));

    assertThat(rows).extracting(r -> r.get("name")).containsExactly("橋本修", "松本達也", "佐藤一郎");
  }

  @Test
  void closeLinesWithoutARuleBetweenThemAreOneRowsWrappedText() {
    List<Map<String, Object>> rows = read(table(false, true), pupils(NAME, SCHOOL));

    assertThat(rows).extracting(r -> r.get("name")).containsExactly("橋本修松本達也佐藤一郎");
  }

  @Test
  void aLastColumnWhoseHeaderOcrMissedIsPlacedByTheInkOfItsLabel() {
    List<Map<String, Object>> rows = read(table(true, false), pupils(NAME, SCHOOL, GRADE));

    assertThat(rows).extracting(r -> r.get("school")).containsExactly("みどり小学校", "みどり中学校", "ひがし中学校");
    assertThat(rows).extracting(r -> r.get("grade")).containsExactly(3L, 5L, 1L);
  }

  private static final ColumnDefinition ITEM =
      new ColumnDefinition("item", "設備名", List.of("設備名"), FieldType.TEXT);
  private static final ColumnDefinition QUANTITY =
      new ColumnDefinition("quantity", "数量", List.of("数量"), FieldType.NUMBER);
  private static final ColumnDefinition FEE =
      new ColumnDefinition("fee", "使用料", List.of("使用料（円）"), FieldType.AMOUNT);

  /**
   * A ruled equipment table: a 90 mm name column, then two 40 mm number columns whose numbers stand
   * right-aligned, the narrow 数量 label centred in its cell beside the long 使用料（円）, so a quantity
   * lies past halfway between the two labels.
   */
  private static MarkedPages equipment(boolean quantityHeaderRead) {
    MarkedPages page = MarkedPages.strip(300, 200, 50);
    double[] edges = {10, 100, 140, 180};
    String[][] rows = {{"会議室", "1", "2,150"}, {"マイク", "6", "15,900"}};
    page.text("設備名", 50, HEADER, POINTS);
    Rectangle quantity = page.text("数量", 116, HEADER, POINTS);
    if (!quantityHeaderRead) {
      page.unread(quantity);
    }
    page.text("使用料（円）", 149, HEADER, POINTS);
    for (int r = 0; r < rows.length; r++) {
      double baseline = HEADER + 7 * (r + 1);
      page.text(rows[r][0], 12, baseline, POINTS);
      page.text(rows[r][1], 137, baseline, POINTS);
      page.text(rows[r][2], 178 - 2 * rows[r][2].length(), baseline, POINTS);
    }
    for (int r = 0; r <= rows.length; r++) {
      for (int c = 0; c + 1 < edges.length; c++) {
        double top = HEADER - 5 + 7 * r;
        page.rule(
            new Rectangle(
                page.px(edges[c]),
                page.px(top),
                page.px(edges[c + 1]) - page.px(edges[c]),
                page.px(7)));
      }
    }
    return page;
  }

  @Test
  void aNumberRightAlignedInANarrowColumnBelongsToTheCellItsRulesEnclose() {
    List<Map<String, Object>> rows = read(equipment(true), pupils(ITEM, QUANTITY, FEE));

    assertThat(rows).extracting(r -> r.get("quantity")).containsExactly(1L, 6L);
    assertThat(rows).extracting(r -> r.get("fee")).containsExactly(2150L, 15900L);
  }

  @Test
  void aMiddleColumnWhoseHeaderOcrMissedLiesBetweenTheRulesAroundIt() {
    List<Map<String, Object>> rows = read(equipment(false), pupils(ITEM, QUANTITY, FEE));

    assertThat(rows).extracting(r -> r.get("item")).containsExactly("会議室", "マイク");
    assertThat(rows).extracting(r -> r.get("quantity")).containsExactly(1L, 6L);
    assertThat(rows).extracting(r -> r.get("fee")).containsExactly(2150L, 15900L);
  }

  @Test
  void aNumberOcrDidNotReadIsReadAgainFromItsCellBetweenTheRules() {
    MarkedPages page = equipment(true);
    page.unread(new Rectangle(page.px(136), page.px(HEADER + 2), page.px(4), page.px(16)));
    List<Integer> looked = new java.util.ArrayList<>();
    SecondLook look =
        (image, dpi, region) -> {
          looked.add(image.getWidth());
          // what a second model reads in the crop: the digit drawn in that row, rows in order
          String digit = looked.size() == 1 ? "1" : "6";
          return List.of(new jp.gyomu.ocr.OcrWord(digit, 91f, region));
        };
    List<Map<String, Object>> rows = equipmentRows(page, look);

    assertThat(rows).extracting(r -> r.get("quantity")).containsExactly(1L, 6L);
    assertThat(rows).extracting(r -> r.get("fee")).containsExactly(2150L, 15900L);
    // only the two empty 数量 cells, each a crop of its cell between the rules (40 mm and a margin)
    assertThat(looked).hasSize(2).allSatisfy(w -> assertThat(w).isLessThan(page.px(42)));
  }

  @Test
  void aNumberOcrDidNotReadInTheLastColumnIsReadInsideTheTablesBorderWithItsUnit() {
    MarkedPages page = equipment(true);
    // the first row's 2,150 at the right border
    page.unread(new Rectangle(page.px(160), page.px(HEADER + 2), page.px(20), page.px(6)));
    List<java.awt.image.BufferedImage> crops = new java.util.ArrayList<>();
    SecondLook look =
        (image, dpi, region) -> {
          crops.add(image);
          return List.of(new jp.gyomu.ocr.OcrWord("2,150円", 91f, region));
        };
    List<Map<String, Object>> rows = equipmentRows(page, look);

    assertThat(rows).extracting(r -> r.get("fee")).containsExactly(2150L, 15900L);
    // one crop, of the cell alone: the rules round it painted out
    assertThat(crops).hasSize(1);
    java.awt.image.BufferedImage crop = crops.get(0);
    assertThat(crop.getWidth()).isLessThan(page.px(42));
    for (int y = 0; y < crop.getHeight(); y++) {
      int ink = 0;
      for (int x = 0; x < crop.getWidth(); x++) {
        ink += (crop.getRGB(x, y) & 0xFF) < 128 ? 1 : 0;
      }
      assertThat(ink).as("dark pixels in row %d", y).isLessThan(crop.getWidth() / 2);
    }
  }

  @Test
  void aShortSentenceBelowARuledTablesBottomRuleIsNoRowHoweverCloseItStands() {
    MarkedPages page = equipment(true);
    // under the bottom rule (36 mm), nearer the last row than an empty row would stand
    page.text("上記のとおり申請します。", 12, HEADER + 7 * 2 + 9, POINTS);

    List<Map<String, Object>> rows = equipmentRows(page, SecondLook.NONE);

    assertThat(rows).extracting(r -> r.get("item")).containsExactly("会議室", "マイク");
  }

  @Test
  void aNoteInARowWhoseCellsAreMergedStaysARowInsideTheTablesBorder() {
    MarkedPages page = equipment(true);
    double top = HEADER - 5 + 7 * 3;
    page.rule(new Rectangle(page.px(10), page.px(top), page.px(170), page.px(7)));
    page.text("※機器の持込みは事前に申請してください。", 12, top + 5, POINTS);

    List<Map<String, Object>> rows = equipmentRows(page, SecondLook.NONE);

    assertThat(rows)
        .extracting(r -> r.get("item"))
        .containsExactly("会議室", "マイク", "※機器の持込みは事前に申請してください。");
  }

  /** The equipment table's rows as the extractor reads them with {@code look} as second look. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> equipmentRows(MarkedPages page, SecondLook look) {
    FieldTemplate template =
        new FieldTemplate(
            "pupils",
            "テスト",
            "Test",
            "jpn",
            List.of(),
            List.of(),
            List.of(pupils(ITEM, QUANTITY, FEE)));
    return (List<Map<String, Object>>)
        FieldExtractor.extract(List.of(page.page()), template, look).fields().get(0).value();
  }
}
