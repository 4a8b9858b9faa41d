package jp.gyomu.fields;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.ocr.PageText;

/**
 * Builds OCR pages the way Tesseract reports Japanese forms: one word per CJK character (Latin and
 * digit runs as one word), 30-pixel characters on an A4 page at 200 dpi.
 */
final class TestPages {

  static final int CHAR = 30;
  static final float GOOD = 93f;

  private final List<OcrWord> words = new ArrayList<>();
  private final List<String> lines = new ArrayList<>();

  static TestPages page() {
    return new TestPages();
  }

  /** A cell of text starting at x; CJK characters become single words. */
  record Cell(int x, String text, float confidence) {}

  static Cell at(int x, String text) {
    return new Cell(x, text, GOOD);
  }

  static Cell at(int x, String text, float confidence) {
    return new Cell(x, text, confidence);
  }

  TestPages row(int y, Cell... cells) {
    for (Cell cell : cells) {
      int x = cell.x();
      for (String word : split(cell.text())) {
        if (!word.isBlank()) {
          words.add(
              new OcrWord(
                  word, cell.confidence(), new Rectangle(x, y, word.length() * CHAR, CHAR)));
        }
        x += word.length() * CHAR;
      }
    }
    lines.add(List.of(cells).stream().map(Cell::text).collect(Collectors.joining(" ")));
    return this;
  }

  /** Words in Tesseract's order per block; shuffled to prove order does not matter. */
  PageText shuffled() {
    List<OcrWord> copy = new ArrayList<>(words);
    Collections.reverse(copy);
    return new PageText(String.join("\n", lines), copy, GOOD, 1654, 2339, 200, 0, 0, "jpn");
  }

  PageText build() {
    return new PageText(
        String.join("\n", lines), List.copyOf(words), GOOD, 1654, 2339, 200, 0, 0, "jpn");
  }

  /** The same text as a PDF text layer: no words, confidence 100. */
  PageText textLayer() {
    return new PageText(
        String.join("\n", lines), List.of(), 100f, 1654, 2339, 200, 0, 0, "text-layer");
  }

  private static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    StringBuilder latin = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c < 0x2E80 && c != ' ') {
        latin.append(c);
        continue;
      }
      if (!latin.isEmpty()) {
        parts.add(latin.toString());
        latin.setLength(0);
      }
      parts.add(String.valueOf(c));
    }
    if (!latin.isEmpty()) {
      parts.add(latin.toString());
    }
    return parts;
  }
}
