package jp.gyomu.pages;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import jp.gyomu.ocr.OcrWord;

/** Groups OCR words, given in reading order, into the lines they stand on. */
final class TextLines {

  private TextLines() {}

  /** A line of words, left to right, with the box around all of them. */
  record Line(List<OcrWord> words, Rectangle box) {}

  /**
   * A word continues the current line if its vertical centre lies within the line's height and it
   * does not start left of the previous word's start (which would mean the next line or column
   * began). Tesseract's boxes of Japanese words often overlap the next word, so overlap is fine.
   * Words without text or box are skipped.
   */
  static List<Line> of(List<OcrWord> words) {
    List<Line> lines = new ArrayList<>();
    List<OcrWord> current = new ArrayList<>();
    Rectangle box = null;
    for (OcrWord word : words) {
      if (word.text() == null
          || word.text().isBlank()
          || word.box() == null
          || word.box().isEmpty()) {
        continue;
      }
      if (box != null && !continues(box, current.get(current.size() - 1), word)) {
        lines.add(new Line(List.copyOf(current), box));
        current.clear();
        box = null;
      }
      current.add(word);
      box = box == null ? new Rectangle(word.box()) : box.union(word.box());
    }
    if (box != null) {
      lines.add(new Line(List.copyOf(current), box));
    }
    return lines;
  }

  private static boolean continues(Rectangle line, OcrWord previous, OcrWord word) {
    double centre = word.box().getCenterY();
    return centre >= line.getMinY()
        && centre <= line.getMaxY()
        && word.box().x >= previous.box().x - line.height / 2;
  }
}
