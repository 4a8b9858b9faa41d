package jp.gyomu.fields;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.gyomu.ocr.OcrWord;

/**
 * Splits one visual line of a table into its cells. Words closer than {@link #RUN_GAP} character
 * heights form one run of text (OCR splits Japanese into one word per character); a run goes to the
 * column it overlaps most, and a run reaching a character's height or more into several columns is
 * a merged cell, which belongs to the first of them (as in a spreadsheet).
 */
final class TableCells {

  // cells are padded on both sides, so text in neighbouring cells is further apart than this
  private static final double RUN_GAP = 0.6;
  private static final double SPACE_GAP = 0.3;
  private static final String RULES = "|｜丨│┃¦";

  /** The text of one cell in one or more lines, and the words it was read from. */
  record Cell(String text, List<OcrWord> words) {

    Rectangle box() {
      return words.stream().map(OcrWord::box).reduce(Rectangle::union).orElseThrow();
    }

    Cell followedBy(Cell next, String separator) {
      List<OcrWord> all = new ArrayList<>(words);
      all.addAll(next.words());
      return new Cell(text + separator + next.text(), List.copyOf(all));
    }
  }

  private TableCells() {}

  /** The line's cells by column, left to right; ruling lines read as text are dropped. */
  static Map<ColumnDefinition, Cell> of(TextLine line, TableHeader header) {
    List<List<OcrWord>> runs = runs(line);
    Map<ColumnDefinition, Cell> cells = new LinkedHashMap<>();
    for (List<OcrWord> run : runs) {
      Cell cell = new Cell(text(run), List.copyOf(run));
      Rectangle box = cell.box();
      int reach = box.height;
      List<TableHeader.Span> covered =
          header.spans().stream()
              .filter(s -> s.overlap(box.x, box.x + box.width) >= reach)
              .toList();
      TableHeader.Span span = covered.size() > 1 ? covered.get(0) : mostOverlapped(header, box);
      Cell before = cells.get(span.column());
      cells.put(span.column(), before == null ? cell : before.followedBy(cell, " "));
    }
    return cells;
  }

  private static TableHeader.Span mostOverlapped(TableHeader header, Rectangle box) {
    TableHeader.Span best = header.spans().get(0);
    int bestOverlap = -1;
    for (TableHeader.Span span : header.spans()) {
      int overlap = span.overlap(box.x, box.x + box.width);
      if (overlap > bestOverlap) {
        best = span;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  private static List<List<OcrWord>> runs(TextLine line) {
    List<List<OcrWord>> runs = new ArrayList<>();
    List<OcrWord> run = new ArrayList<>();
    OcrWord previous = null;
    for (OcrWord word : line.wordsIn(0, line.text().length())) {
      if (word.text().chars().allMatch(c -> RULES.indexOf(c) >= 0 || Character.isWhitespace(c))) {
        continue;
      }
      if (previous != null && TextLine.gap(previous, word) > RUN_GAP * height(previous, word)) {
        runs.add(run);
        run = new ArrayList<>();
      }
      run.add(word);
      previous = word;
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  private static String text(List<OcrWord> run) {
    StringBuilder text = new StringBuilder(run.get(0).text());
    for (int i = 1; i < run.size(); i++) {
      OcrWord previous = run.get(i - 1);
      OcrWord word = run.get(i);
      // Japanese writes no spaces: only a gap between two Latin words or numbers is one
      if (TextLine.gap(previous, word) > SPACE_GAP * height(previous, word)
          && isLatin(previous.text().charAt(previous.text().length() - 1))
          && isLatin(word.text().charAt(0))) {
        text.append(' ');
      }
      text.append(word.text());
    }
    return text.toString();
  }

  static boolean isLatin(char c) {
    return c < 0x2E80 && Character.isLetterOrDigit(c);
  }

  private static int height(OcrWord a, OcrWord b) {
    return Math.max(a.box().height, b.box().height);
  }
}
