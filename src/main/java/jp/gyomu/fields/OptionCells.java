package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.gyomu.ocr.EditDistance;
import jp.gyomu.ocr.OcrWord;

/**
 * Cells of a column whose values are a closed set ({@code options: [男, 女]}). A lone kanji read on a
 * whole scanned page is often a different character or a Latin look-alike (男 as 8, 子 as が, 母 as
 * BS); read again alone, with Tesseract allowed only the options' characters, it is the option it
 * shows. Only a cell that is not already an option is read again, so a page pays one crop reading
 * per such cell at most. A reading that is still no option is {@link #snap snapped} when it is one
 * edit from exactly one option, or goes to review.
 */
final class OptionCells {

  // a snapped value is a guess: accepted by the default threshold, reviewed by a stricter one
  static final float SNAPPED_CONFIDENCE = 60f;
  private static final double PAD = 0.6; // text heights round the cell's text
  private static final int INSIDE = 3; // pixels kept off each rule

  private OptionCells() {}

  /**
   * @param cells the row's cells as read so far
   * @return the cells of option columns read again as one of their options, by column
   */
  static Map<ColumnDefinition, TableCells.Cell> read(
      TableHeader header,
      CellEdges edges,
      Map<ColumnDefinition, TableCells.Cell> cells,
      BufferedImage image,
      int dpi,
      SecondLook look) {
    Map<ColumnDefinition, TableCells.Cell> read = new LinkedHashMap<>();
    int height = header.height();
    for (TableHeader.Span span : header.spans()) {
      ColumnDefinition column = span.column();
      TableCells.Cell cell = cells.get(column);
      if (column.options().isEmpty() || cell == null || option(column, cell.text()).isPresent()) {
        continue;
      }
      Rectangle crop = crop(edges.of(column).orElse(null), cell.box(), height);
      if (crop.width <= 0 || crop.height <= 0) {
        continue;
      }
      List<OcrWord> words = CellCrop.read(image, dpi, crop, look, characters(column.options()));
      String text = words.stream().map(OcrWord::text).collect(Collectors.joining());
      option(column, text)
          .ifPresent(option -> read.put(column, new TableCells.Cell(option, List.copyOf(words))));
    }
    return read;
  }

  /** The option a text is, spaces and widths aside. */
  static Optional<String> option(ColumnDefinition column, String text) {
    String read = squeeze(text);
    return column.options().stream().filter(o -> squeeze(o).equals(read)).findFirst();
  }

  /**
   * The one option a reading is one edit from (世帯圭 for 世帯主); none when it is one edit from several
   * (8 is one edit from both 男 and 女) or from none.
   */
  static Optional<String> snap(List<String> options, String text) {
    String read = squeeze(text);
    List<String> near =
        options.stream().filter(o -> EditDistance.between(squeeze(o), read) == 1).toList();
    return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
  }

  /** Every character of the options, once each, in order. */
  static String characters(List<String> options) {
    return squeeze(String.join("", options))
        .codePoints()
        .distinct()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  /** The cell's text with a margin, kept inside its column's rules when there are some. */
  private static Rectangle crop(CellEdges.Edges inside, Rectangle text, int height) {
    int pad = (int) Math.ceil(PAD * height);
    int left = text.x - pad;
    int right = text.x + text.width + pad;
    if (inside != null) {
      left = Math.max(left, inside.left() + INSIDE);
      right = Math.min(right, inside.right() - INSIDE);
    }
    int margin = (int) Math.ceil(0.3 * height);
    return new Rectangle(left, text.y - margin, right - left, text.height + 2 * margin);
  }

  private static String squeeze(String text) {
    return TextNormaliser.normalise(text).replaceAll("\\s", "");
  }
}
