package jp.gyomu.ocr;

import java.awt.image.BufferedImage;

/**
 * Exact rotation of a page by multiples of 90 degrees (no interpolation). Public so the document
 * store can keep page images turned the way the engine read them (word boxes then fit).
 */
public final class QuarterTurns {

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
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        byte p = src[y * w + x];
        switch (turns) {
          case 1 -> dst[x * h + (h - 1 - y)] = p;
          case 2 -> dst[(h - 1 - y) * w + (w - 1 - x)] = p;
          default -> dst[(w - 1 - x) * h + y] = p;
        }
      }
    }
    return out;
  }
}
