package jp.gyomu.ocr;

import java.awt.Rectangle;
import java.util.List;

/**
 * Joins recognised words into lines of text. Tesseract separates CJK "words" by spaces that are not
 * in the document; those are dropped, while spaces between Latin words stay, and so does a wide gap
 * (as between a form's label and its value). A word that is only a table rule read as a glyph
 * ({@code |}) is left out of the text: the rule is layout, not text (the words keep it, for the
 * table readers).
 */
final class PageTextAssembler {

  // A gap wider than a character's size is layout, not an artefact of word segmentation.
  private static final double LAYOUT_GAP_IN_CHARACTERS = 0.8;
  // Vertical strokes Tesseract reads a table's rules as; Japanese documents do not write them.
  private static final String RULE_GLYPHS = "|｜丨│┃¦";

  private PageTextAssembler() {}

  /**
   * @param words in reading order, boxes in the read image
   * @param verticalLines lines run top to bottom
   */
  static String text(List<RecognisedWord> words, boolean verticalLines) {
    StringBuilder text = new StringBuilder();
    RecognisedWord previous = null;
    for (RecognisedWord word : words) {
      if (isRule(word.text())) {
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
