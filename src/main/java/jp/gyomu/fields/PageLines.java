package jp.gyomu.fields;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.ocr.PageText;

/**
 * Splits a page into visual lines. OCR words are grouped by their boxes rather than taken in
 * Tesseract's reading order, because on forms Tesseract often reads the label column and the value
 * column as separate blocks, while a label and its value share a row. Boxes are on the page as
 * scanned, so on a skewed page a row climbs or falls across it: rows are grouped by where the
 * words' centres stand once the page's skew is taken out, so a label at the left margin and its
 * value far right stay on one row.
 */
public final class PageLines {

  private PageLines() {}

  /**
   * @param zone only words whose centre lies in it, or null for the whole page; ignored for a
   *     text-layer page, which has no boxes
   */
  static List<TextLine> of(PageText page, Zone zone) {
    return of(page, zone, ZoneMapping.pageFractions(page));
  }

  /**
   * @param zone only words whose centre lies in it, or null for the whole page
   * @param mapping where the page's boxes lie in the frame the zone is given in
   */
  static List<TextLine> of(PageText page, Zone zone, ZoneMapping mapping) {
    if (page.words().isEmpty()) {
      return page.text().lines().map(TextLine::ofText).toList();
    }
    Predicate<OcrWord> inZone = w -> zone == null || mapping.contains(zone, w.box());
    return wordRows(page, inZone).stream().map(PageLines::line).toList();
  }

  /**
   * The page's non-blank words that {@code keep} accepts, in visual rows from top to bottom (in no
   * order within a row): grouped by where their centres stand once the page's skew is taken out.
   */
  public static List<List<OcrWord>> wordRows(PageText page, Predicate<OcrWord> keep) {
    // the deskew OCR applied (clockwise), applied here to the centres only
    double angle = Math.toRadians(page.skewDegrees());
    double sin = Math.sin(angle);
    double cos = Math.cos(angle);
    double cx = page.width() / 2.0;
    double cy = page.height() / 2.0;
    ToDoubleFunction<OcrWord> level =
        w -> (w.box().getCenterX() - cx) * sin + (w.box().getCenterY() - cy) * cos;
    List<OcrWord> words =
        page.words().stream()
            .filter(w -> !w.text().isBlank())
            .filter(keep)
            .sorted(Comparator.comparingDouble(level))
            .toList();
    List<List<OcrWord>> rows = new ArrayList<>();
    List<OcrWord> row = new ArrayList<>();
    for (OcrWord word : words) {
      if (!row.isEmpty() && !sameRow(row, word, level)) {
        rows.add(row);
        row = new ArrayList<>();
      }
      row.add(word);
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    return rows;
  }

  private static boolean sameRow(List<OcrWord> row, OcrWord word, ToDoubleFunction<OcrWord> level) {
    double rowCentre = row.stream().mapToDouble(level).average().orElseThrow();
    double rowHeight = row.stream().mapToDouble(w -> w.box().height).average().orElseThrow();
    return Math.abs(level.applyAsDouble(word) - rowCentre)
        <= Math.max(rowHeight, word.box().height) / 2;
  }

  private static TextLine line(List<OcrWord> row) {
    return TextLine.ofWords(row.stream().sorted(Comparator.comparingInt(w -> w.box().x)).toList());
  }
}
