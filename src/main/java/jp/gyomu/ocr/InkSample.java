package jp.gyomu.ocr;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * The dark pixels of a page, on a coarse grid: enough to see text lines, cheap to project many
 * times. Each grid cell is ink when its darkest pixel is below Otsu's threshold, so thin strokes
 * survive the reduction.
 */
final class InkSample {

  private static final int MAX_GRID_SIDE = 1500;
  private static final int MAX_POINTS = 150_000;

  /** Grid coordinates of ink cells, interleaved x, y. */
  final int[] points;

  final int width;
  final int height;

  private InkSample(int[] points, int width, int height) {
    this.points = points;
    this.width = width;
    this.height = height;
  }

  int size() {
    return points.length / 2;
  }

  /** At most {@code max} of these points, evenly taken: enough for a coarse search. */
  InkSample thinned(int max) {
    int stride = (size() + max - 1) / max;
    if (stride <= 1) {
      return this;
    }
    int[] kept = new int[2 * ((size() + stride - 1) / stride)];
    int n = 0;
    for (int i = 0; i < points.length; i += 2 * stride) {
      kept[n++] = points[i];
      kept[n++] = points[i + 1];
    }
    return new InkSample(Arrays.copyOf(kept, n), width, height);
  }

  static InkSample of(BufferedImage grey) {
    int w = grey.getWidth();
    int h = grey.getHeight();
    int cell = Math.max(1, (Math.max(w, h) + MAX_GRID_SIDE - 1) / MAX_GRID_SIDE);
    int gw = (w + cell - 1) / cell;
    int gh = (h + cell - 1) / cell;
    byte[] src = Greyscale.pixels(grey);
    int[] darkest = new int[gw * gh];
    // Band by band of cell rows: the darkest pixel of each column first, in a loop over whole rows
    // that the JIT compiles to vector instructions (this runs over every pixel of a page), then of
    // each cell's columns.
    int[] columns = new int[w];
    for (int gy = 0; gy < gh; gy++) {
      Arrays.fill(columns, 255);
      int last = Math.min(h, (gy + 1) * cell);
      for (int y = gy * cell; y < last; y++) {
        int base = y * w;
        for (int x = 0; x < w; x++) {
          columns[x] = Math.min(columns[x], src[base + x] & 0xff);
        }
      }
      int row = gy * gw;
      for (int gx = 0, x = 0; gx < gw; gx++) {
        int end = Math.min(w, x + cell);
        int min = 255;
        for (; x < end; x++) {
          min = Math.min(min, columns[x]);
        }
        darkest[row + gx] = min;
      }
    }
    int threshold = OtsuThreshold.of(darkest);
    int count = 0;
    for (int v : darkest) {
      if (v <= threshold) {
        count++;
      }
    }
    int stride = Math.max(1, (count + MAX_POINTS - 1) / MAX_POINTS);
    int[] points = new int[2 * ((count + stride - 1) / stride)];
    int seen = 0;
    int n = 0;
    for (int i = 0; i < darkest.length; i++) {
      if (darkest[i] <= threshold && seen++ % stride == 0) {
        points[n++] = i % gw;
        points[n++] = i / gw;
      }
    }
    return new InkSample(Arrays.copyOf(points, n), gw, gh);
  }

  /**
   * How sharply the ink falls into lines at the given angle: the sum of squared counts of the
   * projection profile. Text lines turned clockwise by {@code degrees} give the highest value.
   *
   * @param acrossColumns project onto the x axis (vertical text lines) instead of the y axis
   */
  double lineSharpness(double degrees, boolean acrossColumns) {
    double rad = Math.toRadians(degrees);
    double cos = Math.cos(rad);
    double sin = Math.sin(rad);
    int diagonal = (int) Math.ceil(Math.hypot(width, height));
    int[] bins = new int[2 * diagonal + 1];
    for (int i = 0; i < points.length; i += 2) {
      int x = points[i];
      int y = points[i + 1];
      // Vertical lines turned clockwise satisfy x*cos + y*sin = constant.
      double projected = acrossColumns ? x * cos + y * sin : y * cos - x * sin;
      bins[(int) Math.round(projected) + diagonal]++;
    }
    double sharpness = 0;
    for (int b : bins) {
      sharpness += (double) b * b;
    }
    return sharpness;
  }

  /**
   * How much more the ink bunches into lines than evenly spread ink would over the same span: 1 for
   * no structure, higher for clear lines with gaps between them.
   */
  double lineContrast(boolean acrossColumns) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int i = acrossColumns ? 0 : 1; i < points.length; i += 2) {
      min = Math.min(min, points[i]);
      max = Math.max(max, points[i]);
    }
    double n = size();
    return n == 0 ? 1 : lineSharpness(0, acrossColumns) * (max - min + 1) / (n * n);
  }
}
