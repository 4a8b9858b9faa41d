package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.gyomu.ocr.OcrWord;

/**
 * A second look at the cells of a row that OCR left empty although there is ink between their
 * rules: a lone digit in a narrow cell (数量 1) or a lone kanji in a short text cell (続柄 妻, 母) is
 * often not read at all on a whole page. Only the cell's crop inside its rules ({@link CellEdges},
 * the table's border for the first and last column) is read again ({@link SecondLook}). A number
 * cell's reading is kept when it is digits (with , and .) and at most a short unit after them (3年),
 * so a speck or a rule never becomes a number; a text cell's when it is Japanese letters alone and
 * its ink is a character's, not a speck's.
 */
final class EmptyCells {

  private static final int INSIDE = 3; // pixels kept off each rule
  private static final double MARGIN = 0.3; // text heights above and below the row's line
  private static final double PAD = 0.4; // text heights of paper round a text cell's ink
  private static final int MIN_INK = 12; // pixels of ink a digit has at least
  // digits (with , and .), then at most a short unit printed in the cell (3年, 2台, 1,200円)
  static final Pattern NUMBER_WITH_UNIT =
      Pattern.compile("\\d[\\d,.]*\\s*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{0,2}");
  // kanji and kana only: a rule or a speck read alone comes out as a mark, a dash or a Latin letter
  private static final Pattern JAPANESE_WORD =
      Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}々]+");
  // a character inks at least this many squared text heights; specks of a scan ink less
  private static final double CHARACTER_INK = 0.1;

  private EmptyCells() {}

  /**
   * @param cells the row's cells as OCR read them
   * @param line the box of the row's first line
   * @return the cells read again and kept, by column
   */
  static Map<ColumnDefinition, TableCells.Cell> read(
      TableHeader header,
      CellEdges edges,
      Map<ColumnDefinition, TableCells.Cell> cells,
      Rectangle line,
      BufferedImage image,
      int dpi,
      SecondLook look) {
    Map<ColumnDefinition, TableCells.Cell> found = new LinkedHashMap<>();
    int margin = (int) Math.ceil(MARGIN * header.height());
    for (TableHeader.Span span : header.spans()) {
      ColumnDefinition column = span.column();
      boolean number = column.type() == FieldType.NUMBER || column.type() == FieldType.AMOUNT;
      boolean text = column.type() == FieldType.TEXT;
      CellEdges.Edges inside = edges.of(column).orElse(null);
      if (!(number || text) || cells.containsKey(column) || inside == null) {
        continue;
      }
      Rectangle cell =
          new Rectangle(
              inside.left() + INSIDE,
              line.y - margin,
              inside.right() - inside.left() - 2 * INSIDE,
              line.height + 2 * margin);
      if (cell.width <= 0) {
        continue;
      }
      // a lone character in a wide cell reads as Latin junk: read it with little paper round it
      Rectangle crop =
          number
              ? (inked(image, cell) ? cell : null)
              : characterInk(image, cell, header.height())
                  .map(ink -> round(ink, header.height(), cell))
                  .orElse(null);
      if (crop == null) {
        continue;
      }
      TableCells.Cell second = read(image, dpi, crop, look, column);
      if (second != null) {
        found.put(column, second);
      }
    }
    return found;
  }

  /** The crop's reading, or null when it is not a value of the column's kind. */
  private static TableCells.Cell read(
      BufferedImage image, int dpi, Rectangle crop, SecondLook look, ColumnDefinition column) {
    boolean number = column.type() != FieldType.TEXT;
    List<OcrWord> words = CellCrop.read(image, dpi, crop, look);
    String read = String.join("", words.stream().map(OcrWord::text).toList()).strip();
    boolean kept =
        number ? NUMBER_WITH_UNIT.matcher(read).matches() : JAPANESE_WORD.matcher(read).matches();
    return kept && column.type().normalise(read).isValid()
        ? new TableCells.Cell(read, List.copyOf(words))
        : null;
  }

  /**
   * The box of the cell's ink without the rules that cross it, when there is as much of it as a
   * character has.
   */
  private static Optional<Rectangle> characterInk(BufferedImage image, Rectangle cell, int height) {
    InkPatch patch = InkPatch.of(image, cell);
    if (!patch.hasInk()) {
      return Optional.empty();
    }
    Rectangle r = patch.bounds();
    boolean[] ink = patch.inkMap(patch.inkThreshold());
    CellCrop.Rules rules = CellCrop.Rules.in(patch, r, patch.inkThreshold());
    int left = r.width;
    int right = -1;
    int top = r.height;
    int bottom = -1;
    int count = 0;
    for (int y = 0; y < r.height; y++) {
      for (int x = 0; x < r.width; x++) {
        boolean rule = rules.rows()[y] || rules.columns()[x];
        if (ink[y * r.width + x] && !rule) {
          count++;
          left = Math.min(left, x);
          right = Math.max(right, x);
          top = Math.min(top, y);
          bottom = Math.max(bottom, y);
        }
      }
    }
    return count < CHARACTER_INK * height * height
        ? Optional.empty()
        : Optional.of(new Rectangle(r.x + left, r.y + top, right - left + 1, bottom - top + 1));
  }

  /** The ink's box with paper round it, within the cell. */
  private static Rectangle round(Rectangle ink, int height, Rectangle cell) {
    int pad = (int) Math.ceil(PAD * height);
    return new Rectangle(ink.x - pad, ink.y - pad, ink.width + 2 * pad, ink.height + 2 * pad)
        .intersection(cell);
  }

  private static boolean inked(BufferedImage image, Rectangle cell) {
    InkPatch patch = InkPatch.of(image, cell);
    if (!patch.hasInk()) {
      return false;
    }
    int ink = 0;
    for (boolean dark : patch.inkMap(patch.inkThreshold())) {
      ink += dark ? 1 : 0;
    }
    return ink >= MIN_INK;
  }
}
