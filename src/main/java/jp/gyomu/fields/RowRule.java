package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/**
 * Whether a printed horizontal rule runs between two lines of a table: then they are two rows, even
 * when they stand as close as one row's wrapped lines (tight rows, or OCR boxes taller than the
 * text). Decided from the pixels: the width both lines share is cut into pieces a few text heights
 * long, and a rule crosses nearly every piece as a row of ink (a piece per row, so a skewed rule
 * counts too); text never inks a whole row of such a piece.
 */
final class RowRule {

  private static final double PIECE = 4; // text heights
  private static final double INKED_ROW = 0.85; // share of a piece's row that is ink on a rule
  private static final double CROSSED = 0.8; // share of the pieces a rule crosses

  private RowRule() {}

  /**
   * @param image the page, or null (a text layer): then no rule is seen
   * @param above the upper line's box
   * @param below the lower line's box
   * @param height the table's text height
   */
  static boolean between(BufferedImage image, Rectangle above, Rectangle below, double height) {
    int left = Math.max(above.x, below.x);
    int right = Math.min(above.x + above.width, below.x + below.width);
    int top = (int) above.getCenterY();
    int bottom = (int) below.getCenterY();
    int piece = (int) Math.max(8, PIECE * height);
    if (image == null || right - left < 2 * piece || bottom - top < 2) {
      return false;
    }
    InkPatch patch = InkPatch.of(image, new Rectangle(left, top, right - left, bottom - top));
    if (!patch.hasInk()) {
      return false;
    }
    Rectangle b = patch.bounds();
    int threshold = patch.inkThreshold();
    int pieces = 0;
    int crossed = 0;
    for (int from = b.x; from + piece <= b.x + b.width; from += piece) {
      pieces++;
      for (int y = b.y; y < b.y + b.height; y++) {
        int ink = 0;
        for (int x = from; x < from + piece; x++) {
          ink += patch.grey(x, y) < threshold ? 1 : 0;
        }
        if (ink >= INKED_ROW * piece) {
          crossed++;
          break;
        }
      }
    }
    return pieces > 0 && crossed >= CROSSED * pieces;
  }
}
