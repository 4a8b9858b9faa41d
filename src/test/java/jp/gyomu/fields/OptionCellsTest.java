package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.gyomu.ocr.TesseractEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A table column whose values are a closed set ({@code options: [男, 女]}): a drawn, ruled table of
 * people (Java2D, Noto Sans CJK JP) whose first reading misread a one-kanji cell as a scanned page
 * does (男 as 8), read again by real Tesseract restricted to the options' characters.
 */
class OptionCellsTest {

  private static final double POINTS = 10.5;
  private static final double HEADER = 20; // baseline, mm
  private static final double[] EDGES = {10, 80, 120, 170};

  private static final ColumnDefinition NAME =
      new ColumnDefinition("name", "氏名", List.of("氏名"), FieldType.TEXT);
  private static final ColumnDefinition SEX =
      new ColumnDefinition("sex", "性別", List.of("性別"), FieldType.TEXT, List.of("男", "女"));
  private static final ColumnDefinition RELATIONSHIP =
      new ColumnDefinition(
          "relationship",
          "続柄",
          List.of("続柄"),
          FieldType.TEXT,
          List.of("世帯主", "妻", "夫", "子", "長男", "長女"));

  private static final FieldDefinition MOVERS =
      new FieldDefinition(
          "movers",
          "異動する人",
          List.of("異動する人"),
          FieldType.TABLE,
          true,
          50,
          null,
          List.of(),
          List.of(NAME, SEX, RELATIONSHIP),
          1);

  @RegisterExtension
  static final TesseractEngineExtension tesseract = TesseractEngineExtension.onePageAtATime();

  /** Tesseract's second model, as the pipeline configures the second look. */
  private static SecondLook tesseract(List<String> restrictedTo) {
    SecondLook look =
        SecondLook.by(
            (image, dpi, region, model, characters) ->
                tesseract
                    .engine()
                    .readLine(image, dpi, region, model, Duration.ofSeconds(30), characters),
            "Japanese");
    return new SecondLook() {
      @Override
      public List<jp.gyomu.ocr.OcrWord> readLine(
          java.awt.image.BufferedImage image, int dpi, Rectangle region) {
        return look.readLine(image, dpi, region);
      }

      @Override
      public List<jp.gyomu.ocr.OcrWord> readLineAmong(
          java.awt.image.BufferedImage image, int dpi, Rectangle region, String characters) {
        restrictedTo.add(characters);
        return look.readLineAmong(image, dpi, region, characters);
      }
    };
  }

  /**
   * Two people; the first row's sex and relationship as the first reading got them, each word as
   * sure as a scanned page's misread lone kanji often is.
   */
  private static MarkedPages movers(String sexRead, String relationshipRead) {
    return movers(sexRead, relationshipRead, POINTS);
  }

  /**
   * @param sexPoints the size the sex column is printed in
   */
  private static MarkedPages movers(String sexRead, String relationshipRead, double sexPoints) {
    MarkedPages page = MarkedPages.strip(300, 200, 50);
    page.text("氏名", 12, HEADER, POINTS);
    page.text("性別", 82, HEADER, POINTS);
    page.text("続柄", 122, HEADER, POINTS);
    String[][] rows = {{"木村聡", "男", "世帯主"}, {"木村美咲", "女", "妻"}};
    for (int r = 0; r < rows.length; r++) {
      double baseline = HEADER + 7 * (r + 1);
      page.text(rows[r][0], 12, baseline, POINTS);
      Rectangle sex = page.text(rows[r][1], 82, baseline, sexPoints);
      Rectangle relationship = page.text(rows[r][2], 122, baseline, POINTS);
      if (r == 0) {
        page.unread(sex).word(sexRead, sex, 93f);
        page.unread(relationship).word(relationshipRead, relationship, 93f);
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

  private static ExtractedField read(MarkedPages page, SecondLook look) {
    FieldTemplate template =
        new FieldTemplate("movers", "テスト", "Test", "jpn", List.of(), List.of(), List.of(MOVERS));
    return FieldExtractor.extract(List.of(page.page()), template, look).fields().get(0);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(ExtractedField field) {
    return (List<Map<String, Object>>) field.value();
  }

  @Test
  void aLoneKanjiMisreadAsADigitIsReadAgainAmongItsOptionsAndIsTheOptionItShows() {
    List<String> restrictedTo = new ArrayList<>();

    // a scanned page: blur, noise and JPEG, the sex printed small (9 points)
    MarkedPages scanned = movers("8", "世帯主", 9).blur(1).noise(20, 3).jpeg(0.7f);

    ExtractedField movers = read(scanned, tesseract(restrictedTo));

    assertThat(rows(movers)).extracting(r -> r.get("sex")).containsExactly("男", "女");
    // one crop reading: the one cell that was no option, restricted to the options' characters
    assertThat(restrictedTo).containsExactly("男女");
  }

  @Test
  void aReadingOneEditFromExactlyOneOptionIsSnappedToItLessSurely() {
    ExtractedField movers = read(movers("男", "世帯圭"), SecondLook.NONE);

    assertThat(rows(movers)).extracting(r -> r.get("relationship")).containsExactly("世帯主", "妻");
    assertThat(movers.confidence()).isLessThanOrEqualTo(OptionCells.SNAPPED_CONFIDENCE);
    assertThat(movers.reasons().toString()).contains("世帯圭").contains("世帯主");
  }

  @Test
  void aReadingThatIsNoOptionAndNearSeveralGoesToReviewNamingTheOptions() {
    // 8 is one edit from both 男 and 女: no snapping, and no second look to read it again
    ExtractedField movers = read(movers("8", "世帯主"), SecondLook.NONE);

    assertThat(movers.status()).isEqualTo(ExtractedField.Status.INVALID);
    assertThat(rows(movers)).extracting(r -> r.get("sex")).containsExactly(null, "女");
    assertThat(movers.reasons().toString()).contains("男, 女");
  }
}
