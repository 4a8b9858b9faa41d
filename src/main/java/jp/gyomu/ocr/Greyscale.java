package jp.gyomu.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Converts any page image to the compact 8-bit grey image Tesseract is fed. */
final class Greyscale {

  private Greyscale() {}

  /** A new 8-bit grey copy; transparent pixels count as white paper. */
  static BufferedImage of(BufferedImage page) {
    int width = page.getWidth();
    int height = page.getHeight();
    BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    byte[] out = pixels(grey);
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      page.getRGB(0, y, width, 1, row, 0, width);
      for (int x = 0; x < width; x++) {
        out[y * width + x] = (byte) luma(row[x]);
      }
    }
    return grey;
  }

  /** The pixel bytes of an image made by this package (row-major, one byte per pixel). */
  static byte[] pixels(BufferedImage grey) {
    return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
  }

  // Rec. 601 luma composited over white: Java2D's own grey conversion is linear and too dark.
  private static int luma(int argb) {
    int alpha = argb >>> 24;
    int r = (argb >> 16) & 0xff;
    int g = (argb >> 8) & 0xff;
    int b = argb & 0xff;
    int y = (299 * r + 587 * g + 114 * b + 500) / 1000;
    return (y * alpha + 255 * (255 - alpha) + 127) / 255;
  }
}
