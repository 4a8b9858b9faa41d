package jp.gyomu.ocr;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Turns an upright page by a small angle and scales it in one interpolation pass, onto a canvas
 * large enough that no corner is cut off.
 */
final class PageStraightener {

  // Fixed point as Java2D's software loops keep it: 32 bits of fraction in a long.
  private static final double ONE = 4294967296.0;
  private static final long HALF = 1L << 31;

  private PageStraightener() {}

  /**
   * @param clockwiseDegrees rotation to apply (the negative of the measured skew)
   * @param scale factor for low-resolution pages, 1 for none
   */
  static PreparedPage prepare(
      BufferedImage upright, int dpi, double clockwiseDegrees, double scale) {
    int w = upright.getWidth();
    int h = upright.getHeight();
    if (clockwiseDegrees == 0 && scale == 1) {
      return new PreparedPage(upright, dpi, w, h, new AffineTransform());
    }
    double rad = Math.toRadians(clockwiseDegrees);
    double cos = Math.abs(Math.cos(rad));
    double sin = Math.abs(Math.sin(rad));
    int outW = (int) Math.ceil((w * cos + h * sin) * scale);
    int outH = (int) Math.ceil((w * sin + h * cos) * scale);
    AffineTransform transform = new AffineTransform();
    transform.translate(outW / 2.0, outH / 2.0);
    transform.scale(scale, scale);
    transform.rotate(rad);
    transform.translate(-w / 2.0, -h / 2.0);

    BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_BYTE_GRAY);
    // the pixel bytes of the page itself, rows back to back (a window of a larger image is copied)
    BufferedImage grey = Greyscale.isPlainGrey(upright) ? upright : Greyscale.of(upright);
    draw(Greyscale.pixels(grey), w, h, Greyscale.pixels(out), outW, outH, transform);
    return new PreparedPage(out, (int) Math.round(dpi * scale), w, h, transform);
  }

  /**
   * Draws {@code src} through {@code transform} onto {@code dst} (white where no source pixel
   * lands), bilinear: pixel for pixel what {@code Graphics2D.drawImage} with bilinear interpolation
   * draws between 8-bit grey images (its native TransformHelper and IntArgbPre arithmetic), which
   * Tesseract's readings were tuned on, in about half its time (no per-pixel conversion to ARGB).
   */
  static void draw(
      byte[] src, int sw, int sh, byte[] dst, int dw, int dh, AffineTransform transform) {
    Arrays.fill(dst, (byte) 0xff);
    AffineTransform inverse;
    try {
      inverse = transform.createInverse();
    } catch (NoninvertibleTransformException e) {
      return;
    }
    // The destination rows and columns the transformed source can touch (as DrawImage finds them).
    double[] c = {0, 0, sw, 0, 0, sh, sw, sh};
    transform.transform(c, 0, c, 0, 4);
    double minX = c[0];
    double maxX = c[0];
    double minY = c[1];
    double maxY = c[1];
    for (int i = 2; i < c.length; i += 2) {
      if (minX > c[i]) {
        minX = c[i];
      } else if (maxX < c[i]) {
        maxX = c[i];
      }
      if (minY > c[i + 1]) {
        minY = c[i + 1];
      } else if (maxY < c[i + 1]) {
        maxY = c[i + 1];
      }
    }
    int x1 = Math.max((int) Math.floor(minX), 0);
    int y1 = Math.max((int) Math.floor(minY), 0);
    int x2 = Math.min((int) Math.ceil(maxX), dw);
    int y2 = Math.min((int) Math.ceil(maxY), dh);
    if (x2 <= x1 || y2 <= y1) {
      return;
    }
    double dxdx = inverse.getScaleX();
    double dxdy = inverse.getShearX();
    double dydx = inverse.getShearY();
    double dydy = inverse.getScaleY();
    double cx = x1 + 0.5;
    double cy = y1 + 0.5;
    long xBase = (long) ((dxdx * cx + dxdy * cy + inverse.getTranslateX()) * ONE);
    long yBase = (long) ((dydx * cx + dydy * cy + inverse.getTranslateY()) * ONE);
    long xStepX = (long) (dxdx * ONE);
    long yStepX = (long) (dydx * ONE);
    long xStepY = (long) (dxdy * ONE);
    long yStepY = (long) (dydy * ONE);
    for (int y = y1; y < y2; y++) {
      long rowX = xBase + (y - y1) * xStepY;
      long rowY = yBase + (y - y1) * yStepY;
      // Only pixels whose centre falls on the source are drawn.
      int from = x1;
      long x = rowX;
      long yy = rowY;
      while (from < x2 && outside(x, yy, sw, sh)) {
        from++;
        x += xStepX;
        yy += yStepX;
      }
      int to = x2;
      x = rowX + (x2 - x1 - 1) * xStepX;
      yy = rowY + (x2 - x1 - 1) * yStepX;
      while (to > from && outside(x, yy, sw, sh)) {
        to--;
        x -= xStepX;
        yy -= yStepX;
      }
      int out = y * dw;
      long sx = rowX + (from - x1) * xStepX - HALF;
      long sy = rowY + (from - x1) * yStepX - HALF;
      for (int px = from; px < to; px++, sx += xStepX, sy += yStepX) {
        int xw = (int) (sx >> 32);
        int yw = (int) (sy >> 32);
        // Neighbours beyond the last row or column repeat it; before the first, the first.
        int xd = (xw + 1 - sw) >>> 31;
        int neg = xw >> 31;
        xw -= neg;
        xd += neg;
        int yd = (yw + 1 - sh) >> 31;
        neg = yw >> 31;
        yw -= neg;
        yd -= neg;
        yd &= sw;
        int at = yw * sw + xw;
        int fx = (int) sx >>> 24;
        int fy = (int) sy >>> 24;
        int a = src[at] & 0xff;
        int b = src[at + xd] & 0xff;
        int top = (a << 8) + (b - a) * fx;
        a = src[at + yd] & 0xff;
        b = src[at + yd + xd] & 0xff;
        int bottom = (a << 8) + (b - a) * fx;
        int v = (top << 8) + (bottom - top) * fy;
        dst[out + px] = (byte) ((v + (1 << 15)) >> 16);
      }
    }
  }

  private static boolean outside(long x, long y, int sw, int sh) {
    return Integer.compareUnsigned((int) (y >> 32), sh) >= 0
        || Integer.compareUnsigned((int) (x >> 32), sw) >= 0;
  }
}
