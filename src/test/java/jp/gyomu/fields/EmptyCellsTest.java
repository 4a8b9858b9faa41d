package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.gyomu.ocr.OcrWord;
import org.junit.jupiter.api.Test;

/**
 * The second look at a table's text cells that the first reading left empty: a drawn, ruled table
 * of household members (Java2D, Noto Sans CJK JP) whose first reading missed a lone kanji in the
 * wide 続柄 column, as Tesseract does on whole pages.
 */
class EmptyCellsTest {

  private static final double POINTS = 10.5;
  private static final double HEADER = 20; // baseline, mm
  private static final double[] EDGES = {10, 60, 160};

  private static final ColumnDefinition NAME =
      new ColumnDefinition("name", "氏名", List.of("氏名"), FieldType.TEXT);
  private static final ColumnDefinition RELATIONSHIP =
      new ColumnDefinition("relationship", "続柄", List.of("続柄"), FieldType.TEXT);

  private static final FieldDefinition PEOPLE =
      new FieldDefinition(
          "people",
          "世帯員",
          List.of("世帯員"),
          FieldType.TABLE,
          true,
          0,
          null,
          List.of(),
          List.of(NAME, RELATIONSHIP),
          1);

  /** Two members; the first reading left the first row's 妻 out, and the second row's is blank. */
  private static MarkedPages members() {
    MarkedPages page = MarkedPages.strip(300, 200, 50);
    page.text("氏名", 12, HEADER, POINTS);
    page.text("続柄", 62, HEADER, POINTS);
    page.text("山田花子", 12, HEADER + 7, POINTS);
    page.unread(page.text("妻", 62, HEADER + 7, POINTS));
    page.text("山田一郎", 12, HEADER + 14, POINTS);
    for (int r = 0; r <= 2; r++) {
      for (int c = 0; c + 1 < EDGES.length; c++) {
        page.rule(
            new Rectangle(
                page.px(EDGES[c]),
                page.px(HEADER - 5 + 7 * r),
                page.px(EDGES[c + 1]) - page.px(EDGES[c]),
                page.px(7)));
      }
    }
    return page;
  }

  /** A second model that reads every crop it gets as the given text. */
  private static SecondLook reading(String text, List<Rectangle> looked) {
    return (image, dpi, region) -> {
      looked.add(new Rectangle(image.getWidth(), image.getHeight()));
      return List.of(new OcrWord(text, 90f, region));
    };
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> read(MarkedPages page, SecondLook look) {
    FieldTemplate template =
        new FieldTemplate("people", "テスト", "Test", "jpn", List.of(), List.of(), List.of(PEOPLE));
    return (List<Map<String, Object>>)
        FieldExtractor.extract(List.of(page.page()), template, look).fields().get(0).value();
  }

  @Test
  void aLoneKanjiTheFirstReadingLeftOutOfATextCellIsReadFromACropRoundItsInk() {
    MarkedPages page = members();
    List<Rectangle> looked = new ArrayList<>();

    List<Map<String, Object>> rows = read(page, reading("妻", looked));

    assertThat(rows).extracting(r -> r.get("relationship")).containsExactly("妻", null);
    // only the inked cell, and not the whole 100 mm cell: a lone kanji with some paper round it
    assertThat(looked).hasSize(1);
    assertThat(looked.get(0).width).isLessThan(page.px(20));
  }

  @Test
  void aCropReadAsLatinLettersOrMarksLeavesTheCellEmpty() {
    MarkedPages page = members();

    List<Map<String, Object>> latin = read(page, reading("BS", new ArrayList<>()));
    List<Map<String, Object>> mark = read(page, reading("ー", new ArrayList<>()));

    assertThat(latin).extracting(r -> r.get("relationship")).containsExactly(null, null);
    assertThat(mark).extracting(r -> r.get("relationship")).containsExactly(null, null);
  }
}
