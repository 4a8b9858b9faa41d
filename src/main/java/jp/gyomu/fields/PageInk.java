package jp.gyomu.fields;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import jp.gyomu.ocr.OtsuThreshold;

/**
 * The ink of a page on a coarse grid (about 100 cells per inch on A4), straightened, with its row
 * and column projection profiles: what {@link PageRegistration} compares. A grid cell is ink when
 * its darkest pixel is below Otsu's threshold, so thin ruling lines survive the reduction.
 */
final class PageInk {

  // cells across the page width; 800 is about 100 dpi on A4, enough for a pixel or two at 300 dpi
  private static final int GRID_WIDTH = 800;
  private static final double MAX_SKEW = 3;
  private static final double COARSE_STEP = 0.25;
  private static final double FINE_STEP = 0.025;

  final int pageWidth;
  final int pageHeight;
  final int cell;
  final int gridWidth;
  final int gridHeight;
  final boolean[] ink;

  /** Grid coordinates of ink cells, interleaved x, y. */
  final int[] points;

  /** Grid coordinates of ink cells that are not part of a ruling line (text), interleaved. */
  final int[] textPoints;

  /** Clockwise angle of the page's lines in degrees, found from its ink. */
  final double skewDegrees;

  /** Ink per row and per column of the straightened page, one bin per grid cell, sqrt-damped. */
  final double[] rows;

  final double[] columns;

  private PageInk(BufferedImage image) {
    pageWidth = image.getWidth();
    pageHeight = image.getHeight();
    cell = Math.max(1, pageWidth / GRID_WIDTH);
    gridWidth = (pageWidth + cell - 1) / cell;
    gridHeight = (pageHeight + cell - 1) / cell;
    int[] darkest = darkest(grey(image), pageWidth, pageHeight, cell, gridWidth, gridHeight);
    int threshold = Math.min(OtsuThreshold.of(darkest), 160);
    ink = new boolean[darkest.length];
    int count = 0;
    for (int i = 0; i < darkest.length; i++) {
      ink[i] = darkest[i] <= threshold;
      count += ink[i] ? 1 : 0;
    }
    points = new int[2 * count];
    for (int i = 0, n = 0; i < ink.length; i++) {
      if (ink[i]) {
        points[n++] = i % gridWidth;
        points[n++] = i / gridWidth;
      }
    }
    textPoints = textPoints(ink, gridWidth, gridHeight, Math.max(8, gridWidth / 32));
    skewDegrees = skew();
    rows = new double[gridHeight];
    columns = new double[gridWidth];
    project();
  }

  static PageInk of(BufferedImage image) {
    return new PageInk(image);
  }

  int size() {
    return points.length / 2;
  }

  /** Turns page pixels into the straightened frame the profiles are in (about the centre). */
  AffineTransform straighten() {
    return AffineTransform.getRotateInstance(Math.toRadians(-skewDegrees), centreX(), centreY());
  }

  /** Turns the straightened frame back into page pixels. */
  AffineTransform unstraighten() {
    return AffineTransform.getRotateInstance(Math.toRadians(skewDegrees), centreX(), centreY());
  }

  /** The centre the page is straightened about, in pixels (the grid's centre). */
  double centreX() {
    return gridWidth * cell / 2.0;
  }

  double centreY() {
    return gridHeight * cell / 2.0;
  }

  boolean inkAt(double pixelX, double pixelY) {
    int x = (int) Math.floor(pixelX / cell);
    int y = (int) Math.floor(pixelY / cell);
    return x >= 0 && y >= 0 && x < gridWidth && y < gridHeight && ink[y * gridWidth + x];
  }

  private void project() {
    double rad = Math.toRadians(skewDegrees);
    double cos = Math.cos(rad);
    double sin = Math.sin(rad);
    double cx = gridWidth / 2.0;
    double cy = gridHeight / 2.0;
    for (int i = 0; i < points.length; i += 2) {
      double x = points[i] + 0.5 - cx;
      double y = points[i + 1] + 0.5 - cy;
      int column = (int) Math.floor(x * cos + y * sin + cx);
      int row = (int) Math.floor(y * cos - x * sin + cy);
      if (row >= 0 && row < gridHeight) {
        rows[row]++;
      }
      if (column >= 0 && column < gridWidth) {
        columns[column]++;
      }
    }
    // a ruling line is worth more than a text line, but should not drown out the title and labels
    for (int i = 0; i < rows.length; i++) {
      rows[i] = Math.sqrt(rows[i]);
    }
    for (int i = 0; i < columns.length; i++) {
      columns[i] = Math.sqrt(columns[i]);
    }
  }

  /** Ink cells outside horizontal and vertical runs of at least {@code run} cells. */
  private static int[] textPoints(boolean[] ink, int width, int height, int run) {
    boolean[] line = new boolean[ink.length];
    for (int y = 0; y < height; y++) {
      int start = 0;
      for (int x = 0; x <= width; x++) {
        if (x == width || !ink[y * width + x]) {
          if (x - start >= run) {
            Arrays.fill(line, y * width + start, y * width + x, true);
          }
          start = x + 1;
        }
      }
    }
    for (int x = 0; x < width; x++) {
      int start = 0;
      for (int y = 0; y <= height; y++) {
        if (y == height || !ink[y * width + x]) {
          if (y - start >= run) {
            for (int k = start; k < y; k++) {
              line[k * width + x] = true;
            }
          }
          start = y + 1;
        }
      }
    }
    int count = 0;
    for (int i = 0; i < ink.length; i++) {
      count += ink[i] && !line[i] ? 1 : 0;
    }
    int[] points = new int[2 * count];
    for (int i = 0, n = 0; i < ink.length; i++) {
      if (ink[i] && !line[i]) {
        points[n++] = i % width;
        points[n++] = i / width;
      }
    }
    return points;
  }

  private double skew() {
    if (size() < 50) {
      return 0;
    }
    double best = search(-MAX_SKEW, MAX_SKEW, COARSE_STEP);
    return search(best - COARSE_STEP, best + COARSE_STEP, FINE_STEP);
  }

  private double search(double from, double to, double step) {
    double bestAngle = 0;
    double bestSharpness = -1;
    int steps = (int) Math.round((to - from) / step);
    for (int i = 0; i <= steps; i++) {
      double angle = from + i * step;
      double sharpness = sharpness(angle);
      if (sharpness > bestSharpness) {
        bestSharpness = sharpness;
        bestAngle = angle;
      }
    }
    return bestAngle;
  }

  /** Sum of squared row counts: highest when lines turned clockwise by {@code degrees} lie flat. */
  private double sharpness(double degrees) {
    double rad = Math.toRadians(degrees);
    double cos = Math.cos(rad);
    double sin = Math.sin(rad);
    int diagonal = (int) Math.ceil(Math.hypot(gridWidth, gridHeight));
    int[] bins = new int[2 * diagonal + 1];
    for (int i = 0; i < points.length; i += 2) {
      double projected = points[i + 1] * cos - points[i] * sin;
      bins[(int) Math.round(projected) + diagonal]++;
    }
    double sharpness = 0;
    for (int b : bins) {
      sharpness += (double) b * b;
    }
    return sharpness;
  }

  private static byte[] grey(BufferedImage image) {
    BufferedImage grey = image;
    boolean plain =
        image.getType() == BufferedImage.TYPE_BYTE_GRAY
            && image.getRaster().getDataBuffer() instanceof DataBufferByte bytes
            && bytes.getNumBanks() == 1
            && bytes.getData().length == image.getWidth() * image.getHeight();
    if (!plain) {
      grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D g = grey.createGraphics();
      try {
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
      } finally {
        g.dispose();
      }
    }
    return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
  }

  private static int[] darkest(
      byte[] pixels, int width, int height, int cell, int gridWidth, int gridHeight) {
    int[] darkest = new int[gridWidth * gridHeight];
    Arrays.fill(darkest, 255);
    for (int y = 0; y < height; y++) {
      int row = (y / cell) * gridWidth;
      int offset = y * width;
      for (int gx = 0; gx < gridWidth; gx++) {
        int min = darkest[row + gx];
        int end = Math.min(width, (gx + 1) * cell);
        for (int x = gx * cell; x < end; x++) {
          min = Math.min(min, pixels[offset + x] & 0xff);
        }
        darkest[row + gx] = min;
      }
    }
    return darkest;
  }
}
