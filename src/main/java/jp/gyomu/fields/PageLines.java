package jp.gyomu.fields;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.ocr.PageText;

/**
 * Splits a page into visual lines. OCR words are grouped by their boxes rather than taken in
 * Tesseract's reading order, because on forms Tesseract often reads the label column and the value
 * column as separate blocks, while a label and its value share a row.
 */
final class PageLines {

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
    List<OcrWord> words =
        page.words().stream()
            .filter(w -> !w.text().isBlank())
            .filter(w -> zone == null || mapping.contains(zone, w.box()))
            .sorted(Comparator.comparingDouble(w -> w.box().getCenterY()))
            .toList();
    List<TextLine> lines = new ArrayList<>();
    List<OcrWord> row = new ArrayList<>();
    for (OcrWord word : words) {
      if (!row.isEmpty() && !sameRow(row, word)) {
        lines.add(line(row));
        row = new ArrayList<>();
      }
      row.add(word);
    }
    if (!row.isEmpty()) {
      lines.add(line(row));
    }
    return lines;
  }

  private static boolean sameRow(List<OcrWord> row, OcrWord word) {
    double rowCentre = row.stream().mapToDouble(w -> w.box().getCenterY()).average().orElseThrow();
    double rowHeight = row.stream().mapToDouble(w -> w.box().height).average().orElseThrow();
    return Math.abs(word.box().getCenterY() - rowCentre)
        <= Math.max(rowHeight, word.box().height) / 2;
  }

  private static TextLine line(List<OcrWord> row) {
    return TextLine.ofWords(row.stream().sorted(Comparator.comparingInt(w -> w.box().x)).toList());
  }
}
