package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.gyomu.ocr.OcrWord;

/**
 * A second look at the number cells of a row that OCR left empty although there is ink between
 * their rules: a lone digit in a narrow cell (数量 1) is often not read at all on a whole page. Only
 * the cell's crop inside its rules ({@link CellEdges}, the table's border for the first and last
 * column) is read again ({@link SecondLook}), and kept when it reads as digits (with , and .) and
 * at most a short unit after them (3年), so a speck or a rule never becomes a number.
 */
final class EmptyCells {

  private static final int INSIDE = 3; // pixels kept off each rule
  private static final double MARGIN = 0.3; // text heights above and below the row's line
  private static final int MIN_INK = 12; // pixels of ink a digit has at least
  // digits (with , and .), then at most a short unit printed in the cell (3年, 2台, 1,200円)
  static final Pattern NUMBER_WITH_UNIT =
      Pattern.compile("\\d[\\d,.]*\\s*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{0,2}");

  private EmptyCells() {}

  /**
   * @param cells the row's cells as OCR read them
   * @param line the box of the row's first line
   * @return the number cells read again, by column
   */
  static Map<ColumnDefinition, TableCells.Cell> read(
      TableHeader header,
      CellEdges edges,
      Map<ColumnDefinition, TableCells.Cell> cells,
      Rectangle line,
      BufferedImage image,
      int dpi,
      SecondLook look) {
    Map<ColumnDefinition, TableCells.Cell> read = new LinkedHashMap<>();
    int margin = (int) Math.ceil(MARGIN * header.height());
    for (TableHeader.Span span : header.spans()) {
      ColumnDefinition column = span.column();
      boolean number = column.type() == FieldType.NUMBER || column.type() == FieldType.AMOUNT;
      CellEdges.Edges inside = edges.of(column).orElse(null);
      if (!number || cells.containsKey(column) || inside == null) {
        continue;
      }
      Rectangle cell =
          new Rectangle(
              inside.left() + INSIDE,
              line.y - margin,
              inside.right() - inside.left() - 2 * INSIDE,
              line.height + 2 * margin);
      if (cell.width <= 0 || !inked(image, cell)) {
        continue;
      }
      List<OcrWord> words = CellCrop.read(image, dpi, cell, look);
      String text = String.join("", words.stream().map(OcrWord::text).toList()).strip();
      if (NUMBER_WITH_UNIT.matcher(text).matches() && column.type().normalise(text).isValid()) {
        read.put(column, new TableCells.Cell(text, List.copyOf(words)));
      }
    }
    return read;
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
