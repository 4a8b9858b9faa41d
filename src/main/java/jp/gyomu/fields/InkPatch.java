package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * A grey copy of part of a page, with the paper's level and the threshold below which a pixel is
 * ink. Levels are measured in the patch, so a grey scan, a faint print and a dark one are judged
 * alike. Coordinates given to its methods are page pixels.
 */
final class InkPatch {

  // a pixel this much darker than the paper (at least) is ink
  private static final int MIN_CONTRAST = 20;
  private static final double INK_SHARE_OF_CONTRAST = 0.2;
  private static final double FAINT_SHARE_OF_CONTRAST = 0.1;
  private static final int DARKEST_PIXELS = 50;
  // noise passes a threshold fewer than 1 in 160 times at 2.5 sigmas
  private static final double LINE_NOISE_SIGMAS = 2.5;

  private final Rectangle bounds;
  private final int[] grey;
  private final int paper;
  private final int darkest;
  private final double noise;

  private InkPatch(Rectangle bounds, int[] grey) {
    this.bounds = bounds;
    this.grey = grey;
    int[] sorted = grey.clone();
    Arrays.sort(sorted);
    this.paper = sorted.length == 0 ? 255 : sorted[(int) (sorted.length * 0.9)];
    // the level of the darkest few dozen pixels: a lone box in a large zone is ink all the same
    this.darkest = sorted.length == 0 ? 255 : sorted[Math.min(sorted.length / 100, DARKEST_PIXELS)];
    // paper is most of a patch: its lower quartile lies 0.674 standard deviations of the scan's
    // noise below the paper level (white paper's upper half is clipped at 255, so look below)
    this.noise = sorted.length == 0 ? 0 : (paper - sorted[sorted.length / 4]) / 0.674;
  }

  /** The part of the region that lies on the page; empty when none does. */
  static InkPatch of(BufferedImage page, Rectangle region) {
    Rectangle r = region.intersection(new Rectangle(0, 0, page.getWidth(), page.getHeight()));
    if (r.isEmpty()) {
      return new InkPatch(new Rectangle(r.x, r.y, 0, 0), new int[0]);
    }
    int[] grey = new int[r.width * r.height];
    if (page.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      page.getRaster().getSamples(r.x, r.y, r.width, r.height, 0, grey);
    } else {
      int[] rgb = page.getRGB(r.x, r.y, r.width, r.height, null, 0, r.width);
      for (int i = 0; i < rgb.length; i++) {
        int p = rgb[i];
        grey[i] = (299 * ((p >> 16) & 0xFF) + 587 * ((p >> 8) & 0xFF) + 114 * (p & 0xFF)) / 1000;
      }
    }
    return new InkPatch(r, grey);
  }

  Rectangle bounds() {
    return bounds;
  }

  int paper() {
    return paper;
  }

  /** Whether there is any ink at all (a blank patch has no threshold worth using). */
  boolean hasInk() {
    return paper - darkest >= MIN_CONTRAST;
  }

  /** The grey level below which a pixel counts as ink when looking for lines. */
  int inkThreshold() {
    return inkThreshold(INK_SHARE_OF_CONTRAST);
  }

  /**
   * A more sensitive threshold, for faint print when nothing was found with the usual one (noise
   * passes it too, so it is a second try).
   */
  int faintThreshold() {
    return inkThreshold(FAINT_SHARE_OF_CONTRAST);
  }

  private int inkThreshold(double share) {
    int threshold = paper - Math.max(MIN_CONTRAST, (int) (share * (paper - darkest)));
    return Math.min(threshold, belowNoise(LINE_NOISE_SIGMAS));
  }

  /** A grey level this many standard deviations of the scan's noise below the paper. */
  int belowNoise(double sigmas) {
    return paper - (int) Math.ceil(sigmas * noise);
  }

  /** The grey level at a page pixel; paper outside the patch. */
  int grey(int x, int y) {
    int px = x - bounds.x;
    int py = y - bounds.y;
    if (px < 0 || py < 0 || px >= bounds.width || py >= bounds.height) {
      return paper;
    }
    return grey[py * bounds.width + px];
  }

  /** Ink below a threshold, row by row over the patch. */
  boolean[] inkMap(int threshold) {
    boolean[] ink = new boolean[grey.length];
    for (int i = 0; i < grey.length; i++) {
      ink[i] = grey[i] < threshold;
    }
    return ink;
  }
}
