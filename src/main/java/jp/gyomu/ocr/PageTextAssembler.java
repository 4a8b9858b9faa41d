package jp.gyomu.ocr;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins recognised words into lines of text. Tesseract separates CJK "words" by spaces that are not
 * in the document; those are dropped, while spaces between Latin words stay, and so does a wide gap
 * (as between a form's label and its value). A word that is only a table rule read as a glyph
 * ({@code |}) is left out of the text: the rule is layout, not text (the words keep it, for the
 * table readers). On horizontal pages, a line of a few characters that Tesseract is unsure of (a
 * speck, a seal, a stroke of a large character read as {@code oO} or {@code Il 〔}) is left out of
 * the text too.
 */
final class PageTextAssembler {

  // A gap wider than a character's size is layout, not an artefact of word segmentation.
  private static final double LAYOUT_GAP_IN_CHARACTERS = 0.8;
  // Vertical strokes Tesseract reads a table's rules as; Japanese documents do not write them.
  private static final String RULE_GLYPHS = "|｜丨│┃¦";

  // A line of at most this many characters, read below this mean confidence and with none of its
  // words at SURE or more, is noise read as text; a short table row (宿泊費 0) has a word Tesseract
  // is sure of. Measured on the OCR benchmark's and the second opinion's pages (BENCHMARKS.md).
  private static final int GARBAGE_LINE_CHARACTERS = 4;
  private static final double GARBAGE_LINE_CONFIDENCE = 65;
  private static final double SURE = 80;

  private PageTextAssembler() {}

  /**
   * @param words in reading order, boxes in the read image
   * @param verticalLines lines run top to bottom
   */
  static String text(List<RecognisedWord> words, boolean verticalLines) {
    StringBuilder text = new StringBuilder();
    RecognisedWord previous = null;
    Set<Integer> garbage = verticalLines ? Set.of() : garbageLines(words);
    for (RecognisedWord word : words) {
      if (isRule(word.text()) || garbage.contains(word.line())) {
        continue;
      }
      if (previous != null) {
        if (word.line() != previous.line()) {
          text.append('\n');
        } else if (needsSpace(previous, word, verticalLines)) {
          text.append(' ');
        }
      }
      text.append(word.text());
      previous = word;
    }
    return text.toString();
  }

  /** Lines of at most a few characters whose mean word confidence is low. */
  private static Set<Integer> garbageLines(List<RecognisedWord> words) {
    Map<Integer, List<RecognisedWord>> lines = new HashMap<>();
    words.stream()
        .filter(w -> !isRule(w.text()))
        .forEach(w -> lines.computeIfAbsent(w.line(), l -> new ArrayList<>()).add(w));
    Set<Integer> garbage = new HashSet<>();
    lines.forEach(
        (line, of) -> {
          int characters =
              of.stream().mapToInt(w -> w.text().codePointCount(0, w.text().length())).sum();
          double confidence =
              of.stream().mapToDouble(RecognisedWord::confidence).average().orElse(100);
          boolean unsure = of.stream().allMatch(w -> w.confidence() < SURE);
          if (characters <= GARBAGE_LINE_CHARACTERS
              && confidence < GARBAGE_LINE_CONFIDENCE
              && unsure) {
            garbage.add(line);
          }
        });
    return garbage;
  }

  /** Whether the word is only rule glyphs. */
  static boolean isRule(String word) {
    return !word.isEmpty() && word.codePoints().allMatch(c -> RULE_GLYPHS.indexOf(c) >= 0);
  }

  private static boolean needsSpace(
      RecognisedWord before, RecognisedWord after, boolean verticalLines) {
    int last = before.text().codePointBefore(before.text().length());
    int first = after.text().codePointAt(0);
    boolean joined =
        (Cjk.isWide(last) && (Cjk.isWide(first) || Character.isDigit(first)))
            || (Cjk.isWide(first) && Character.isDigit(last));
    return !joined || isLayoutGap(before.box(), after.box(), verticalLines);
  }

  private static boolean isLayoutGap(Rectangle before, Rectangle after, boolean verticalLines) {
    int gap =
        verticalLines ? after.y - (before.y + before.height) : after.x - (before.x + before.width);
    int characterSize =
        verticalLines ? Math.max(before.width, after.width) : Math.max(before.height, after.height);
    return gap > LAYOUT_GAP_IN_CHARACTERS * characterSize;
  }
}
