package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.gyomu.ocr.OcrWord;
import org.junit.jupiter.api.Test;

/**
 * The second look at a table's unsure cells: a drawn, ruled table of bills (Java2D, Noto Sans CJK
 * JP) whose first reading split or misread a cell with low confidence, and a second model that
 * reads the cell's crop whole.
 */
class UnsureCellsTest {

  private static final double POINTS = 10.5;
  private static final double HEADER = 20; // baseline, mm
  private static final double[] EDGES = {10, 90, 120, 170};

  private static final ColumnDefinition CLINIC =
      new ColumnDefinition("clinic", "医療機関名", List.of("医療機関名"), FieldType.TEXT);
  private static final ColumnDefinition KIND =
      new ColumnDefinition("kind", "区分", List.of("区分"), FieldType.TEXT);
  private static final ColumnDefinition PAID =
      new ColumnDefinition("paid", "支払額", List.of("支払額"), FieldType.AMOUNT);

  private static final FieldDefinition BILLS =
      new FieldDefinition(
          "bills",
          "医療費",
          List.of("医療費"),
          FieldType.TABLE,
          true,
          0,
          null,
          List.of(),
          List.of(CLINIC, KIND, PAID),
          1);

  /** Two bills; the first row's clinic and amount as the first reading got them wrong. */
  private static MarkedPages bills(String clinicRead, String paidRead) {
    return bills(clinicRead, 72f, null, paidRead);
  }

  /**
   * @param clinicSure the first reading's confidence in the first row's clinic
   * @param kindRead what the first reading got of the first row's 外来 (in the first character's
   *     box), or null for all of it
   */
  private static MarkedPages bills(
      String clinicRead, float clinicSure, String kindRead, String paidRead) {
    MarkedPages page = MarkedPages.strip(300, 200, 50);
    page.text("医療機関名", 12, HEADER, POINTS);
    page.text("区分", 92, HEADER, POINTS);
    page.text("支払額", 140, HEADER, POINTS);
    String[][] rows = {{"あおば調剤薬局", "外来", "56,350"}, {"みなと眼科", "入院", "1,430"}};
    for (int r = 0; r < rows.length; r++) {
      double baseline = HEADER + 7 * (r + 1);
      Rectangle clinic = page.text(rows[r][0], 12, baseline, POINTS);
      Rectangle kind = page.text(rows[r][1], 92, baseline, POINTS);
      Rectangle paid = page.text(rows[r][2], 168 - 2 * rows[r][2].length(), baseline, POINTS);
      if (r == 0) {
        page.unread(clinic).word(clinicRead, clinic, clinicSure);
        page.unread(paid).word(paidRead, paid, paidRead.equals(rows[r][2]) ? 93f : 40f);
        if (kindRead != null) {
          Rectangle first = new Rectangle(kind.x, kind.y, kind.width / 2 - 2, kind.height);
          page.unread(kind).word(kindRead, first, 93f);
        }
      }
    }
    for (int r = 0; r <= rows.length; r++) {
      for (int c = 0; c + 1 < EDGES.length; c++) {
        double top = HEADER - 5 + 7 * r;
        page.rule(
            new Rectangle(
                page.px(EDGES[c]),
                page.px(top),
                page.px(EDGES[c + 1]) - page.px(EDGES[c]),
                page.px(7)));
      }
    }
    return page;
  }

  /**
   * A second model that reads each cell's crop as the given texts, by column: the crop it gets is
   * the cell alone, as wide as the cell's text and its margin (the clinic's is the widest).
   */
  private static SecondLook reading(
      MarkedPages page, String clinic, String paid, List<Rectangle> looked) {
    return (image, dpi, region) -> {
      looked.add(region);
      String text = image.getWidth() > page.px(25) ? clinic : paid;
      return List.of(new OcrWord(text, 95f, region));
    };
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> read(MarkedPages page, SecondLook look) {
    FieldTemplate template =
        new FieldTemplate("bills", "テスト", "Test", "jpn", List.of(), List.of(), List.of(BILLS));
    return (List<Map<String, Object>>)
        FieldExtractor.extract(List.of(page.page()), template, look).fields().get(0).value();
  }

  @Test
  void anUnsureTextCellIsReadAgainFromItsCropAndTheCloseSurerReadingIsKept() {
    MarkedPages page = bills("あおはば調剤薬局", "56,350");
    List<Rectangle> looked = new ArrayList<>();

    List<Map<String, Object>> rows = read(page, reading(page, "あおば調剤薬局", "56,350", looked));

    assertThat(rows).extracting(r -> r.get("clinic")).containsExactly("あおば調剤薬局", "みなと眼科");
    // only the first row's unsure clinic
    assertThat(looked).hasSize(1);
  }

  @Test
  void aCellWithInkBesideItsWordsIsReadAgainWholeHoweverSureTheFirstReading() {
    MarkedPages page = bills("あおば調剤薬局", 93f, "外", "56,350");
    List<Rectangle> looked = new ArrayList<>();
    SecondLook look =
        (image, dpi, region) -> {
          looked.add(region);
          return List.of(new OcrWord("外来", 95f, region));
        };

    List<Map<String, Object>> rows = read(page, look);

    assertThat(rows).extracting(r -> r.get("kind")).containsExactly("外来", "入院");
    assertThat(looked).hasSize(1);
  }

  @Test
  void aSecondReadingFarFromTheFirstIsNotKept() {
    MarkedPages page = bills("あおはば調剤薬局", "56,350");

    List<Map<String, Object>> rows =
        read(page, reading(page, "ひがし整形外科", "56,350", new ArrayList<>()));

    assertThat(rows).extracting(r -> r.get("clinic")).containsExactly("あおはば調剤薬局", "みなと眼科");
  }

  @Test
  void aNumberCellKeepsTheDigitTheFirstReadingLostButNeverADifferentDigit() {
    MarkedPages lost = bills("あおば調剤薬局", "っ6,350");
    MarkedPages other = bills("あおば調剤薬局", "56,850");

    List<Map<String, Object>> gained =
        read(lost, reading(lost, "あおば調剤薬局", "56,350", new ArrayList<>()));
    List<Map<String, Object>> kept =
        read(other, reading(other, "あおば調剤薬局", "56,350", new ArrayList<>()));

    assertThat(gained).extracting(r -> r.get("paid")).containsExactly(56350L, 1430L);
    assertThat(kept).extracting(r -> r.get("paid")).containsExactly(56850L, 1430L);
  }
}
