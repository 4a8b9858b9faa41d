package jp.gyomu.testdocs;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** A blank white A4 sheet in grey levels and an antialiased black pen, as test documents use. */
public final class TestPaper {

  private static final double A4_WIDTH_MM = 210;
  private static final double A4_HEIGHT_MM = 297;

  private TestPaper() {}

  public static BufferedImage a4(int dpi) {
    return new BufferedImage(
        px(A4_WIDTH_MM, dpi), px(A4_HEIGHT_MM, dpi), BufferedImage.TYPE_BYTE_GRAY);
  }

  /** Paints the sheet white and returns a black pen with antialiased shapes and text. */
  public static Graphics2D blackPen(BufferedImage sheet) {
    Graphics2D g = sheet.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    return g;
  }

  private static int px(double millimetres, int dpi) {
    return (int) Math.round(millimetres / 25.4 * dpi);
  }
}
