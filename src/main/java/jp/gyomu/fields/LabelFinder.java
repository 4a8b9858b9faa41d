package jp.gyomu.fields;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the templates' labels in a line, ignoring spaces and character widths. Longer labels are
 * matched first and own their characters, so 用務先 is not also read as 用務, nor 交付申請額 as 申請額. Labels
 * of three or more characters are also found with one character misread (申請目 for 申請日) when they
 * start a cell (not inside a sentence such as 下記のとおり申請します); those fuzzy hits never claim
 * characters, so they cannot hide an exact label.
 */
final class LabelFinder {

  private static final int FUZZY_MIN_LENGTH = 3;

  private record Anchor(FieldDefinition field, int rank, String compact) {}

  private final List<Anchor> anchors;

  LabelFinder(List<FieldDefinition> fields) {
    List<Anchor> all = new ArrayList<>();
    for (FieldDefinition field : fields) {
      for (int rank = 0; rank < field.anchors().size(); rank++) {
        all.add(new Anchor(field, rank, Compact.of(field.anchors().get(rank)).text()));
      }
    }
    all.sort(Comparator.comparingInt((Anchor a) -> a.compact().length()).reversed());
    this.anchors = List.copyOf(all);
  }

  /** Every label hit in the line, exact and fuzzy, ordered by position. */
  List<LabelHit> find(TextLine line) {
    Compact compact = Compact.of(line.text());
    String text = compact.text();
    BitSet claimed = new BitSet(text.length());
    List<LabelHit> hits = new ArrayList<>();
    for (Anchor anchor : anchors) {
      int from = 0;
      int at;
      while ((at = text.indexOf(anchor.compact(), from)) >= 0) {
        int end = at + anchor.compact().length();
        if (claimed.get(at, end).isEmpty()) {
          claimed.set(at, end);
          hits.add(hit(anchor, compact, at, end, true));
        }
        from = at + 1;
      }
    }
    for (Anchor anchor : anchors) {
      if (anchor.compact().length() >= FUZZY_MIN_LENGTH) {
        fuzzyHits(anchor, line.text(), compact, claimed, hits);
      }
    }
    hits.sort(Comparator.comparingInt(LabelHit::start));
    return hits;
  }

  private static void fuzzyHits(
      Anchor anchor, String line, Compact compact, BitSet claimed, List<LabelHit> hits) {
    String text = compact.text();
    int length = anchor.compact().length();
    int at = 0;
    while (at < text.length()) {
      int matched = 0;
      for (int candidate : new int[] {length, length - 1, length + 1}) {
        int end = at + candidate;
        if (end <= text.length()
            && startsACell(line, compact.lineIndex(at))
            && claimed.get(at, end).isEmpty()
            && withinOneEdit(text.substring(at, end), anchor.compact())) {
          matched = candidate;
          break;
        }
      }
      if (matched > 0) {
        hits.add(hit(anchor, compact, at, at + matched, false));
        at += matched;
      } else {
        at++;
      }
    }
  }

  private static LabelHit hit(Anchor anchor, Compact compact, int from, int to, boolean exact) {
    return new LabelHit(
        anchor.field(),
        anchor.rank(),
        compact.lineIndex(from),
        compact.lineIndex(to - 1) + 1,
        exact);
  }

  private static boolean startsACell(String line, int index) {
    return index == 0 || !Character.isLetter(line.charAt(index - 1));
  }

  /** Levenshtein distance of at most one, for short strings. */
  static boolean withinOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return a.substring(Math.min(i + 1, a.length()))
          .equals(b.substring(Math.min(i + 1, b.length())));
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = a.length() > b.length() ? b : a;
    return longer.substring(i + 1).equals(shorter.substring(i));
  }

  /** A line without whitespace and with folded widths, remembering where each character was. */
  private record Compact(String text, int[] lineIndices) {

    static Compact of(String line) {
      StringBuilder text = new StringBuilder();
      int[] indices = new int[line.length()];
      for (int i = 0; i < line.length(); i++) {
        char c = Widths.foldChar(line.charAt(i));
        if (!Character.isWhitespace(c)) {
          indices[text.length()] = i;
          text.append(c);
        }
      }
      return new Compact(text.toString(), indices);
    }

    int lineIndex(int compactIndex) {
      return lineIndices[compactIndex];
    }
  }
}
