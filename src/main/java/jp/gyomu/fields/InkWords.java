package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Words of ink on a line, found in the pixels where OCR read nothing: runs of inked columns in a
 * band one text height tall, split at gaps wider than {@link #WORD_GAP}. Dots, colons and rules
 * (narrower than {@link #NARROWEST}) are not words.
 */
final class InkWords {

  // ink narrower than this (text heights) is a dot, a colon or a rule, not a word
  private static final double NARROWEST = 0.4;
  // ink further apart than this (text heights) belongs to different words
  private static final double WORD_GAP = 0.8;
  // ink further than this (text heights) from the last word is another column of the form
  private static final double FARTHEST = 8;

  private InkWords() {}

  /**
   * @param left where to start, page pixels
   * @param top the band's top
   * @param height the text height (the band's height)
   * @param boxes areas whose ink is not text (check boxes)
   * @return each word's first and last column, left to right; the first word may stand any distance
   *     after {@code left} or after dots and a colon there
   */
  static List<int[]> after(
      BufferedImage image, int left, int top, int height, List<Rectangle> boxes) {
    Rectangle band = new Rectangle(left, top, image.getWidth() - left, height);
    InkPatch patch = InkPatch.of(image, band);
    List<int[]> words = new ArrayList<>();
    if (!patch.hasInk()) {
      return words;
    }
    int threshold = patch.inkThreshold();
    Rectangle b = patch.bounds();
    int from = -1;
    int last = -1;
    boolean wordSeen = false;
    for (int x = b.x; x < b.x + b.width; x++) {
      int inked = 0;
      for (int y = b.y; y < b.y + b.height; y++) {
        if (patch.grey(x, y) < threshold && !inBox(boxes, x, y)) {
          inked++;
        }
      }
      // a column inked all down is a rule, not a glyph
      if (inked < 2 || inked >= b.height - 1) {
        continue;
      }
      // only dots or a colon so far (性別：): options set off at a tab stop still follow the label
      boolean wordSoFar = wordSeen || last - from + 1 >= NARROWEST * height;
      if (last >= 0 && x - last > FARTHEST * height && wordSoFar) {
        break;
      }
      if (from < 0 || x - last > WORD_GAP * height) {
        if (from >= 0) {
          words.add(new int[] {from, last});
          wordSeen = wordSoFar;
        }
        from = x;
      }
      last = x;
    }
    if (from >= 0) {
      words.add(new int[] {from, last});
    }
    words.removeIf(w -> w[1] - w[0] + 1 < NARROWEST * height);
    return words;
  }

  static boolean inBox(List<Rectangle> boxes, int x, int y) {
    for (Rectangle box : boxes) {
      if (box.contains(x, y)) {
        return true;
      }
    }
    return false;
  }
}
