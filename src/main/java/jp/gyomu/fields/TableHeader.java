package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.gyomu.ocr.OcrWord;

/**
 * A table's header row: the visual line that holds the labels of most of the table's columns, and
 * where each found column lies. Labels are matched ignoring spaces, widths and printed rules (品 名
 * is 品名), exactly or with one misread character (単面 for 単価); a cell boundary lies halfway between
 * two neighbouring headers.
 *
 * @param line the header's index in the page's lines
 * @param spans the found columns, left to right
 * @param missing the columns whose header is not on the line
 * @param box the union of the found headers' boxes
 * @param labelsOnly whether nothing but rules stands between the column labels (a header row, not a
 *     line of labelled values such as 氏名 山田太郎 生年月日 ...)
 */
record TableHeader(
    int line, List<Span> spans, List<ColumnDefinition> missing, Rectangle box, boolean labelsOnly) {

  private static final String RULES = "|｜丨│┃¦";

  /**
   * One found column.
   *
   * @param header the box of its printed label
   * @param left where its cells start (exclusive of the column to the left)
   * @param right where its cells end
   */
  record Span(ColumnDefinition column, Rectangle header, int left, int right) {

    int overlap(int from, int to) {
      return Math.max(0, Math.min(to, right) - Math.max(from, left));
    }
  }

  /** The character height of the header's labels, the table's unit of distance. */
  int height() {
    return spans.stream().mapToInt(s -> s.header().height).max().orElse(1);
  }

  /**
   * The line holding the most column labels, if it holds more than half of them (at least one
   * exactly); the topmost of equals. Lines without word boxes are skipped: columns are told apart
   * by position.
   */
  static Optional<TableHeader> find(List<ColumnDefinition> columns, List<TextLine> lines) {
    TableHeader best = null;
    int bestScore = 0;
    for (int i = 0; i < lines.size(); i++) {
      TextLine line = lines.get(i);
      if (!line.hasBoxes()) {
        continue;
      }
      Map<ColumnDefinition, Match> matches = match(columns, line.text());
      long exact = matches.values().stream().filter(Match::exact).count();
      int found = matches.size();
      boolean enough = found * 2 > columns.size() && exact > 0;
      // exact labels outrank misread ones among lines with as many columns
      int score = found * 2 + (int) Math.min(exact, 1);
      if (enough && score > bestScore) {
        best = header(i, line, columns, matches);
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private record Match(int start, int end, boolean exact) {}

  private static TableHeader header(
      int index, TextLine line, List<ColumnDefinition> columns, Map<ColumnDefinition, Match> hits) {
    List<ColumnDefinition> found = new ArrayList<>(hits.keySet());
    found.sort(Comparator.comparingInt(c -> line.boxOf(hits.get(c).start(), hits.get(c).end()).x));
    List<Rectangle> boxes =
        found.stream().map(c -> line.boxOf(hits.get(c).start(), hits.get(c).end())).toList();
    List<ColumnDefinition> missing = columns.stream().filter(c -> !hits.containsKey(c)).toList();
    Rectangle box = boxes.stream().reduce(Rectangle::union).orElseThrow();
    return new TableHeader(index, spans(found, boxes), missing, box, labelsOnly(line.text(), hits));
  }

  /**
   * The header with the template's first column placed on the words before its first found label
   * when OCR misread that label beyond recognition (氏名 read as RI 者) and the found labels follow it
   * in the template's order: the words left of the first found label on the header line are the
   * first column's label, whatever they say.
   */
  TableHeader withUnreadFirstColumn(TextLine headerLine, List<ColumnDefinition> columns) {
    ColumnDefinition first = columns.get(0);
    Span leftmost = spans.get(0);
    if (!missing.contains(first) || columns.indexOf(leftmost.column()) != 1) {
      return this;
    }
    Rectangle before = null;
    for (int i = 0; i < headerLine.text().length(); i++) {
      OcrWord word = headerLine.wordAt(i);
      boolean label = word != null && RULES.indexOf(headerLine.text().charAt(i)) < 0;
      if (label && word.box().x + word.box().width <= leftmost.header().x) {
        before = before == null ? word.box() : before.union(word.box());
      }
    }
    if (before == null) {
      return this;
    }
    List<ColumnDefinition> found = new ArrayList<>(List.of(first));
    List<Rectangle> boxes = new ArrayList<>(List.of(before));
    spans.forEach(
        sp -> {
          found.add(sp.column());
          boxes.add(sp.header());
        });
    List<ColumnDefinition> stillMissing = missing.stream().filter(c -> c != first).toList();
    return new TableHeader(line, spans(found, boxes), stillMissing, box.union(before), labelsOnly);
  }

  /**
   * The header with the columns after its last found one that OCR did not read (a label on a shaded
   * cell) placed by the words of ink after the last found label, when there are as many words as
   * such columns, in the template's order.
   */
  TableHeader withUnreadColumns(BufferedImage image, List<ColumnDefinition> columns) {
    if (image == null || missing.isEmpty()) {
      return this;
    }
    int lastFound =
        spans.stream().mapToInt(s -> columns.indexOf(s.column())).max().orElse(columns.size());
    List<ColumnDefinition> trailing =
        missing.stream().filter(c -> columns.indexOf(c) > lastFound).toList();
    Span rightmost = spans.get(spans.size() - 1);
    if (trailing.isEmpty() || columns.indexOf(rightmost.column()) != lastFound) {
      return this;
    }
    int textHeight = spans.stream().mapToInt(sp -> sp.header().height).min().orElse(1);
    Rectangle last = rightmost.header();
    int top = (int) last.getCenterY() - textHeight / 2;
    List<int[]> words = InkWords.after(image, last.x + last.width + 2, top, textHeight, List.of());
    if (words.size() != trailing.size()) {
      return this;
    }
    List<ColumnDefinition> found = new ArrayList<>();
    List<Rectangle> boxes = new ArrayList<>();
    spans.forEach(
        sp -> {
          found.add(sp.column());
          boxes.add(sp.header());
        });
    for (int k = 0; k < trailing.size(); k++) {
      found.add(trailing.get(k));
      boxes.add(
          new Rectangle(words.get(k)[0], top, words.get(k)[1] - words.get(k)[0] + 1, textHeight));
    }
    List<ColumnDefinition> stillMissing = missing.stream().filter(c -> !found.contains(c)).toList();
    return new TableHeader(
        line,
        spans(found, boxes),
        stillMissing,
        box.union(boxes.get(boxes.size() - 1)),
        labelsOnly);
  }

  /**
   * The header with its cells' edges at the printed rules between neighbouring labels ({@link
   * ColumnRule}) where there are, halfway between them where there are none. Columns the template
   * puts between two found ones whose labels OCR did not read (数量 read as 量) are placed between the
   * rules when there are exactly enough rules for them.
   */
  TableHeader ruled(BufferedImage image, List<ColumnDefinition> columns) {
    if (image == null) {
      return this;
    }
    List<Span> ruled = new ArrayList<>();
    List<ColumnDefinition> stillMissing = new ArrayList<>(missing);
    Span a = spans.get(0);
    for (int k = 1; k < spans.size(); k++) {
      Span b = spans.get(k);
      List<Integer> rules = ColumnRule.between(image, a.header(), b.header());
      List<ColumnDefinition> unread = unreadBetween(a.column(), b.column(), columns);
      if (!unread.isEmpty() && rules.size() == unread.size() + 1) {
        ruled.add(new Span(a.column(), a.header(), a.left(), rules.get(0)));
        for (int j = 0; j < unread.size(); j++) {
          int left = rules.get(j);
          int right = rules.get(j + 1);
          Rectangle label =
              new Rectangle(left + 1, a.header().y, right - left - 1, a.header().height);
          ruled.add(new Span(unread.get(j), label, left, right));
          stillMissing.remove(unread.get(j));
        }
        a = new Span(b.column(), b.header(), rules.get(rules.size() - 1), b.right());
      } else if (!rules.isEmpty()) {
        int half = midpoint(a.header(), b.header());
        int edge =
            rules.stream().min(Comparator.comparingInt(x -> Math.abs(x - half))).orElseThrow();
        ruled.add(new Span(a.column(), a.header(), a.left(), edge));
        a = new Span(b.column(), b.header(), edge, b.right());
      } else {
        ruled.add(a);
        a = b;
      }
    }
    ruled.add(a);
    return new TableHeader(line, List.copyOf(ruled), List.copyOf(stillMissing), box, labelsOnly);
  }

  /** The missing columns the template puts between two found ones, in its order. */
  private List<ColumnDefinition> unreadBetween(
      ColumnDefinition left, ColumnDefinition right, List<ColumnDefinition> columns) {
    int from = columns.indexOf(left);
    int to = columns.indexOf(right);
    return missing.stream()
        .filter(c -> columns.indexOf(c) > from && columns.indexOf(c) < to)
        .sorted(Comparator.comparingInt(columns::indexOf))
        .toList();
  }

  private static List<Span> spans(List<ColumnDefinition> found, List<Rectangle> boxes) {
    List<Span> spans = new ArrayList<>();
    for (int k = 0; k < found.size(); k++) {
      int left = k == 0 ? Integer.MIN_VALUE : midpoint(boxes.get(k - 1), boxes.get(k));
      int right =
          k == found.size() - 1 ? Integer.MAX_VALUE : midpoint(boxes.get(k), boxes.get(k + 1));
      spans.add(new Span(found.get(k), boxes.get(k), left, right));
    }
    return List.copyOf(spans);
  }

  private static boolean labelsOnly(String line, Map<ColumnDefinition, Match> hits) {
    BitSet labels = new BitSet(line.length());
    hits.values().forEach(m -> labels.set(m.start(), m.end()));
    for (int i = labels.nextSetBit(0); i >= 0 && i < labels.length(); i++) {
      char c = line.charAt(i);
      if (!labels.get(i) && !Character.isWhitespace(c) && RULES.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static int midpoint(Rectangle left, Rectangle right) {
    return (left.x + left.width + right.x) / 2;
  }

  /** Each column's first label in the line: exact labels first (longest first), then misread. */
  private static Map<ColumnDefinition, Match> match(List<ColumnDefinition> columns, String line) {
    StringBuilder compact = new StringBuilder();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < line.length(); i++) {
      char c = Widths.foldChar(line.charAt(i));
      if (!Character.isWhitespace(c) && RULES.indexOf(c) < 0) {
        compact.append(c);
        at.add(i);
      }
    }
    String text = compact.toString();
    record Anchor(ColumnDefinition column, String text) {}
    List<Anchor> anchors = new ArrayList<>();
    for (ColumnDefinition column : columns) {
      for (String anchor : column.anchors()) {
        anchors.add(new Anchor(column, Widths.fold(anchor).replaceAll("\\s+", "")));
      }
    }
    anchors.sort(Comparator.comparingInt((Anchor a) -> a.text().length()).reversed());
    BitSet claimed = new BitSet(text.length());
    Map<ColumnDefinition, Match> matches = new LinkedHashMap<>();
    for (Anchor anchor : anchors) {
      int from = anchor.text().isEmpty() || matches.containsKey(anchor.column()) ? -1 : 0;
      while (from >= 0) {
        int start = text.indexOf(anchor.text(), from);
        int end = start + anchor.text().length();
        if (start < 0) {
          break;
        }
        if (claimed.get(start, end).isEmpty()) {
          claimed.set(start, end);
          matches.put(anchor.column(), new Match(at.get(start), at.get(end - 1) + 1, true));
          break;
        }
        from = start + 1;
      }
    }
    for (Anchor anchor : anchors) {
      int length = anchor.text().length();
      // two-character labels only by substitution: one character alone matches too much
      if (length < 2 || matches.containsKey(anchor.column())) {
        continue;
      }
      int[] lengths = length == 2 ? new int[] {2} : new int[] {length, length - 1, length + 1};
      search:
      for (int start = 0; start < text.length(); start++) {
        for (int candidate : lengths) {
          int end = start + candidate;
          if (end <= text.length()
              && claimed.get(start, end).isEmpty()
              && LabelFinder.withinOneEdit(text.substring(start, end), anchor.text())) {
            claimed.set(start, end);
            matches.put(anchor.column(), new Match(at.get(start), at.get(end - 1) + 1, false));
            break search;
          }
        }
      }
    }
    return matches;
  }
}
