package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a printed vertical rule runs between two neighbouring column headers: the true edge of
 * their cells. The halfway point between two labels misses it when a narrow column's label stands
 * beside a wide column's (数量 beside 使用料（円）): a number right-aligned in the narrow cell then lies
 * past halfway and was read as part of its neighbour (数量 1 and 使用料 2,150 as 12150). Decided from
 * the pixels: a rule is a column of ink from above the labels to below them, which no glyph is (a
 * glyph's stroke stays within its line).
 */
final class ColumnRule {

  // the rule reaches this share of the labels' height above and below them
  private static final double BEYOND = 0.2;
  private static final double INKED = 0.9; // share of the rows a rule inks
  private static final int DARKEST = 20; // pixels darker than the darkest level: a speck or two
  private static final int SLANT = 1; // pixels either side: a skewed or blurred rule

  private ColumnRule() {}

  /**
   * @param image the page, or null (a text layer): then no rule is seen
   * @param left the left label's box
   * @param right the right label's box
   * @return the x of each rule between them, left to right, in the image's pixels
   */
  static List<Integer> between(BufferedImage image, Rectangle left, Rectangle right) {
    int from = left.x + left.width + 1;
    int to = right.x - 1;
    int height = Math.max(left.height, right.height);
    int top = Math.min(left.y, right.y) - (int) Math.ceil(BEYOND * height);
    int bottom = Math.max(left.y + left.height, right.y + right.height) + (int) (BEYOND * height);
    if (image == null || to - from < 1 || top < 0 || bottom > image.getHeight()) {
      return List.of();
    }
    InkPatch patch = InkPatch.of(image, new Rectangle(from, top, to - from, bottom - top));
    if (!patch.hasInk()) {
      return List.of();
    }
    int threshold = halfway(patch);
    // neighbouring x that are each inked over the whole height are one rule
    List<Integer> rules = new ArrayList<>();
    int start = -1;
    for (int x = from; x <= to; x++) {
      boolean rule = x < to && inkedDown(patch, x, top, bottom, threshold);
      if (rule && start < 0) {
        start = x;
      } else if (!rule && start >= 0) {
        rules.add((start + x - 1) / 2);
        start = -1;
      }
    }
    return List.copyOf(rules);
  }

  /**
   * Halfway between the paper and the darkest ink: a rule is the darkest print there is, and a
   * noisy scan's specks (which the usual threshold for faint lines lets through) stay above it.
   */
  private static int halfway(InkPatch patch) {
    Rectangle b = patch.bounds();
    int[] grey = new int[b.width * b.height];
    for (int y = 0; y < b.height; y++) {
      for (int x = 0; x < b.width; x++) {
        grey[y * b.width + x] = patch.grey(b.x + x, b.y + y);
      }
    }
    Arrays.sort(grey);
    int darkest = grey[Math.min(grey.length - 1, DARKEST)];
    return (patch.paper() + darkest) / 2;
  }

  private static boolean inkedDown(InkPatch patch, int x, int top, int bottom, int threshold) {
    int inked = 0;
    for (int y = top; y < bottom; y++) {
      for (int dx = -SLANT; dx <= SLANT; dx++) {
        if (patch.grey(x + dx, y) < threshold) {
          inked++;
          break;
        }
      }
    }
    return inked >= INKED * (bottom - top);
  }
}
