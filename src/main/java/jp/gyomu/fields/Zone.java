package jp.gyomu.fields;

import java.awt.Rectangle;

/**
 * A part of the page, as fractions of its width and height (0 to 1), so that it holds at any DPI.
 */
public record Zone(double left, double top, double width, double height) {

  /** Whether the centre of a box (in pixels of a page of the given size) lies in this zone. */
  public boolean contains(Rectangle box, int pageWidth, int pageHeight) {
    double x = box.getCenterX() / pageWidth;
    double y = box.getCenterY() / pageHeight;
    return x >= left && x <= left + width && y >= top && y <= top + height;
  }
}
