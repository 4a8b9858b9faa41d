package jp.gyomu.ocr;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Ink that Tesseract's layout analysis left unread: text-sized patches of dark pixels that no
 * recognised word covers, once table rules are taken away. Tesseract's full-page layout analysis
 * tends to drop a form's large, isolated title centred above a ruled table; such a patch is then
 * read on its own.
 *
 * <p>Works on a grid of about 75 cells per inch: a cell is ink when at least two of its pixels are
 * dark. Runs of ink cells longer than an inch, across or down, are rules and removed; cells under a
 * recognised word (with a margin) are removed; the rest is joined into line-like patches by closing
 * small horizontal gaps.
 */
final class MissedInk {

  private static final int DARK = 128;
  private static final int DARK_PIXELS_PER_CELL = 2;
  private static final double CELLS_PER_INCH = 75;
  private static final double RULE_INCHES = 1.0;
  // Gaps closed within a line: about half a body-text character.
  private static final double GAP_INCHES = 0.08;
  private static final double MIN_SIDE_INCHES = 0.07;
  private static final double MAX_HEIGHT_INCHES = 1.0;
  private static final int MIN_INK_CELLS = 12;
  // Each region costs a small Tesseract pass: a page of pictures or stamps must not cost seconds.
  static final int MAX_REGIONS = 12;

  private MissedInk() {}

  /**
   * @param grey the image that was read
   * @param dpi its resolution
   * @param read boxes of recognised words, in pixels of {@code grey}
   * @return patches of unread ink, padded, in pixels of {@code grey}, top to bottom; at most {@link
   *     #MAX_REGIONS}, the largest
   */
  static List<Rectangle> regions(BufferedImage grey, int dpi, List<Rectangle> read) {
    int cell = Math.max(1, (int) Math.round(dpi / CELLS_PER_INCH));
    int w = grey.getWidth();
    int h = grey.getHeight();
    int gw = (w + cell - 1) / cell;
    int gh = (h + cell - 1) / cell;
    byte[] pixels = Greyscale.pixels(grey);
    int[] dark = new int[gw * gh];
    for (int y = 0; y < h; y++) {
      int row = (y / cell) * gw;
      int offset = y * w;
      for (int x = 0; x < w; x++) {
        if ((pixels[offset + x] & 0xff) < DARK) {
          dark[row + x / cell]++;
        }
      }
    }
    boolean[] ink = new boolean[gw * gh];
    for (int i = 0; i < ink.length; i++) {
      ink[i] = dark[i] >= DARK_PIXELS_PER_CELL;
    }
    double cellsPerInch = (double) dpi / cell;
    removeRules(ink, gw, gh, (int) Math.round(RULE_INCHES * cellsPerInch));
    int margin = 1;
    for (Rectangle box : read) {
      int x0 = Math.max(0, box.x / cell - margin);
      int y0 = Math.max(0, box.y / cell - margin);
      int x1 = Math.min(gw - 1, (box.x + box.width) / cell + margin);
      int y1 = Math.min(gh - 1, (box.y + box.height) / cell + margin);
      for (int y = y0; y <= y1; y++) {
        for (int x = x0; x <= x1; x++) {
          ink[y * gw + x] = false;
        }
      }
    }
    boolean[] joined = closeHorizontalGaps(ink, gw, gh, (int) Math.ceil(GAP_INCHES * cellsPerInch));
    int minSide = (int) Math.ceil(MIN_SIDE_INCHES * cellsPerInch);
    int maxHeight = (int) Math.floor(MAX_HEIGHT_INCHES * cellsPerInch);
    List<Rectangle> regions = new ArrayList<>();
    for (Rectangle patch : patches(joined, ink, gw, gh)) {
      if (patch.width < minSide || patch.height < minSide || patch.height > maxHeight) {
        continue;
      }
      int pad = Math.max(2, patch.height / 3);
      Rectangle px =
          new Rectangle(
              (patch.x - pad) * cell,
              (patch.y - pad) * cell,
              (patch.width + 2 * pad) * cell,
              (patch.height + 2 * pad) * cell);
      regions.add(px.intersection(new Rectangle(0, 0, w, h)));
    }
    if (regions.size() > MAX_REGIONS) {
      regions.sort((a, b) -> Long.compare(area(b), area(a)));
      regions.subList(MAX_REGIONS, regions.size()).clear();
    }
    regions.sort((a, b) -> Integer.compare(a.y, b.y));
    return regions;
  }

  private static long area(Rectangle r) {
    return (long) r.width * r.height;
  }

  /** Clears straight runs of ink at least {@code minRun} cells long, across and down. */
  private static void removeRules(boolean[] ink, int gw, int gh, int minRun) {
    boolean[] rule = new boolean[ink.length];
    for (int y = 0; y < gh; y++) {
      int x = 0;
      while (x < gw) {
        if (!ink[y * gw + x]) {
          x++;
          continue;
        }
        int end = x;
        while (end < gw && ink[y * gw + end]) {
          end++;
        }
        if (end - x >= minRun) {
          for (int i = x; i < end; i++) {
            rule[y * gw + i] = true;
          }
        }
        x = end;
      }
    }
    for (int x = 0; x < gw; x++) {
      int y = 0;
      while (y < gh) {
        if (!ink[y * gw + x]) {
          y++;
          continue;
        }
        int end = y;
        while (end < gh && ink[end * gw + x]) {
          end++;
        }
        if (end - y >= minRun) {
          for (int i = y; i < end; i++) {
            rule[i * gw + x] = true;
          }
        }
        y = end;
      }
    }
    for (int i = 0; i < ink.length; i++) {
      if (rule[i]) {
        ink[i] = false;
      }
    }
  }

  private static boolean[] closeHorizontalGaps(boolean[] ink, int gw, int gh, int gap) {
    boolean[] joined = ink.clone();
    for (int y = 0; y < gh; y++) {
      int last = -1;
      for (int x = 0; x < gw; x++) {
        if (ink[y * gw + x]) {
          if (last >= 0 && x - last - 1 <= gap) {
            for (int i = last + 1; i < x; i++) {
              joined[y * gw + i] = true;
            }
          }
          last = x;
        }
      }
    }
    return joined;
  }

  /** Bounding boxes (in cells) of 8-connected patches holding enough real ink. */
  private static List<Rectangle> patches(boolean[] joined, boolean[] ink, int gw, int gh) {
    List<Rectangle> patches = new ArrayList<>();
    boolean[] seen = new boolean[joined.length];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int start = 0; start < joined.length; start++) {
      if (!joined[start] || seen[start]) {
        continue;
      }
      seen[start] = true;
      queue.add(start);
      int minX = gw;
      int minY = gh;
      int maxX = -1;
      int maxY = -1;
      int inkCells = 0;
      while (!queue.isEmpty()) {
        int i = queue.poll();
        int x = i % gw;
        int y = i / gw;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
        if (ink[i]) {
          inkCells++;
        }
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int nx = x + dx;
            int ny = y + dy;
            if (nx >= 0 && ny >= 0 && nx < gw && ny < gh) {
              int n = ny * gw + nx;
              if (joined[n] && !seen[n]) {
                seen[n] = true;
                queue.add(n);
              }
            }
          }
        }
      }
      if (inkCells >= MIN_INK_CELLS) {
        patches.add(new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1));
      }
    }
    return patches;
  }
}
