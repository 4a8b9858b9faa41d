package jp.gyomu.testdocs;

import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Pages that are slow to read: square, edge to edge with lines of random Latin words at about 10
 * point (300 dpi), so Tesseract has thousands of words to recognise, all unknown to its
 * dictionaries. Deterministic: the same arguments give the same page.
 */
public final class DensePages {

  private static final int LINE_PIXELS = 60;
  private static final int GLYPH_PIXELS = 42;

  private DensePages() {}

  public static BufferedImage page(int side, long seed) {
    var page = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
    var g = page.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, side, side);
      g.setColor(Color.BLACK);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, GLYPH_PIXELS));
      var random = new Random(seed);
      for (int y = LINE_PIXELS; y < side; y += LINE_PIXELS) {
        g.drawString(words(random, side / 22), 40, y);
      }
    } finally {
      g.dispose();
    }
    return page;
  }

  private static String words(Random random, int length) {
    var line = new StringBuilder();
    while (line.length() < length) {
      int letters = 2 + random.nextInt(8);
      for (int i = 0; i < letters; i++) {
        line.append((char) ('a' + random.nextInt(26)));
      }
      line.append(' ');
    }
    return line.toString();
  }
}
