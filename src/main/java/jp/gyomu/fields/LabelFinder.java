package jp.gyomu.fields;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import jp.gyomu.ocr.OcrWord;

/**
 * Finds the templates' labels in a line, ignoring spaces and character widths. Longer labels are
 * matched first and own their characters, so 用務先 is not also read as 用務, nor 交付申請額 as 申請額. Labels
 * of three or more characters are also found with one character misread (申請目 for 申請日) when they
 * start a cell (not inside a sentence such as 下記のとおり申請します) and end before a gap, a colon, a bracket
 * or a rule (not inside a word: ご請求いたします holds no 請求元); those fuzzy hits never claim characters, so
 * they cannot hide an exact label, except that a label of five or more characters read with one
 * wrong takes the place of the shorter labels it holds (微保険者の生年月日 is no value 微保険者の before the
 * label 生年月日), and counts as exact when those were its own field's. A short label followed by a
 * longer variant's tail with one character misread (所属部暫 for 所属部署) is taken whole, so the tail is
 * not read as the value.
 */
final class LabelFinder {

  private static final int FUZZY_MIN_LENGTH = 3;
  // a misread label this long may hold exact shorter labels (its own tail 生年月日 in 被保険者の生年月日)
  private static final int TAKE_OVER_LENGTH = 5;
  // what may follow a label on its line: a gap, a colon, a qualifier (税込), a ruled cell border
  private static final String LABEL_END = " \t\u3000:：(（|｜]】";

  private record Anchor(FieldDefinition field, int rank, String compact) {}

  private final List<Anchor> anchors;
  private final List<String> reserved;

  LabelFinder(List<FieldDefinition> fields) {
    this(fields, List.of());
  }

  /**
   * @param reserved words that are never a misread label (the template's title keywords: the title
   *     請求書 is no misread 請求元)
   */
  LabelFinder(List<FieldDefinition> fields, List<String> reserved) {
    this.reserved = reserved.stream().map(r -> Compact.of(r).text()).toList();
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
          end = misreadTail(anchor, compact, at, end, claimed);
          claimed.set(at, end);
          hits.add(hit(anchor, compact, at, end, true));
        }
        from = at + 1;
      }
    }
    BitSet titles = new BitSet(text.length());
    for (String word : reserved) {
      for (int at = text.indexOf(word);
          at >= 0 && !word.isEmpty();
          at = text.indexOf(word, at + 1)) {
        titles.set(at, at + word.length());
      }
    }
    for (Anchor anchor : anchors) {
      if (anchor.compact().length() >= FUZZY_MIN_LENGTH) {
        fuzzyHits(anchor, line.text(), compact, claimed, titles, hits);
      }
    }
    hits.sort(Comparator.comparingInt(LabelHit::start));
    return hits;
  }

  /**
   * The end of a label that is a longer variant of the same field read with one character wrong
   * after the shorter one (所属部暫 is 所属部署, not 所属 followed by the value 部暫), or {@code end}.
   */
  private int misreadTail(Anchor found, Compact compact, int at, int end, BitSet claimed) {
    String text = compact.text();
    for (Anchor longer : anchors) {
      String variant = longer.compact();
      int longerEnd = at + variant.length();
      if (longer.field() == found.field()
          && variant.length() > found.compact().length()
          && variant.length() >= FUZZY_MIN_LENGTH
          && variant.startsWith(found.compact())
          && longerEnd <= text.length()
          && claimed.get(end, longerEnd).isEmpty()
          // printed as one word: at most one space inside (OCR spaces characters unevenly)
          && compact.lineIndex(longerEnd - 1) - compact.lineIndex(at) <= variant.length()
          && differsInOne(text.substring(at, longerEnd), variant)
          // and a label ends where a gap begins: 代表者 代表理事 is no misread 代表者名 + 表理事
          && endsAWord(compact, longerEnd)) {
        return longerEnd;
      }
    }
    return end;
  }

  private static boolean endsAWord(Compact compact, int end) {
    if (end >= compact.text().length()) {
      return true;
    }
    int next = compact.lineIndex(end);
    int last = compact.lineIndex(end - 1);
    return next - last > 1 || ":：".indexOf(compact.text().charAt(end)) >= 0;
  }

  private static boolean differsInOne(String a, String b) {
    int differences = 0;
    for (int i = 0; i < a.length(); i++) {
      differences += a.charAt(i) == b.charAt(i) ? 0 : 1;
    }
    return differences == 1;
  }

  private static void fuzzyHits(
      Anchor anchor,
      String line,
      Compact compact,
      BitSet claimed,
      BitSet titles,
      List<LabelHit> hits) {
    String text = compact.text();
    int length = anchor.compact().length();
    int at = 0;
    while (at < text.length()) {
      int matched = 0;
      for (int candidate : new int[] {length, length - 1, length + 1}) {
        int end = at + candidate;
        if (end <= text.length()
            && startsACell(line, compact.lineIndex(at))
            && endsALabel(line, compact.lineIndex(end - 1))
            && (claimed.get(at, end).isEmpty()
                || takesOver(anchor, compact, at, end, claimed, hits))
            && withinOneEdit(text.substring(at, end), anchor.compact())
            && titles.get(at, end).isEmpty()) {
          matched = candidate;
          break;
        }
      }
      if (matched > 0) {
        // holding the field's own exact label, the long one is as sure as that label was
        boolean exact =
            !claimed.get(at, at + matched).isEmpty()
                && replaceInner(anchor, compact, at, at + matched, hits);
        hits.add(hit(anchor, compact, at, at + matched, exact));
        at += matched;
      } else {
        at++;
      }
    }
  }

  /**
   * Whether a long label read with one character wrong may take the place of the exact labels
   * inside it (微保険者の生年月日 holds 生年月日, かかりつけ医 read right is no case): every claimed character in the
   * stretch belongs to an exact hit lying wholly inside it whose label is part of the long one, so
   * the short label was read as part of the long one, not beside it.
   */
  private static boolean takesOver(
      Anchor anchor, Compact compact, int at, int end, BitSet claimed, List<LabelHit> hits) {
    if (anchor.compact().length() < TAKE_OVER_LENGTH) {
      return false;
    }
    int from = compact.lineIndex(at);
    int to = compact.lineIndex(end - 1) + 1;
    BitSet inner = new BitSet(compact.text().length());
    for (LabelHit hit : hits) {
      boolean overlaps = hit.start() < to && hit.end() > from;
      if (!overlaps) {
        continue;
      }
      String label = Compact.of(hit.field().anchors().get(hit.anchorRank())).text();
      if (!hit.exact()
          || hit.start() < from
          || hit.end() > to
          || label.length() >= anchor.compact().length()
          || !anchor.compact().contains(label)) {
        return false;
      }
      for (int c = at; c < end; c++) {
        int index = compact.lineIndex(c);
        if (index >= hit.start() && index < hit.end()) {
          inner.set(c);
        }
      }
    }
    BitSet outside = claimed.get(0, compact.text().length());
    outside.andNot(inner);
    return outside.get(at, end).isEmpty();
  }

  /**
   * Removes the exact hits inside a long misread label that takes their place; true when they were
   * all the same field's labels.
   */
  private static boolean replaceInner(
      Anchor anchor, Compact compact, int at, int end, List<LabelHit> hits) {
    int from = compact.lineIndex(at);
    int to = compact.lineIndex(end - 1) + 1;
    List<LabelHit> inner =
        hits.stream().filter(h -> h.exact() && h.start() >= from && h.end() <= to).toList();
    hits.removeAll(inner);
    return inner.stream().allMatch(h -> h.field() == anchor.field());
  }

  /**
   * The field's two-character labels read with one character wrong (用聞 for 用務, 合き for 合計), a last
   * resort when none of its labels is on the page: only as a whole cell, at the start of the line
   * or after a gap and followed by a gap, a colon or the line's end, and never over another label.
   * Short words are too alike to be looked for anywhere else.
   */
  static List<LabelHit> shortMisread(FieldDefinition field, TextLine line, List<LabelHit> hits) {
    String text = line.text();
    // 金額 is no misread 総額 when both are the field's labels (a table's header keeps its 金額)
    List<String> ownAnchors = field.anchors().stream().map(a -> Compact.of(a).text()).toList();
    List<LabelHit> found = new ArrayList<>();
    for (int rank = 0; rank < field.anchors().size(); rank++) {
      String anchor = Compact.of(field.anchors().get(rank)).text();
      if (anchor.length() != 2) {
        continue;
      }
      for (int at = 0; at + 1 < text.length(); at++) {
        String pair = Widths.fold(text.substring(at, at + 2));
        int start = at;
        boolean free = hits.stream().noneMatch(h -> h.start() < start + 2 && h.end() > start);
        if (free
            && differsInOne(pair, anchor)
            && !ownAnchors.contains(pair)
            && !Character.isWhitespace(pair.charAt(0))
            && !Character.isWhitespace(pair.charAt(1))
            && (at == 0 || cellGap(line, at - 1, at))
            && (at + 2 == text.length()
                || ":：".indexOf(text.charAt(at + 2)) >= 0
                || cellGap(line, at + 1, at + 2))) {
          found.add(new LabelHit(field, rank, at, at + 2, false));
        }
      }
    }
    return found;
  }

  /**
   * Whether a gap of at least a character's height separates the ink of characters {@code left} and
   * {@code right} (spaces between them are skipped): a border between cells, not a space OCR put
   * between the words of one value (事務 局).
   */
  private static boolean cellGap(TextLine line, int left, int right) {
    while (left > 0 && line.wordAt(left) == null) {
      left--;
    }
    while (right + 1 < line.text().length() && line.wordAt(right) == null) {
      right++;
    }
    OcrWord a = line.wordAt(left);
    OcrWord b = line.wordAt(right);
    return a != null
        && b != null
        && a != b
        && TextLine.gap(a, b) >= Math.max(a.box().height, b.box().height);
  }

  private static LabelHit hit(Anchor anchor, Compact compact, int from, int to, boolean exact) {
    return new LabelHit(
        anchor.field(),
        anchor.rank(),
        compact.lineIndex(from),
        compact.lineIndex(to - 1) + 1,
        exact);
  }

  /**
   * Whether a fuzzy label can end at {@code index}: a label is set off from its value by a gap, a
   * colon, a bracketed qualifier or a rule, so 申請 青葉 is the label 申請者 with 者 lost, not 申請青 and the
   * value 葉..., and ご請求いたします holds no misread 請求元.
   */
  private static boolean endsALabel(String line, int index) {
    return index + 1 >= line.length() || LABEL_END.indexOf(line.charAt(index + 1)) >= 0;
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
