package jp.gyomu.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Turns an upright page by a small angle and scales it in one interpolation pass, onto a canvas
 * large enough that no corner is cut off.
 */
final class PageStraightener {

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
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, outW, outH);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(upright, transform, null);
    } finally {
      g.dispose();
    }
    return new PreparedPage(out, (int) Math.round(dpi * scale), w, h, transform);
  }
}
