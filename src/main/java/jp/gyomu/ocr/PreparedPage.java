package jp.gyomu.ocr;

import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/**
 * The image Tesseract reads and how it was made from the upright page (after quarter turns), so
 * that word boxes can be reported on the upright page at its own resolution.
 *
 * @param image what Tesseract reads: upright, deskewed, upscaled when needed
 * @param dpi resolution of {@code image}
 * @param uprightToRead transform from upright page pixels to {@code image} pixels
 */
record PreparedPage(
    BufferedImage image,
    int dpi,
    int uprightWidth,
    int uprightHeight,
    AffineTransform uprightToRead) {

  /** A box in {@code image} pixels as the smallest box around it on the upright page. */
  Rectangle toUpright(Rectangle readBox) {
    AffineTransform readToUpright;
    try {
      readToUpright = uprightToRead.createInverse();
    } catch (NoninvertibleTransformException e) {
      throw new IllegalStateException(e);
    }
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    double[][] corners = {
      {readBox.x, readBox.y},
      {readBox.x + readBox.width, readBox.y},
      {readBox.x, readBox.y + readBox.height},
      {readBox.x + readBox.width, readBox.y + readBox.height}
    };
    for (double[] c : corners) {
      Point2D p = readToUpright.transform(new Point2D.Double(c[0], c[1]), null);
      minX = Math.min(minX, p.getX());
      minY = Math.min(minY, p.getY());
      maxX = Math.max(maxX, p.getX());
      maxY = Math.max(maxY, p.getY());
    }
    int x = Math.max(0, (int) Math.floor(minX));
    int y = Math.max(0, (int) Math.floor(minY));
    int right = Math.min(uprightWidth, (int) Math.ceil(maxX));
    int bottom = Math.min(uprightHeight, (int) Math.ceil(maxY));
    return new Rectangle(x, y, Math.max(0, right - x), Math.max(0, bottom - y));
  }
}
