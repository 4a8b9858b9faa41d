package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/**
 * The text part of an option whose OCR box took in the pen's circle drawn round it: Tesseract reads
 * a circled オス as the word (オス, whose box reaches the circle's top and bottom, so the circle cannot
 * be told from the word. Decided from the pixels: in a box much taller than the text, the text is
 * the band of ink rows round the middle, cut off from the circle's arcs above and below by white
 * rows, and its columns are those with ink in the band, up to a column whose ink runs on far above
 * or below it (the circle's side).
 */
final class CircledWord {

  // a box taller than this many text heights holds more than its text
  static final double TALL = 1.5;
  // a band outside these text heights is not the text
  private static final double MIN_BAND = 0.4;
  private static final double MAX_BAND = 1.3;

  private CircledWord() {}

  /**
   * @param word the box OCR gave the option
   * @param height the height of the text around, pixels
   * @return the text's box, or the word's box when it is not much taller than the text or no band
   *     of text is found in it
   */
  static Rectangle textPart(BufferedImage image, Rectangle word, int height) {
    if (word.height <= TALL * height) {
      return word;
    }
    Rectangle around =
        new Rectangle(
            word.x - 2 * height,
            word.y - height,
            word.width + 4 * height,
            word.height + 2 * height);
    InkPatch patch = InkPatch.of(image, around);
    if (!patch.hasInk()) {
      return word;
    }
    int threshold = patch.inkThreshold();
    int gap = Math.max(2, height / 10);
    // rows with ink within half a text height of the word's middle, where a circle's side does not
    // reach
    int from = Math.max(word.x, (int) word.getCenterX() - height / 2);
    int to = Math.min(word.x + word.width, (int) word.getCenterX() + height / 2);
    int centre = (int) word.getCenterY();
    int seed = -1;
    for (int d = 0; d <= height / 2 && seed < 0; d++) {
      if (rowInk(patch, centre - d, from, to, threshold)) {
        seed = centre - d;
      } else if (rowInk(patch, centre + d, from, to, threshold)) {
        seed = centre + d;
      }
    }
    if (seed < 0) {
      return word;
    }
    int top = extend(patch, seed, -1, from, to, threshold, gap, word);
    int bottom = extend(patch, seed, 1, from, to, threshold, gap, word);
    int band = bottom - top + 1;
    if (band < MIN_BAND * height || band > MAX_BAND * height) {
      return word;
    }
    // the text lies within OCR's box: ink beyond it in the band is a neighbour (a check box)
    int left =
        Math.max(
            word.x,
            side(patch, (int) word.getCenterX(), -1, top, bottom, threshold, height, around));
    int right =
        Math.min(
            word.x + word.width - 1,
            side(patch, (int) word.getCenterX(), 1, top, bottom, threshold, height, around));
    if (right - left < height / 2) {
      return new Rectangle(word.x, top, word.width, band);
    }
    return new Rectangle(left, top, right - left + 1, band);
  }

  /** The last row of ink from {@code seed} on, a white run longer than {@code gap} ending it. */
  private static int extend(
      InkPatch patch,
      int seed,
      int step,
      int from,
      int to,
      int threshold,
      int gap,
      Rectangle word) {
    int last = seed;
    for (int y = seed + step; y >= word.y && y < word.y + word.height; y += step) {
      if (rowInk(patch, y, from, to, threshold)) {
        last = y;
      } else if (Math.abs(y - last) > gap) {
        break;
      }
    }
    return last;
  }

  /**
   * The outermost text column from the middle towards one side: columns with ink in the band, up to
   * one whose ink runs on beyond the band (the circle's side) or a white run of half a text height.
   */
  private static int side(
      InkPatch patch,
      int centre,
      int step,
      int top,
      int bottom,
      int threshold,
      int height,
      Rectangle around) {
    int reach = Math.max(2, height / 6);
    int last = centre;
    for (int x = centre; x >= around.x && x < around.x + around.width; x += step) {
      boolean inBand = false;
      for (int y = top; y <= bottom && !inBand; y++) {
        inBand = patch.grey(x, y) < threshold;
      }
      if (!inBand) {
        if (Math.abs(x - last) > height / 2) {
          break;
        }
        continue;
      }
      boolean beyond =
          runsOn(patch, x, top, -1, reach, threshold)
              || runsOn(patch, x, bottom, 1, reach, threshold);
      if (beyond) {
        break;
      }
      last = x;
    }
    return last;
  }

  /**
   * Whether ink runs on from the band's edge row for {@code reach} rows beyond it, drifting
   * sideways by up to two pixels a row (a circle's side near the band): a glyph's stroke stops
   * sooner.
   */
  private static boolean runsOn(
      InkPatch patch, int x, int edge, int step, int reach, int threshold) {
    if (patch.grey(x, edge) >= threshold) {
      return false;
    }
    for (int d = 1; d <= reach; d++) {
      boolean ink = false;
      for (int dx = -2 * d; dx <= 2 * d && !ink; dx++) {
        ink = patch.grey(x + dx, edge + step * d) < threshold;
      }
      if (!ink) {
        return false;
      }
    }
    return true;
  }

  private static boolean rowInk(InkPatch patch, int y, int from, int to, int threshold) {
    for (int x = from; x < to; x++) {
      if (patch.grey(x, y) < threshold) {
        return true;
      }
    }
    return false;
  }
}
