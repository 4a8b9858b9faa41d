package jp.gyomu.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes and line breaks. A text cell that a
 * spreadsheet would run as a formula ({@code = + - @}, tab or carriage return first, OWASP's CSV
 * injection list) is written with a leading {@code '}, and reading takes that mark off again, so
 * files written here read back unchanged.
 */
public final class Csv {

  /** Excel reads a UTF-8 file as UTF-8 only when it starts with this mark. */
  public static final String BYTE_ORDER_MARK = "\uFEFF";

  /** What Excel and LibreOffice start a formula with; apostrophes already there are kept. */
  private static final Pattern FORMULA_START = Pattern.compile("'*[=+\\-@\t\r]");

  /** Numbers Gyomu writes (net hours may be negative): a spreadsheet reads them as numbers. */
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private Csv() {}

  /** The cell as written: with a leading {@code '} if a spreadsheet would run it as a formula. */
  static String neutralised(String cell) {
    if (NUMBER.matcher(cell).matches() || !FORMULA_START.matcher(cell).lookingAt()) {
      return cell;
    }
    return "'" + cell;
  }

  /** The inverse of {@link #neutralised}. */
  static String restored(String cell) {
    return cell.startsWith("'") && FORMULA_START.matcher(cell).region(1, cell.length()).lookingAt()
        ? cell.substring(1)
        : cell;
  }

  public static void appendLine(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String cell = neutralised(cells.get(i) == null ? "" : cells.get(i));
      if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
        out.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        out.append(cell);
      }
    }
    out.append("\r\n");
  }

  /**
   * Lines of cells; a leading byte order mark and blank lines are skipped, the {@code '} that
   * neutralises a formula is taken off.
   */
  public static List<List<String>> parse(String content) {
    String text = content.startsWith(BYTE_ORDER_MARK) ? content.substring(1) : content;
    var lines = new ArrayList<List<String>>();
    var cells = new ArrayList<String>();
    var cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(restored(cell.toString()));
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        endLine(lines, cells, cell);
        cells = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    endLine(lines, cells, cell);
    return lines;
  }

  private static void endLine(List<List<String>> lines, List<String> cells, StringBuilder cell) {
    cells.add(restored(cell.toString()));
    cell.setLength(0);
    if (!(cells.size() == 1 && cells.get(0).isBlank())) {
      lines.add(cells);
    }
  }
}
