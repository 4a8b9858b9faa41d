package jp.gyomu.fields;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Finds the outlines of check boxes: squares whose four sides are ink. Marks drawn over a box (a
 * tick leaving it, a cross, a filled square) do not hide its sides, so a box is found whatever is
 * in it. Sides are looked for within a few pixels of a straight line, which tolerates the skew of a
 * scan (2° moves a side of 40 pixels by 1.4) and broken, faint lines (a fifth may be missing).
 *
 * <p>Each side is summed in constant time from running sums of "ink within {@code tolerance} rows"
 * (for top and bottom) and "ink within {@code tolerance} columns" (for left and right), so every
 * position and size in a patch can be tried.
 */
final class SquareFinder {

  /** Share of a side's length that must be ink. */
  private static final double MIN_SIDE_INK = 0.8;

  /**
   * A square outline found on a page.
   *
   * @param box its outer edges, page pixels
   * @param outline the share of its weakest side that is ink
   * @param threshold the grey below which its outline was taken for ink
   */
  record Square(Rectangle box, double outline, int threshold) {}

  private final int threshold;

  private final InkPatch patch;
  private final int width;
  private final int height;
  private final boolean[] ink;
  private final int tolerance;
  private final int[] rows; // running sums along each row of "ink within tolerance rows"
  private final int[] columns; // running sums down each column of "ink within tolerance columns"

  private SquareFinder(InkPatch patch, int threshold, int tolerance) {
    this.patch = patch;
    this.width = patch.bounds().width;
    this.height = patch.bounds().height;
    this.ink = patch.inkMap(threshold);
    this.threshold = threshold;
    this.tolerance = tolerance;
    this.rows = new int[height * (width + 1)];
    this.columns = new int[width * (height + 1)];
    sums();
  }

  /**
   * Every square with sides from {@code minSide} to {@code maxSide} pixels in the patch, clearest
   * outline first; a square overlapping one found (the inside of a filled box, a stroke of the text
   * beside a box) is not reported.
   *
   * @param threshold grey below which a pixel is ink
   * @param tolerance how far (pixels) a side's ink may stray from a straight line
   * @param avoid text known to be text (a label's characters): squares mostly over it are not boxes
   *     (口, 田 and 回 have square outlines too)
   */
  static List<Square> find(
      InkPatch patch,
      int threshold,
      int minSide,
      int maxSide,
      int tolerance,
      List<Rectangle> avoid) {
    if (!patch.hasInk() || patch.bounds().width <= minSide || patch.bounds().height <= minSide) {
      return List.of();
    }
    return new SquareFinder(patch, threshold, tolerance).squares(minSide, maxSide, avoid);
  }

  private void sums() {
    boolean[] band = new boolean[width * height];
    for (int x = 0; x < width; x++) {
      int count = 0;
      for (int y = 0; y <= Math.min(tolerance, height - 1); y++) {
        count += ink[y * width + x] ? 1 : 0;
      }
      for (int y = 0; y < height; y++) {
        band[y * width + x] = count > 0;
        int enter = y + tolerance + 1;
        int leave = y - tolerance;
        count += enter < height && ink[enter * width + x] ? 1 : 0;
        count -= leave >= 0 && ink[leave * width + x] ? 1 : 0;
      }
    }
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        rows[y * (width + 1) + x + 1] = rows[y * (width + 1) + x] + (band[y * width + x] ? 1 : 0);
      }
    }
    for (int y = 0; y < height; y++) {
      int count = 0;
      for (int x = 0; x <= Math.min(tolerance, width - 1); x++) {
        count += ink[y * width + x] ? 1 : 0;
      }
      for (int x = 0; x < width; x++) {
        band[y * width + x] = count > 0;
        int enter = x + tolerance + 1;
        int leave = x - tolerance;
        count += enter < width && ink[y * width + enter] ? 1 : 0;
        count -= leave >= 0 && ink[y * width + leave] ? 1 : 0;
      }
    }
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        columns[x * (height + 1) + y + 1] =
            columns[x * (height + 1) + y] + (band[y * width + x] ? 1 : 0);
      }
    }
  }

  /** Ink-near-the-row count in row y, columns from..to inclusive (clipped to the patch). */
  private int row(int y, int from, int to) {
    from = Math.max(0, from);
    to = Math.min(width - 1, to);
    return to < from ? 0 : rows[y * (width + 1) + to + 1] - rows[y * (width + 1) + from];
  }

  private int column(int x, int from, int to) {
    from = Math.max(0, from);
    to = Math.min(height - 1, to);
    return to < from ? 0 : columns[x * (height + 1) + to + 1] - columns[x * (height + 1) + from];
  }

  private record Candidate(int x, int y, int side, double outline) {}

  private List<Square> squares(int minSide, int maxSide, List<Rectangle> avoid) {
    List<Candidate> candidates = new ArrayList<>();
    int largest = Math.min(maxSide, Math.min(width, height) - 1);
    for (int s = largest; s >= minSide; s--) {
      int need = (int) Math.ceil(MIN_SIDE_INK * (s + 1));
      for (int y = 0; y + s < height; y++) {
        // rows whose whole width holds less ink than one side needs hold no top or bottom side
        if (row(y, 0, width - 1) < need || row(y + s, 0, width - 1) < need) {
          continue;
        }
        for (int x = 0; x + s < width; x++) {
          int top = row(y, x, x + s);
          if (top < need) {
            continue;
          }
          int bottom = row(y + s, x, x + s);
          int left = column(x, y, y + s);
          int right = column(x + s, y, y + s);
          if (bottom < need || left < need || right < need || partOfRuling(x, y, s)) {
            continue;
          }
          double weakest = Math.min(Math.min(top, bottom), Math.min(left, right)) / (s + 1.0);
          candidates.add(new Candidate(x, y, s, weakest));
        }
      }
    }
    // the clearest outlines first (a text stroke and a box beside it make a square too, a weaker
    // one), and of equally clear ones the largest (the squares inside a filled box are as clear)
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> (int) Math.round(c.outline() * 20))
            .reversed()
            .thenComparing(Comparator.comparingInt(Candidate::side).reversed()));
    List<Square> found = new ArrayList<>();
    List<Rectangle> taken = new ArrayList<>();
    for (Candidate c : candidates) {
      Rectangle box =
          new Rectangle(
              patch.bounds().x + c.x(), patch.bounds().y + c.y(), c.side() + 1, c.side() + 1);
      if (overlapsTaken(taken, box) || overText(avoid, box)) {
        continue;
      }
      taken.add(box);
      found.add(new Square(outerEdges(c.x(), c.y(), c.side()), c.outline(), threshold));
    }
    return found;
  }

  /** A side that runs on beyond both corners is a table's ruling line, not a box. */
  private boolean partOfRuling(int x, int y, int s) {
    int reach = Math.max(3, s / 2);
    int near = tolerance + 1;
    return runsOn(row(y, x - reach, x - near), row(y, x + s + near, x + s + reach), reach - near)
        || runsOn(
            row(y + s, x - reach, x - near), row(y + s, x + s + near, x + s + reach), reach - near)
        || runsOn(
            column(x, y - reach, y - near), column(x, y + s + near, y + s + reach), reach - near)
        || runsOn(
            column(x + s, y - reach, y - near),
            column(x + s, y + s + near, y + s + reach),
            reach - near);
  }

  private static boolean runsOn(int before, int after, int length) {
    return length > 0 && before >= MIN_SIDE_INK * length && after >= MIN_SIDE_INK * length;
  }

  /** Overlapping a square already taken by a quarter of the smaller's area. */
  private static boolean overlapsTaken(List<Rectangle> taken, Rectangle box) {
    for (Rectangle other : taken) {
      Rectangle common = other.intersection(box);
      int smaller = Math.min(other.width * other.height, box.width * box.height);
      if (!common.isEmpty() && common.width * common.height * 4 >= smaller) {
        return true;
      }
    }
    return false;
  }

  /** A box never covers text; a seventh is allowed for boxes of words OCR merged with text. */
  private static boolean overText(List<Rectangle> avoid, Rectangle box) {
    for (Rectangle text : avoid) {
      Rectangle common = text.intersection(box);
      if (!common.isEmpty() && common.width * common.height * 7 >= box.width * box.height) {
        return true;
      }
    }
    return false;
  }

  /** The outermost rows and columns near each side that hold at least half its ink. */
  private Rectangle outerEdges(int x, int y, int s) {
    int top = edge(y, -1, r -> inkInRow(r, x, x + s));
    int bottom = edge(y + s, 1, r -> inkInRow(r, x, x + s));
    int left = edge(x, -1, c -> inkInColumn(c, y, y + s));
    int right = edge(x + s, 1, c -> inkInColumn(c, y, y + s));
    return new Rectangle(
        patch.bounds().x + left, patch.bounds().y + top, right - left + 1, bottom - top + 1);
  }

  private int edge(int at, int outwards, IntUnaryOperator inkAt) {
    int most = 0;
    for (int i = at - tolerance; i <= at + tolerance; i++) {
      most = Math.max(most, inkAt.applyAsInt(i));
    }
    int edge = at;
    for (int i = at - tolerance; i <= at + tolerance; i++) {
      if (most > 0 && inkAt.applyAsInt(i) * 2 >= most) {
        if (outwards < 0) {
          return i;
        }
        edge = i;
      }
    }
    return edge;
  }

  private int inkInRow(int y, int from, int to) {
    if (y < 0 || y >= height) {
      return 0;
    }
    int count = 0;
    for (int x = Math.max(0, from); x <= Math.min(width - 1, to); x++) {
      count += ink[y * width + x] ? 1 : 0;
    }
    return count;
  }

  private int inkInColumn(int x, int from, int to) {
    if (x < 0 || x >= width) {
      return 0;
    }
    int count = 0;
    for (int y = Math.max(0, from); y <= Math.min(height - 1, to); y++) {
      count += ink[y * width + x] ? 1 : 0;
    }
    return count;
  }
}
