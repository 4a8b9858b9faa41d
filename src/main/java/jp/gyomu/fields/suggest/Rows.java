package jp.gyomu.fields.suggest;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import jp.gyomu.fields.PageLines;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.ocr.PageText;

/**
 * A page's words in visual rows (grouped by where their centres stand once the page's skew is taken
 * out, as field reading groups them), each row cut into segments where a gap is wider than a space
 * between words: a label, its value, a table cell.
 */
final class Rows {

  // rules of ruled forms read as text
  private static final Pattern RULE = Pattern.compile("[|｜丨│┃¦_＿]+");
  // wider than a full-width space inside a name (山田　太郎), narrower than a label's gap to its value
  private static final double SEGMENT_GAP = 1.5;
  private static final double SPACE_GAP = 0.3;

  private Rows() {}

  /** Words of a row between two wide gaps. */
  record Segment(List<OcrWord> words) {

    Rectangle box() {
      return union(words);
    }

    /** The text with a space where words stand apart. */
    String text() {
      return join(words);
    }

    /** The text without any whitespace. */
    String compact() {
      return text().replaceAll("[\\s　]+", "");
    }

    double confidence() {
      return words.stream().mapToDouble(OcrWord::confidence).min().orElse(0);
    }
  }

  /** One visual row, its words left to right. */
  record Row(List<OcrWord> words, List<Segment> segments) {

    Rectangle box() {
      return union(words);
    }

    String text() {
      return join(words);
    }
  }

  static List<Row> of(PageText page) {
    return PageLines.wordRows(page, w -> !RULE.matcher(w.text().strip()).matches()).stream()
        .map(Rows::row)
        .toList();
  }

  /** The typical height of a character on the page (the median word height). */
  static int textHeight(List<Row> rows) {
    int[] heights =
        rows.stream()
            .flatMap(r -> r.words().stream())
            .mapToInt(w -> w.box().height)
            .sorted()
            .toArray();
    return heights.length == 0 ? 30 : Math.max(8, heights[heights.length / 2]);
  }

  private static Row row(List<OcrWord> words) {
    List<OcrWord> sorted = words.stream().sorted(Comparator.comparingInt(w -> w.box().x)).toList();
    int height =
        (int)
            sorted.stream()
                .mapToInt(w -> w.box().height)
                .sorted()
                .skip(sorted.size() / 2)
                .findFirst()
                .orElse(10);
    List<Segment> segments = new ArrayList<>();
    List<OcrWord> current = new ArrayList<>();
    for (OcrWord word : sorted) {
      if (!current.isEmpty() && gap(current.get(current.size() - 1), word) > SEGMENT_GAP * height) {
        segments.add(new Segment(List.copyOf(current)));
        current = new ArrayList<>();
      }
      current.add(word);
    }
    segments.add(new Segment(List.copyOf(current)));
    return new Row(sorted, List.copyOf(segments));
  }

  static int gap(OcrWord left, OcrWord right) {
    return right.box().x - (left.box().x + left.box().width);
  }

  static Rectangle union(List<OcrWord> words) {
    return words.stream().map(w -> new Rectangle(w.box())).reduce(Rectangle::union).orElse(null);
  }

  static String join(List<OcrWord> words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        int height = Math.max(words.get(i - 1).box().height, words.get(i).box().height);
        if (gap(words.get(i - 1), words.get(i)) > SPACE_GAP * height) {
          text.append(' ');
        }
      }
      text.append(words.get(i).text().strip());
    }
    return text.toString();
  }
}
