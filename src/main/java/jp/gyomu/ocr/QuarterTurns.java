package jp.gyomu.ocr;

import java.awt.image.BufferedImage;

/**
 * Exact rotation of a page by multiples of 90 degrees (no interpolation). Public so the document
 * store can keep page images turned the way the engine read them (word boxes then fit).
 */
public final class QuarterTurns {

  private static final int TILE = 64;

  private QuarterTurns() {}

  /** The page, as 8-bit grey, turned clockwise by 0, 90, 180 or 270 degrees. */
  public static BufferedImage clockwise(BufferedImage page, int degrees) {
    BufferedImage grey = Greyscale.of(page);
    int turns = Math.floorMod(degrees, 360) / 90;
    if (Math.floorMod(degrees, 90) != 0) {
      throw new IllegalArgumentException("not a multiple of 90 degrees: " + degrees);
    }
    if (turns == 0) {
      return grey;
    }
    int w = grey.getWidth();
    int h = grey.getHeight();
    boolean sideways = turns % 2 == 1;
    BufferedImage out =
        new BufferedImage(sideways ? h : w, sideways ? w : h, BufferedImage.TYPE_BYTE_GRAY);
    byte[] src = Greyscale.pixels(grey);
    byte[] dst = Greyscale.pixels(out);
    if (turns == 2) {
      for (int i = 0, j = src.length - 1; i < src.length; i++, j--) {
        dst[j] = src[i];
      }
      return out;
    }
    // A quarter turn writes each source row down a column: tile by tile, so that the columns'
    // bytes stay in the cache until their neighbours are written (pixel by pixel, each write
    // touched another cache line).
    for (int ty = 0; ty < h; ty += TILE) {
      int yEnd = Math.min(h, ty + TILE);
      for (int tx = 0; tx < w; tx += TILE) {
        int xEnd = Math.min(w, tx + TILE);
        for (int y = ty; y < yEnd; y++) {
          int row = y * w;
          for (int x = tx; x < xEnd; x++) {
            if (turns == 1) {
              dst[x * h + (h - 1 - y)] = src[row + x];
            } else {
              dst[(w - 1 - x) * h + y] = src[row + x];
            }
          }
        }
      }
    }
    return out;
  }
}
