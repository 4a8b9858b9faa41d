package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Check boxes printed on a page, found as field reading finds them (the same square finder and the
 * same sizes relative to the text), for code that proposes templates rather than reads them.
 */
public final class CheckBoxSquares {

  private CheckBoxSquares() {}

  /**
   * @param region where to look, in page pixels
   * @param textHeight the height of the text there; boxes are 0.45 to 2.2 text heights wide
   * @param knownText boxes of characters known to be text (口 and 田 have square outlines too)
   * @return every box's outer edges
   */
  public static List<Rectangle> find(
      BufferedImage page, Rectangle region, int textHeight, List<Rectangle> knownText) {
    return MarkArea.within(page, region, textHeight, knownText).boxes();
  }
}
