package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;

/**
 * Reads a {@code table} field: the rows under its header row (see {@link TableHeader}).
 *
 * <p>Each visual line below the header is a row, its words going to columns by position (see {@link
 * TableCells}); a line closer to the one above than a row's spacing, with text only where the row
 * is empty or in text columns, is that row's wrapped text (or an amount centred between the wrapped
 * lines), unless a printed rule runs between them ({@link RowRule}). Reading stops at a gap of more
 * than {@link #STOP_PITCHES} rows (an empty row or the table's end), at 以下余白, at a line starting
 * with another field's label, at the first row after the totals, and below a ruled table's bottom
 * rule ({@link TableFrame}). Totals rows (小計, 消費税, 合計 ...) are not rows of the value: the reason
 * lists them for the reviewer.
 *
 * <p>The value is a list of rows in printed order, each a map from every column's name to its
 * normalised cell, or null for an empty or unreadable cell. An unreadable cell makes the field
 * INVALID, with a reason naming row and column (2行目 金額: ...), but keeps the other cells.
 */
final class TableReader {

  // the first row starts within this many character heights below the header
  private static final double FIRST_ROW_DISTANCE = 4.0;
  // a gap of more than this many row spacings is an empty row or the end of the table
  private static final double STOP_PITCHES = 1.7;
  // lines of one row's wrapped text are closer than this many character heights
  private static final double WRAP_GAP = 0.8;
  private static final String RULES = "|｜丨│┃¦";

  private TableReader() {}

  /** One printed row: its cells, possibly gathered from several visual lines. */
  private static final class Row {
    final Map<ColumnDefinition, TableCells.Cell> cells = new LinkedHashMap<>();
    final Rectangle first;

    Row(Map<ColumnDefinition, TableCells.Cell> cells, Rectangle first) {
      this.cells.putAll(cells);
      this.first = first;
    }

    /** Whether a line can be this row's wrapped text: it fills only empty or text cells. */
    boolean takes(Map<ColumnDefinition, TableCells.Cell> more) {
      return more.keySet().stream()
          .allMatch(c -> !cells.containsKey(c) || c.type() == FieldType.TEXT);
    }

    void add(Map<ColumnDefinition, TableCells.Cell> more) {
      more.forEach(
          (column, cell) -> cells.merge(column, cell, (a, b) -> a.followedBy(b, joint(a, b))));
    }

    /** Wrapped Japanese joins without a space, wrapped Latin words with one. */
    private static String joint(TableCells.Cell above, TableCells.Cell below) {
      char end = above.text().charAt(above.text().length() - 1);
      char start = below.text().charAt(0);
      return TableCells.isLatin(end) && TableCells.isLatin(start) ? " " : "";
    }
  }

  static ExtractedField read(
      FieldDefinition field, FieldPage page, int pageIndex, PageLabels labels) {
    return read(field, page, pageIndex, labels, SecondLook.NONE);
  }

  /**
   * @param look reads a number cell again where OCR left it empty but there is ink between its
   *     rules ({@link EmptyCells}), and a cell whose weakest word is unsure from its crop alone
   *     ({@link UnsureCells})
   */
  static ExtractedField read(
      FieldDefinition field, FieldPage page, int pageIndex, PageLabels labels, SecondLook look) {
    Optional<TableHeader> found = TableHeader.find(field.columns(), labels.lines());
    if (found.isEmpty()) {
      boolean textLayer = labels.lines().stream().noneMatch(TextLine::hasBoxes);
      return ExtractedField.missing(
          field,
          textLayer
              ? Reason.of(ReasonCode.TABLE_TEXT_LAYER_ONLY)
              : Reason.of(ReasonCode.TABLE_HEADER_NOT_FOUND, labels(field.columns())));
    }
    BufferedImage image = page.image().orElse(null);
    TableHeader header =
        found
            .get()
            .withUnreadFirstColumn(labels.lines().get(found.get().line()), field.columns())
            .withUnreadColumns(image, field.columns())
            .ruled(image, field.columns());
    List<String> totals = new ArrayList<>();
    List<Row> rows = rows(field, header, labels, totals, image);
    if (rows.isEmpty()) {
      return ExtractedField.missing(field, Reason.of(ReasonCode.TABLE_NO_ROWS));
    }
    if (image != null && look != SecondLook.NONE) {
      CellEdges edges = CellEdges.of(header, image);
      for (Row row : rows) {
        row.cells.putAll(
            UnsureCells.read(header, edges, row.cells, image, page.text().dpi(), look));
        row.cells.putAll(
            EmptyCells.read(header, edges, row.cells, row.first, image, page.text().dpi(), look));
        row.cells.putAll(
            OptionCells.read(header, edges, row.cells, image, page.text().dpi(), look));
      }
    }
    return field(field, header, rows, totals, pageIndex);
  }

  private static List<Row> rows(
      FieldDefinition field,
      TableHeader header,
      PageLabels labels,
      List<String> totals,
      BufferedImage image) {
    double height = header.height();
    TextLine headerLine = labels.lines().get(header.line());
    Rectangle previous = headerLine.boxOf(0, headerLine.text().length());
    double pitch = FIRST_ROW_DISTANCE * height;
    boolean afterTotals = false;
    TableFrame frame = null; // the table's vertical rules, seen on its first row
    List<Row> rows = new ArrayList<>();
    for (int i = header.line() + 1; i < labels.lines().size(); i++) {
      TextLine line = labels.lines().get(i);
      Map<ColumnDefinition, TableCells.Cell> cells =
          line.hasBoxes() ? TableCells.of(line, header) : Map.of();
      if (cells.values().stream().noneMatch(TableReader::hasLetterOrDigit)) {
        continue; // a ruling line, or specks read as marks (“ , -)
      }
      Rectangle box =
          cells.values().stream().map(TableCells.Cell::box).reduce(Rectangle::union).orElseThrow();
      if (box.getCenterY() - previous.getCenterY() > (rows.isEmpty() ? pitch : STOP_PITCHES * pitch)
          || TableEnds.isClosing(line.text())) {
        break;
      }
      if (TableEnds.isTotal(cells.values().iterator().next().text())) {
        totals.add(String.join(" ", cells.values().stream().map(TableCells.Cell::text).toList()));
        afterTotals = true;
        previous = box;
        continue;
      }
      if (afterTotals || startsWithOtherLabel(field, line, labels.hits().get(i))) {
        break;
      }
      if (frame == null) {
        frame = TableFrame.of(image, header.box(), box);
      } else if (TableEnds.isSentence(line.text()) && !frame.encloses(box)) {
        // a sentence below the bottom rule; only a sentence, since a scan breaks rules at rows
        break;
      }
      Row last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
      int gap = box.y - (previous.y + previous.height);
      if (last != null
          && gap < WRAP_GAP * height
          && last.takes(cells)
          && !RowRule.between(image, previous, box, height)) {
        last.add(cells);
      } else {
        Rectangle above = last == null ? previous : last.first;
        double spacing = box.getCenterY() - above.getCenterY();
        pitch = rows.isEmpty() ? spacing : Math.min(pitch, spacing);
        rows.add(new Row(cells, box));
      }
      previous = box;
    }
    return rows;
  }

  private static boolean hasLetterOrDigit(TableCells.Cell cell) {
    return cell.text().codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** Another field's label at the start of a line: the form goes on below the table. */
  private static boolean startsWithOtherLabel(
      FieldDefinition field, TextLine line, List<LabelHit> hits) {
    String text = line.text();
    int start = 0;
    while (start < text.length()
        && (Character.isWhitespace(text.charAt(start)) || RULES.indexOf(text.charAt(start)) >= 0)) {
      start++;
    }
    int first = start;
    return hits.stream()
        .anyMatch(h -> h.exact() && !h.field().name().equals(field.name()) && h.start() <= first);
  }

  private static ExtractedField field(
      FieldDefinition field,
      TableHeader header,
      List<Row> rows,
      List<String> totals,
      int pageIndex) {
    List<Map<String, Object>> value = new ArrayList<>();
    List<Reason> problems = new ArrayList<>();
    List<Reason> caveats = new ArrayList<>();
    List<OcrWord> words = new ArrayList<>();
    List<String> raw = new ArrayList<>();
    Rectangle box = header.box();
    OcrWord weakest = null;
    String weakestCell = null;
    for (int r = 0; r < rows.size(); r++) {
      Map<String, Object> cells = new LinkedHashMap<>();
      List<String> rawCells = new ArrayList<>();
      for (ColumnDefinition column : field.columns()) {
        TableCells.Cell cell = rows.get(r).cells.get(column);
        String where = (r + 1) + "行目 " + column.label();
        if (cell == null) {
          cells.put(column.name(), null);
          rawCells.add("");
          continue;
        }
        rawCells.add(cell.text());
        box = box.union(cell.box());
        words.addAll(cell.words());
        Normalised<?> normalised = column.type().normalise(cell.text());
        List<OcrWord> read = cell.words();
        if (!column.options().isEmpty() && normalised.isValid()) {
          Optional<String> option = OptionCells.option(column, cell.text());
          Optional<String> snapped =
              option.isPresent()
                  ? Optional.empty()
                  : OptionCells.snap(column.options(), cell.text());
          if (snapped.isPresent()) {
            normalised =
                Normalised.okWithCaveat(
                    snapped.get(),
                    Reason.of(ReasonCode.SNAPPED_TO_OPTION, cell.text(), snapped.get()));
            read = read.stream().map(TableReader::snapped).toList();
          } else if (option.isEmpty()) {
            normalised =
                Normalised.invalid(
                    Reason.of(ReasonCode.NOT_ONE_OF, String.join(", ", column.options())));
          }
        }
        for (OcrWord word : read) {
          if (weakest == null || word.confidence() < weakest.confidence()) {
            weakest = word;
            weakestCell = where;
          }
        }
        cells.put(column.name(), normalised.value());
        if (!normalised.isValid()) {
          problems.add(cell(r, column, normalised.why()));
        } else if (normalised.why() != null) {
          caveats.add(cell(r, column, normalised.why()));
        }
      }
      value.add(Collections.unmodifiableMap(cells));
      raw.add(String.join(" | ", rawCells));
    }
    float min = weakest == null ? 0 : weakest.confidence();
    float mean = (float) words.stream().mapToDouble(OcrWord::confidence).average().orElse(0);
    if (!totals.isEmpty()) {
      caveats.add(Reason.of(ReasonCode.TABLE_TOTALS_ROWS, String.join("; ", totals)));
    }
    ExtractedField.Status status;
    if (!problems.isEmpty()) {
      status = ExtractedField.Status.INVALID;
    } else if (min < field.minConfidence()) {
      status = ExtractedField.Status.LOW_CONFIDENCE;
      problems.add(
          Reason.of(
              ReasonCode.LOW_CONFIDENCE_AT,
              (int) Math.floor(min),
              field.minConfidence(),
              weakestCell));
    } else if (!header.missing().isEmpty()) {
      status = ExtractedField.Status.LOW_CONFIDENCE;
      problems.add(Reason.of(ReasonCode.TABLE_COLUMNS_WITHOUT_HEADER, labels(header.missing())));
    } else {
      status = ExtractedField.Status.OK;
    }
    problems.addAll(caveats);
    return new ExtractedField(
        field.name(),
        List.copyOf(value),
        String.join("\n", raw),
        min,
        mean,
        box,
        pageIndex,
        status,
        problems,
        field.required());
  }

  /** A word of a snapped cell: the value is a guess, its confidence no higher than a guess's. */
  private static OcrWord snapped(OcrWord word) {
    return new OcrWord(
        word.text(), Math.min(word.confidence(), OptionCells.SNAPPED_CONFIDENCE), word.box());
  }

  /** What was wrong in one cell, with its row (from 1) and column. */
  private static Reason cell(int row, ColumnDefinition column, Reason why) {
    return Reason.of(ReasonCode.TABLE_CELL, row + 1, column.label()).because(why);
  }

  private static String labels(List<ColumnDefinition> columns) {
    return String.join(", ", columns.stream().map(ColumnDefinition::label).toList());
  }
}
