package jp.gyomu.fields;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import jp.gyomu.ocr.OcrWord;

/**
 * One table cell read alone by the second look: its crop on white paper with a margin round it, and
 * the printed rules that cross the crop (the cell's own border, cut by a crop that must reach the
 * cell's edges to hold all its text) painted out, since Tesseract reads a rule beside text as | or
 * 1 or takes the line for a row of text of its own. Beyond the rules above and below the crop's
 * middle lies the next row's ink, which is painted out too.
 */
final class CellCrop {

  private static final double RULE = 0.6; // share of a crop's width or height a rule inks
  private static final int MARGIN = 12; // pixels of white round the crop

  private CellCrop() {}

  /**
   * @param region in the page's pixels
   * @return the words read, boxes in the page's pixels
   */
  static List<OcrWord> read(BufferedImage page, int dpi, Rectangle region, SecondLook look) {
    return read(page, dpi, region, look, "");
  }

  /**
   * @param characters the only characters the reading may hold (a closed set's), or empty for any
   */
  static List<OcrWord> read(
      BufferedImage page, int dpi, Rectangle region, SecondLook look, String characters) {
    Rectangle r = region.intersection(new Rectangle(page.getWidth(), page.getHeight()));
    if (r.isEmpty()) {
      return List.of();
    }
    InkPatch patch = InkPatch.of(page, r);
    int threshold = patch.hasInk() ? patch.inkThreshold() : -1;
    Rules rules = Rules.in(patch, r, threshold);
    boolean[] rows = rules.rows();
    // the rules above and below the middle are the row's: what lies beyond is the next row's
    int top = 0;
    int bottom = r.height;
    for (int y = r.height / 2; y >= 0; y--) {
      if (rows[y]) {
        top = y;
        break;
      }
    }
    for (int y = r.height / 2; y < r.height; y++) {
      if (rows[y]) {
        bottom = y;
        break;
      }
    }
    BufferedImage crop =
        new BufferedImage(
            r.width + 2 * MARGIN, r.height + 2 * MARGIN, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = crop.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, crop.getWidth(), crop.getHeight());
    g.dispose();
    int paper = patch.paper();
    // A scan blurs a rule into the pixels beside it: left there, that faint edge is a line across
    // the crop, which a reading restricted to a closed set's characters cannot place and so reads
    // as nothing (a cell's 男 beside its rule's edge). Other readings keep their tuned crop.
    boolean restricted = !characters.isEmpty();
    boolean[] ruleRows = restricted ? widened(rows) : rows;
    boolean[] ruleColumns = restricted ? widened(rules.columns()) : rules.columns();
    for (int y = 0; y < r.height; y++) {
      for (int x = 0; x < r.width; x++) {
        boolean out = ruleRows[y] || ruleColumns[x] || y < top || y > bottom;
        int grey = out ? paper : patch.grey(r.x + x, r.y + y);
        crop.getRaster().setSample(MARGIN + x, MARGIN + y, 0, grey);
      }
    }
    Rectangle whole = new Rectangle(crop.getWidth(), crop.getHeight());
    List<OcrWord> read =
        restricted
            ? look.readLineAmong(crop, dpi, whole, characters)
            : look.readLine(crop, dpi, whole);
    return read.stream()
        .map(
            w -> {
              Rectangle box = new Rectangle(w.box());
              box.translate(r.x - MARGIN, r.y - MARGIN);
              return new OcrWord(w.text(), w.confidence(), box);
            })
        .toList();
  }

  /** The rule rows (or columns) and the one on each side of them. */
  private static boolean[] widened(boolean[] rule) {
    boolean[] wide = new boolean[rule.length];
    for (int i = 0; i < rule.length; i++) {
      wide[i] = rule[i] || (i > 0 && rule[i - 1]) || (i + 1 < rule.length && rule[i + 1]);
    }
    return wide;
  }

  /**
   * The rows and columns of a region that a printed rule crosses: inked over {@link #RULE} of the
   * region's width or height.
   */
  record Rules(boolean[] rows, boolean[] columns) {

    static Rules in(InkPatch patch, Rectangle r, int threshold) {
      boolean[] rows = new boolean[r.height];
      boolean[] columns = new boolean[r.width];
      int[] perColumn = new int[r.width];
      for (int y = 0; y < r.height; y++) {
        int ink = 0;
        for (int x = 0; x < r.width; x++) {
          if (patch.grey(r.x + x, r.y + y) < threshold) {
            ink++;
            perColumn[x]++;
          }
        }
        rows[y] = ink >= RULE * r.width;
      }
      for (int x = 0; x < r.width; x++) {
        columns[x] = perColumn[x] >= RULE * r.height;
      }
      return new Rules(rows, columns);
    }
  }
}
