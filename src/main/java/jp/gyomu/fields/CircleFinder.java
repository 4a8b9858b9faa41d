package jp.gyomu.fields;

import java.awt.Rectangle;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Whether a word is circled (◯ drawn round 無 in 有・無, as Japanese forms ask): rays from the word's
 * centre, started where they leave the word, meet ink all round within about a text height, at
 * distances that change smoothly from ray to ray as a closed curve's do. Ink of other words and of
 * long ruling lines does not count, so a word in a tight table cell or between neighbours is not
 * taken for circled.
 */
final class CircleFinder {

  private static final int RAYS = 48;

  /** Share of rays that must meet the curve. */
  static final double CIRCLED = 0.7;

  private static final double REACH = 1.3; // text heights beyond the word

  // how far (text heights) a glyph's strokes may run on beyond OCR's box of its word
  private static final double OWN_INK = 0.5;

  /**
   * @param coverage the share of rays that met the curve
   * @param closed whether ink was met on all four sides, continuously
   */
  record Circle(double coverage, boolean closed) {

    boolean circled() {
      return closed && coverage >= CIRCLED;
    }

    /** 0-100: how far the coverage is from the decision (0.2 away or more is certain). */
    float confidence() {
      if (!closed && coverage >= CIRCLED) {
        return 30; // ink all round, but not a curve: something else is there
      }
      return (float) (100 * Math.min(1, Math.abs(coverage - CIRCLED) / 0.2));
    }
  }

  private CircleFinder() {}

  /**
   * @param word the word's box
   * @param others boxes of other text and of check boxes near it, whose ink is not a circle's
   */
  static Circle around(InkPatch patch, Rectangle ocrBox, int textHeight, List<Rectangle> others) {
    if (!patch.hasInk()) {
      return new Circle(0, false);
    }
    int threshold = patch.inkThreshold();
    Rectangle word = ownInk(patch, ocrBox, threshold, textHeight);
    // a ruling line runs on beyond any curve drawn round the word
    int rulingAcross = (int) (word.width + (2 * REACH + 1) * textHeight);
    int rulingDown = (int) (word.height + (2 * REACH + 1) * textHeight);
    double cx = word.getCenterX();
    double cy = word.getCenterY();
    double reach = REACH * textHeight;
    double[] distance = new double[RAYS];
    int met = 0;
    boolean[] sides = new boolean[4];
    for (int k = 0; k < RAYS; k++) {
      double angle = 2 * Math.PI * k / RAYS;
      double dx = Math.cos(angle);
      double dy = Math.sin(angle);
      double exit =
          Math.min(
              Math.abs(dx) < 1e-9 ? Double.MAX_VALUE : word.width / 2.0 / Math.abs(dx),
              Math.abs(dy) < 1e-9 ? Double.MAX_VALUE : word.height / 2.0 / Math.abs(dy));
      distance[k] = -1;
      for (double t = exit + 1; t <= exit + reach; t += 1) {
        int x = (int) Math.round(cx + dx * t);
        int y = (int) Math.round(cy + dy * t);
        if (patch.grey(x, y) < threshold
            && !inAny(others, x, y)
            && !onRuling(patch, x, y, threshold, rulingAcross, rulingDown)) {
          distance[k] = t - exit;
          met++;
          sides[side(angle)] = true;
          break;
        }
      }
    }
    boolean allSides = sides[0] && sides[1] && sides[2] && sides[3];
    return new Circle(met / (double) RAYS, allSides && smooth(distance, textHeight));
  }

  /**
   * The word's box grown over its glyphs' strokes that run on beyond it: OCR's box can miss a
   * glyph's edge by several pixels (新 reaching 7 px above and 14 px left of it), and rays starting
   * inside those strokes would meet them for the circle. Ink joined to ink inside the box is the
   * word's own unless it runs on further than {@link #OWN_INK} text heights (a circle drawn tight
   * enough to touch the word, a ruling), which leaves the box as it was on that account.
   */
  private static Rectangle ownInk(InkPatch patch, Rectangle box, int threshold, int textHeight) {
    int limit = (int) Math.ceil(OWN_INK * textHeight);
    Rectangle near =
        new Rectangle(box.x - limit, box.y - limit, box.width + 2 * limit, box.height + 2 * limit);
    boolean[] seen = new boolean[near.width * near.height];
    Rectangle grown = box;
    for (int y = box.y; y < box.y + box.height; y++) {
      for (int x = box.x; x < box.x + box.width; x++) {
        int i = (y - near.y) * near.width + (x - near.x);
        if (!seen[i] && patch.grey(x, y) < threshold) {
          Rectangle stroke = stroke(patch, near, seen, x, y, threshold);
          if (stroke != null) {
            grown = grown.union(stroke);
          }
        }
      }
    }
    return grown;
  }

  /**
   * The extent of the ink joined to (x, y) within {@code near}; null when it reaches the edge of
   * {@code near} (it runs on beyond the word).
   */
  private static Rectangle stroke(
      InkPatch patch, Rectangle near, boolean[] seen, int x0, int y0, int threshold) {
    ArrayDeque<int[]> todo = new ArrayDeque<>();
    todo.add(new int[] {x0, y0});
    seen[(y0 - near.y) * near.width + (x0 - near.x)] = true;
    int minX = x0;
    int maxX = x0;
    int minY = y0;
    int maxY = y0;
    boolean escapes = false;
    while (!todo.isEmpty()) {
      int[] p = todo.poll();
      minX = Math.min(minX, p[0]);
      maxX = Math.max(maxX, p[0]);
      minY = Math.min(minY, p[1]);
      maxY = Math.max(maxY, p[1]);
      for (int dy = -1; dy <= 1; dy++) {
        for (int dx = -1; dx <= 1; dx++) {
          int x = p[0] + dx;
          int y = p[1] + dy;
          if (!near.contains(x, y)) {
            escapes = true;
            continue;
          }
          int i = (y - near.y) * near.width + (x - near.x);
          if (!seen[i] && patch.grey(x, y) < threshold) {
            seen[i] = true;
            todo.add(new int[] {x, y});
          }
        }
      }
    }
    return escapes ? null : new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
  }

  /** 0 right, 1 below, 2 left, 3 above. */
  private static int side(double angle) {
    return (int) Math.floor((angle + Math.PI / 4) / (Math.PI / 2)) % 4;
  }

  /** Neighbouring rays meet a closed curve at similar distances; text and specks do not. */
  private static boolean smooth(double[] distance, int textHeight) {
    int pairs = 0;
    int close = 0;
    for (int k = 0; k < RAYS; k++) {
      double a = distance[k];
      double b = distance[(k + 1) % RAYS];
      if (a >= 0 && b >= 0) {
        pairs++;
        close += Math.abs(a - b) <= 0.4 * textHeight ? 1 : 0;
      }
    }
    return pairs > 0 && close >= 0.8 * pairs;
  }

  private static boolean inAny(List<Rectangle> boxes, int x, int y) {
    for (Rectangle box : boxes) {
      if (box.contains(x, y)) {
        return true;
      }
    }
    return false;
  }

  /** Part of a long straight run (give or take two pixels, for skew): a table's ruling. */
  private static boolean onRuling(
      InkPatch patch, int x, int y, int threshold, int across, int down) {
    return run(patch, x, y, 1, 0, threshold, across) || run(patch, x, y, 0, 1, threshold, down);
  }

  private static boolean run(
      InkPatch patch, int x, int y, int stepX, int stepY, int threshold, int length) {
    // a line skewed by up to 3° strays this far; a circle's arc strays further
    int maxDrift = Math.max(2, length / 20);
    int total = 1;
    for (int direction = -1; direction <= 1 && total < length; direction += 2) {
      int px = x;
      int py = y;
      while (total < length) {
        int nx = px + direction * stepX;
        int ny = py + direction * stepY;
        boolean found = false;
        int drift = 0;
        for (int d : new int[] {0, -1, 1}) {
          int off = (stepY * (nx - x) + stepX * (ny - y)) + d;
          if (Math.abs(off) <= maxDrift && patch.grey(nx + d * stepY, ny + d * stepX) < threshold) {
            drift = d;
            found = true;
            break;
          }
        }
        if (!found) {
          break;
        }
        px = nx + drift * stepY;
        py = ny + drift * stepX;
        total++;
      }
    }
    return total >= length;
  }
}
