package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.gyomu.ocr.OcrWord;

/**
 * A second look at the cells of a row whose weakest word the first reading was unsure of: the
 * cell's crop alone (inside its column's rules, or a little round its text) is read again as one
 * line by the second model ({@link SecondLook}). On a whole page Tesseract splits a voiced kana
 * from its mark (あおはば for あおば), reads half a kanji as a character of its own (有眼科 for 眼科) or a
 * digit at a cell's edge as kana (っ6,350 for 56,350); read alone, the cell's line is read whole.
 *
 * <p>A text cell's second reading is kept when it is close to the first (it read the same ink: a
 * few characters differ), brings no Latin letters or digits the first did not have, and was read
 * with a higher mean confidence, or, for a cell with ink beside its words, when it holds the
 * first's characters and more. A number cell's is kept only when it is digits alone (with , and .),
 * is a valid value of the column, and either the first did not normalise or holds the same digits
 * with some left out (a digit the first reading lost); a second model's digit never replaces a
 * different digit of the first.
 */
final class UnsureCells {

  // a cell whose weakest word is below this confidence is worth a second look
  static final float BELOW_CONFIDENCE = 90f;
  private static final int INSIDE = 3; // pixels kept off each rule
  private static final double PAD = 0.4; // text heights round the cell's text
  private static final double SINGLE_LINE = 1.6; // text heights: a taller cell has wrapped lines
  private static final double GAP = 0.15; // text heights beside the words' box that are theirs
  // ink beside the words of this many squared text heights is a character left unread
  private static final double UNREAD_INK = 0.05;
  private static final double RULE = 0.6; // share of a cell's width a rule inks
  private static final String RULES = "|｜丨│┃¦[]";

  private UnsureCells() {}

  /**
   * @param cells the row's cells as OCR read them
   * @return the cells read again and kept, by column
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
      if (cell == null || cell.box().height > SINGLE_LINE * height) {
        continue;
      }
      CellEdges.Edges inside = edges.of(column).orElse(null);
      boolean cut = inside != null && inkBeside(image, inside, cell.box());
      if (!cut && !unsure(cell)) {
        continue;
      }
      Rectangle crop = crop(inside, cell.box(), height, cut);
      if (crop.width <= 0) {
        continue;
      }
      List<OcrWord> words =
          CellCrop.read(image, dpi, crop, look).stream()
              .filter(w -> w.text().chars().anyMatch(c -> RULES.indexOf(c) < 0 && c > ' '))
              .toList();
      if (words.isEmpty()) {
        continue;
      }
      String text = words.stream().map(OcrWord::text).collect(Collectors.joining(" ")).strip();
      TableCells.Cell second = new TableCells.Cell(text, List.copyOf(words));
      boolean keep =
          column.type() == FieldType.TEXT
              ? betterText(cell, second) || (cut && completes(cell, second))
              : isNumber(column) && betterNumber(column, cell, second);
      if (keep) {
        read.put(column, second);
      }
    }
    return read;
  }

  private static boolean unsure(TableCells.Cell cell) {
    return cell.words().stream().anyMatch(w -> w.confidence() < BELOW_CONFIDENCE);
  }

  private static boolean isNumber(ColumnDefinition column) {
    return column.type() == FieldType.NUMBER || column.type() == FieldType.AMOUNT;
  }

  /**
   * Whether there is ink in the cell beside the words read, in their band: a character the first
   * reading left out (三女 read as 三).
   */
  static boolean inkBeside(BufferedImage image, CellEdges.Edges inside, Rectangle text) {
    int gap = Math.max(2, (int) Math.ceil(GAP * text.height));
    int left = inside.left() + INSIDE;
    int right = inside.right() - INSIDE;
    if (right <= left) {
      return false;
    }
    InkPatch patch = InkPatch.of(image, new Rectangle(left, text.y, right - left, text.height));
    if (!patch.hasInk()) {
      return false;
    }
    int threshold = patch.inkThreshold();
    int width = right - left;
    boolean[] dark = new boolean[width * text.height];
    int[] down = new int[width];
    int[] across = new int[text.height];
    for (int y = 0; y < text.height; y++) {
      for (int x = 0; x < width; x++) {
        if (patch.grey(left + x, text.y + y) < threshold) {
          dark[y * width + x] = true;
          down[x]++;
          across[y]++;
        }
      }
    }
    // a rule the band touches (across the cell, or down the whole band) is no character
    int ink = 0;
    for (int y = 0; y < text.height; y++) {
      for (int x = 0; x < width; x++) {
        int pageX = left + x;
        boolean beside = pageX < text.x - gap || pageX >= text.x + text.width + gap;
        if (beside
            && dark[y * width + x]
            && across[y] < RULE * width
            && down[x] < RULE * text.height) {
          ink++;
        }
      }
    }
    return ink >= UNREAD_INK * text.height * text.height;
  }

  /**
   * The cell's text with a margin, kept inside the rules either side when there are some; the whole
   * cell between its rules when there is ink beside the text.
   */
  private static Rectangle crop(
      CellEdges.Edges inside, Rectangle text, int height, boolean wholeCell) {
    int pad = (int) Math.ceil(PAD * height);
    int left = text.x - pad;
    int right = text.x + text.width + pad;
    if (inside != null) {
      left = wholeCell ? inside.left() + INSIDE : Math.max(left, inside.left() + INSIDE);
      right = wholeCell ? inside.right() - INSIDE : Math.min(right, inside.right() - INSIDE);
    }
    int margin = (int) Math.ceil(0.3 * height);
    return new Rectangle(left, text.y - margin, right - left, text.height + 2 * margin);
  }

  private static boolean betterText(TableCells.Cell first, TableCells.Cell second) {
    String a = squeeze(first.text());
    String b = squeeze(second.text());
    return !b.isEmpty()
        && !b.equals(a)
        && SameInk.fewEdits(a, b)
        && SameInk.noNewLatinOrDigits(a, b)
        && mean(second) > mean(first);
  }

  /** The second reading holds the first's characters and more: what the first left out. */
  private static boolean completes(TableCells.Cell first, TableCells.Cell second) {
    String a = squeeze(first.text());
    String b = squeeze(second.text());
    return b.length() > a.length() && isSubsequence(a, b) && SameInk.noNewLatinOrDigits(a, b);
  }

  private static boolean betterNumber(
      ColumnDefinition column, TableCells.Cell first, TableCells.Cell second) {
    String text = second.text().replace(" ", "");
    if (text.isEmpty()
        || !Character.isDigit(text.charAt(0))
        || !text.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.')
        || !column.type().normalise(text).isValid()) {
      return false;
    }
    String before = digits(TextNormaliser.normalise(first.text()));
    String after = digits(text);
    return !column.type().normalise(first.text()).isValid()
        || (after.length() > before.length() && isSubsequence(before, after));
  }

  private static String squeeze(String text) {
    return TextNormaliser.normalise(text).replaceAll("\\s", "");
  }

  private static double mean(TableCells.Cell cell) {
    return cell.words().stream().mapToDouble(OcrWord::confidence).average().orElse(0);
  }

  private static String digits(String text) {
    return text.codePoints()
        .filter(c -> c >= '0' && c <= '9')
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  private static boolean isSubsequence(String part, String whole) {
    int i = 0;
    for (int j = 0; j < whole.length() && i < part.length(); j++) {
      if (whole.charAt(j) == part.charAt(i)) {
        i++;
      }
    }
    return i == part.length();
  }
}
