package jp.gyomu.fields;

import java.awt.Rectangle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How much of a box's inside is ink. The outline's thickness is measured on each side (so a thick
 * or skewed outline is not taken for a mark), the inside is thresholded against the outline's own
 * darkness (a faint print has a faint outline), and specks are dropped: only strokes count.
 *
 * @param share inked share of the inside, 0 to 1
 * @param inside the part measured, page pixels
 */
record BoxFill(double share, Rectangle inside) {

  // a stroke this much lighter than the outline still counts (pencil on a printed box)
  private static final double MARK_SHARE_OF_CONTRAST = 0.4;
  private static final int MIN_MARK_CONTRAST = 30;
  // a mark is ink well below the scan's noise, which would otherwise fill an empty box
  private static final double MARK_NOISE_SIGMAS = 3;

  /**
   * @param lineThreshold the grey below which the box's outline was found to be ink
   */
  static BoxFill of(InkPatch patch, Rectangle box, int lineThreshold) {
    int side = Math.min(box.width, box.height);
    List<Integer> lineGreys = new ArrayList<>();
    int top = depth(patch, box, 0, lineThreshold, lineGreys);
    int bottom = depth(patch, box, 1, lineThreshold, lineGreys);
    int left = depth(patch, box, 2, lineThreshold, lineGreys);
    int right = depth(patch, box, 3, lineThreshold, lineGreys);
    int pad = 1 + (int) Math.round(0.04 * side);
    Rectangle inside =
        new Rectangle(
            box.x + left + pad,
            box.y + top + pad,
            box.width - left - right - 2 * pad,
            box.height - top - bottom - 2 * pad);
    if (inside.width < 2 || inside.height < 2) {
      return new BoxFill(1, box);
    }
    if (lineGreys.isEmpty()) {
      // no outline to measure (a filled box): the box's own ink tells how dark a mark is
      for (int y = box.y; y < box.y + box.height; y++) {
        for (int x = box.x; x < box.x + box.width; x++) {
          if (patch.grey(x, y) < lineThreshold) {
            lineGreys.add(patch.grey(x, y));
          }
        }
      }
    }
    int line = lineGreys.isEmpty() ? 0 : median(lineGreys);
    int contrast = patch.paper() - line;
    int threshold =
        Math.min(
            patch.paper() - Math.max(MIN_MARK_CONTRAST, (int) (MARK_SHARE_OF_CONTRAST * contrast)),
            patch.belowNoise(MARK_NOISE_SIGMAS));
    return new BoxFill(strokeShare(patch, inside, threshold), inside);
  }

  /**
   * How deep the outline reaches into the box from one side (0 top, 1 bottom, 2 left, 3 right): the
   * 90th percentile over the side's middle three fifths, where a run of ink starts at the edge and
   * ends within a third of the box (longer runs are marks crossing the outline).
   */
  private static int depth(
      InkPatch patch, Rectangle box, int side, int threshold, List<Integer> lineGreys) {
    boolean horizontal = side < 2;
    int length = horizontal ? box.width : box.height;
    int across = horizontal ? box.height : box.width;
    int limit = Math.max(2, across / 3);
    int start = Math.max(2, across / 8);
    List<Integer> depths = new ArrayList<>();
    int tried = 0;
    for (int along = length / 5; along < length - length / 5; along++) {
      tried++;
      int first = -1;
      int darkest = 255;
      int in = 0;
      for (; in < limit; in++) {
        int grey = grey(patch, box, side, along, in);
        if (grey < threshold) {
          first = first < 0 ? in : first;
          darkest = Math.min(darkest, grey);
        } else if (first >= 0) {
          break;
        } else if (in > start) {
          break;
        }
      }
      if (first >= 0 && in < limit) {
        depths.add(in);
        lineGreys.add(darkest);
      }
    }
    if (depths.size() * 10 < tried * 3) {
      return Math.max(1, across / 5); // no clean outline to measure (a filled box)
    }
    Collections.sort(depths);
    return depths.get((int) (depths.size() * 0.9));
  }

  private static int grey(InkPatch patch, Rectangle box, int side, int along, int in) {
    return switch (side) {
      case 0 -> patch.grey(box.x + along, box.y + in);
      case 1 -> patch.grey(box.x + along, box.y + box.height - 1 - in);
      case 2 -> patch.grey(box.x + in, box.y + along);
      default -> patch.grey(box.x + box.width - 1 - in, box.y + along);
    };
  }

  /**
   * The share of the inside covered by strokes: ink pixels with at least two ink neighbours, in
   * connected pieces of at least a quarter of the inside's side (dust and scan noise are smaller).
   */
  private static double strokeShare(InkPatch patch, Rectangle inside, int threshold) {
    int w = inside.width;
    int h = inside.height;
    boolean[] ink = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        ink[y * w + x] = patch.grey(inside.x + x, inside.y + y) < threshold;
      }
    }
    boolean[] kept = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        kept[y * w + x] = ink[y * w + x] && neighbours(ink, w, h, x, y) >= 2;
      }
    }
    int minPiece = Math.max(6, Math.min(w, h) / 4);
    boolean[] seen = new boolean[w * h];
    int strokes = 0;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int i = 0; i < kept.length; i++) {
      if (!kept[i] || seen[i]) {
        continue;
      }
      int size = 0;
      seen[i] = true;
      queue.add(i);
      while (!queue.isEmpty()) {
        int p = queue.poll();
        size++;
        int px = p % w;
        int py = p / w;
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int nx = px + dx;
            int ny = py + dy;
            if (nx >= 0 && ny >= 0 && nx < w && ny < h) {
              int n = ny * w + nx;
              if (kept[n] && !seen[n]) {
                seen[n] = true;
                queue.add(n);
              }
            }
          }
        }
      }
      if (size >= minPiece) {
        strokes += size;
      }
    }
    return strokes / (double) (w * h);
  }

  private static int neighbours(boolean[] ink, int w, int h, int x, int y) {
    int count = 0;
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        int nx = x + dx;
        int ny = y + dy;
        if ((dx != 0 || dy != 0) && nx >= 0 && ny >= 0 && nx < w && ny < h) {
          count += ink[ny * w + nx] ? 1 : 0;
        }
      }
    }
    return count;
  }

  private static int median(List<Integer> values) {
    List<Integer> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
