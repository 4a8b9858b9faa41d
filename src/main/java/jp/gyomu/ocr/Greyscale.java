package jp.gyomu.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/** Converts any page image to the compact 8-bit grey image Tesseract is fed. */
final class Greyscale {

  private Greyscale() {}

  /** A new 8-bit grey copy; transparent pixels count as white paper. */
  static BufferedImage of(BufferedImage page) {
    int width = page.getWidth();
    int height = page.getHeight();
    if (isPlainGrey(page)) {
      // already what Tesseract is fed (scans decoded as grey, PDF pages rendered grey): a copy
      BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
      System.arraycopy(pixels(page), 0, pixels(copy), 0, width * height);
      return copy;
    }
    if (isPlain(page, BufferedImage.TYPE_3BYTE_BGR, 3)) {
      // decoded colour scans and photos: read where they lie, no RGB copy of the page first
      byte[] in = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
      BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
      byte[] out = pixels(grey);
      for (int i = 0, j = 0; i < out.length; i++, j += 3) {
        out[i] = (byte) luma(in[j + 2] & 0xff, in[j + 1] & 0xff, in[j] & 0xff);
      }
      return grey;
    }
    // Java2D's native blit to RGB is fast for every image type; per-pixel getRGB is not.
    BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.drawImage(page, 0, 0, null);
    } finally {
      g.dispose();
    }
    int[] in = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
    BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    byte[] out = pixels(grey);
    for (int i = 0; i < in.length; i++) {
      out[i] = (byte) luma(in[i]);
    }
    return grey;
  }

  /** 8-bit grey, one byte per pixel, rows back to back: its bytes are the grey levels. */
  static boolean isPlainGrey(BufferedImage image) {
    return isPlain(image, BufferedImage.TYPE_BYTE_GRAY, 1);
  }

  /** Of the type, its bytes the pixels row after row with nothing between or around them. */
  private static boolean isPlain(BufferedImage image, int type, int bytesPerPixel) {
    return image.getType() == type
        && image.getRaster().getDataBuffer() instanceof DataBufferByte bytes
        && bytes.getNumBanks() == 1
        && bytes.getOffset() == 0
        && bytes.getData().length == bytesPerPixel * image.getWidth() * image.getHeight()
        && image.getRaster().getParent() == null
        && image.getRaster().getSampleModelTranslateX() == 0
        && image.getRaster().getSampleModelTranslateY() == 0;
  }

  /** The pixel bytes of an image made by this package (row-major, one byte per pixel). */
  static byte[] pixels(BufferedImage grey) {
    return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
  }

  // Rec. 601 luma: Java2D's own grey conversion is linear and comes out too dark.
  private static int luma(int rgb) {
    return luma((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
  }

  private static int luma(int r, int g, int b) {
    return (299 * r + 587 * g + 114 * b + 500) / 1000;
  }
}
