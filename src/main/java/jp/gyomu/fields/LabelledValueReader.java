package jp.gyomu.fields;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.ocr.PageText;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;

/**
 * Reads a text-like field beside or below its printed label: right of the label on the same line,
 * up to the next label or a cell border; or, when nothing follows the label, in the label's column
 * on the nearest line below (a value cell under a header cell). A field with {@code lines: n} takes
 * up to n-1 more lines that continue the value in its column. The value is normalised by the
 * field's type and traced back to its OCR words for box and confidence.
 *
 * <p>Exact labels are preferred to labels with a misread character (which count only when their
 * value normalises), except that a long label with one misread character (旅費合語 for 旅費合計) comes
 * before an exact match of a later variant (金額) for fields other than text; earlier label variants
 * are preferred to later ones, and the first label whose value normalises wins. A text value beside
 * a misread label that ends with 。 is a sentence, not a value. When a field has no label on the
 * page at all, its two-character labels with one character misread are tried where they stand alone
 * in a cell ({@link LabelFinder#shortMisread}). A misread label of four or more characters bounds
 * other values and takes its value from below like an exact one (かかりつげ医 over its name in a grid of
 * two columns); a shorter one does not.
 */
final class LabelledValueReader {

  private static final String VALUE_LEAD = " \t:：】］]";
  // what a ruled table leaves in an empty stretch of a cell: rules, dots, a stray mark
  private static final Pattern NOISE = Pattern.compile("[\\s|｜丨│┃¦、。,.・…:：_＿\\-ー―—'\"`]*");
  // a gap wider than this many word heights separates cells, so it ends a value
  private static final double CELL_GAP = 3.0;
  // a value below its label starts within this many label heights
  private static final double BELOW_DISTANCE = 4.0;
  // a continuation line starts within this many line heights below the value's line
  private static final double CONTINUATION_DISTANCE = 1.2;
  // an organisation's name, the text a company block prints unlabelled (an invoice's issuer)
  private static final List<String> ORGANISATION_WORDS =
      List.of(
          "株式会社",
          "有限会社",
          "合同会社",
          "合資会社",
          "合名会社",
          "一般社団法人",
          "一般財団法人",
          "公益社団法人",
          "公益財団法人",
          "特定非営利活動法人",
          "NPO法人",
          "社会福祉法人",
          "医療法人",
          "学校法人",
          "(株)",
          "(有)",
          "（株）",
          "（有）",
          "㈱",
          "㈲");
  // OCR spaces the characters of a line unevenly (合同 会 社)
  private static final Pattern ORGANISATION =
      Pattern.compile(
          ORGANISATION_WORDS.stream()
              .map(w -> w.chars().mapToObj(c -> Pattern.quote(Character.toString(c))))
              .map(chars -> chars.collect(Collectors.joining("\\s*")))
              .collect(Collectors.joining("|")));
  private static final Pattern NOT_A_NAME =
      Pattern.compile("〒|TEL|Tel|FAX|Fax|電話|登録番号|\\d{2,4}-\\d{2,4}-\\d{3,4}");
  private static final Pattern ADDRESSEE = Pattern.compile("(?:御中|様|殿)\\s*$");

  // a qualifier printed right after a label belongs to it: 消費税 (10%), 合計金額（税込）, 金額(円)
  private static final Pattern LABEL_QUALIFIER = Pattern.compile("[(（][^()（）]{1,8}[)）]");

  // the misread rest of a label before its colon or a cell rule
  private static final Pattern LABEL_TAIL =
      Pattern.compile("[^\\s:：|｜](?: ?[^\\s:：|｜])?\\s*[:：|｜]\\s*");

  // a misread label this long is trusted before an exact match of a later variant
  private static final int LONG_LABEL = 4;

  private record Candidate(int line, LabelHit hit) {}

  /** A stretch of one line, {@code index} its place in the page's lines. */
  private record Piece(int index, TextLine line, int from, int to) {

    String text() {
      return line.text().substring(from, to);
    }

    Rectangle box() {
      return line.boxOf(from, to);
    }
  }

  private LabelledValueReader() {}

  /** The field's value by its labels, or a MISSING field saying which labels were not found. */
  static ExtractedField read(
      FieldDefinition field, PageText page, int pageIndex, PageLabels labels) {
    List<Candidate> exact = candidates(field, labels, true);
    int exactRank = exact.isEmpty() ? Integer.MAX_VALUE : exact.get(0).hit().anchorRank();
    // a label with a misread character counts only when its value makes sense (申請書 is no 申請日);
    // a long one (旅費合語) before an exact but weaker variant (the 金額 of a column header) when
    // the value's type can tell (any text makes sense as text)
    for (Candidate candidate : candidates(field, labels, false)) {
      boolean beforeExact =
          exact.isEmpty()
              || (field.type() != FieldType.TEXT
                  && candidate.hit().anchorRank() < exactRank
                  && candidate.hit().end() - candidate.hit().start() >= LONG_LABEL);
      List<Piece> value = beforeExact ? valueOf(field, candidate, labels) : null;
      ExtractedField read = value == null ? null : read(field, page, pageIndex, value);
      if (read != null && read.value() != null && !sentence(field, read)) {
        return read;
      }
    }
    if (!exact.isEmpty()) {
      return firstValidOrFirst(field, page, pageIndex, labels, exact);
    }
    for (int line = 0; line < labels.lines().size(); line++) {
      for (LabelHit hit :
          LabelFinder.shortMisread(field, labels.lines().get(line), labels.hits().get(line))) {
        List<Piece> value = valueOf(field, new Candidate(line, hit), labels);
        ExtractedField read = value == null ? null : read(field, page, pageIndex, value);
        if (read != null && read.value() != null && !sentence(field, read)) {
          return read;
        }
      }
    }
    return ExtractedField.missing(
        field, Reason.of(ReasonCode.LABEL_NOT_FOUND, String.join(", ", field.anchors())));
  }

  // a line that is nothing but a phone number (digits, dashes, brackets)
  private static final Pattern PHONE_LINE = Pattern.compile("[0-9()\\-ー－‐ ]{10,16}");

  /**
   * A phone number whose label OCR lost (a short label alone in its ruled row, 連絡先, is sometimes
   * not read at all): the one line of the page that is nothing but a phone number, taken for review
   * with the label not found; none when two lines could be it.
   */
  static ExtractedField phoneByShape(
      FieldDefinition field, PageText page, int pageIndex, PageLabels labels) {
    Piece only = null;
    for (int i = 0; i < labels.lines().size(); i++) {
      TextLine line = labels.lines().get(i);
      String text = Widths.fold(line.text()).strip();
      if (PHONE_LINE.matcher(text).matches() && FieldType.PHONE.normalise(text).isValid()) {
        if (only != null) {
          return null;
        }
        only = new Piece(i, line, 0, line.text().length());
      }
    }
    if (only == null) {
      return null;
    }
    ExtractedField read = read(field, page, pageIndex, List.of(only));
    List<Reason> reasons = new ArrayList<>(read.reasons());
    reasons.add(0, Reason.of(ReasonCode.LABEL_NOT_FOUND, String.join(", ", field.anchors())));
    return new ExtractedField(
        read.name(),
        read.value(),
        read.rawText(),
        read.confidence(),
        read.meanConfidence(),
        read.box(),
        read.page(),
        ExtractedField.Status.LOW_CONFIDENCE,
        reasons,
        read.required());
  }

  /**
   * Whether a text value found beside a misread label is the end of a sentence (ご請求いたします。 cut by a
   * zone's edge looks like 請求 and a value): a form's values do not end with a full stop.
   */
  private static boolean sentence(FieldDefinition field, ExtractedField read) {
    return field.type() == FieldType.TEXT && read.rawText().strip().endsWith("。");
  }

  /**
   * For a field with a zone but no label on the page (the date at the top right of a 申請書, the
   * issuer's block at the top right of an invoice): the first valid value of the field's type in
   * the zone; for text, the first line naming an organisation (株式会社..., not an addressee's 御中).
   */
  static ExtractedField unlabelled(
      FieldDefinition field, PageText page, int pageIndex, PageLabels labels) {
    if (field.type() == FieldType.TEXT) {
      // a company block (an invoice's issuer) names its organisation; prefer that line
      for (int i = 0; i < labels.lines().size(); i++) {
        TextLine line = labels.lines().get(i);
        Piece cell = organisation(new Piece(i, line, 0, line.text().length()));
        ExtractedField read = cell == null ? null : read(field, page, pageIndex, List.of(cell));
        if (read != null && read.value() != null) {
          return read;
        }
      }
    }
    for (int i = 0; i < labels.lines().size(); i++) {
      TextLine line = labels.lines().get(i);
      Piece whole = new Piece(i, line, 0, line.text().length());
      if (field.type() == FieldType.TEXT && !plainText(whole, labels.hits().get(i))) {
        continue;
      }
      ExtractedField read = read(field, page, pageIndex, List.of(whole));
      if (read.value() != null) {
        return read;
      }
    }
    return ExtractedField.missing(
        field,
        field.type() == FieldType.TEXT
            ? Reason.of(
                ReasonCode.LABEL_NOT_FOUND_NOR_NAME_IN_ZONE, String.join(", ", field.anchors()))
            : Reason.of(
                ReasonCode.LABEL_NOT_FOUND_NOR_VALUE_IN_ZONE,
                String.join(", ", field.anchors()),
                field.type().id()));
  }

  /**
   * Whether a line in a zone can be a text field's unlabelled value: not another field's label, an
   * addressee, a date, an amount, a postal code or a phone line (the rest of a company block).
   */
  private static boolean plainText(Piece line, List<LabelHit> hits) {
    String text = line.text();
    return hits.stream().noneMatch(LabelHit::exact)
        && !ADDRESSEE.matcher(text).find()
        && !NOT_A_NAME.matcher(Widths.fold(text)).find()
        && !FieldType.DATE.normalise(text).isValid()
        && !FieldType.AMOUNT.normalise(text).isValid();
  }

  /** The cell of a line that names an organisation, or null. */
  private static Piece organisation(Piece line) {
    Matcher m = ORGANISATION.matcher(line.text());
    if (!m.find()) {
      return null;
    }
    // the cell around the name, between the wide gaps before and after it
    int from = 0;
    int to = cutAtGap(line.line(), from, line.to());
    while (to <= m.start()) {
      from = to;
      to = cutAtGap(line.line(), from, line.to());
    }
    Piece cell = new Piece(line.index(), line.line(), from, to);
    return ADDRESSEE.matcher(cell.text()).find() ? null : cell;
  }

  private static ExtractedField firstValidOrFirst(
      FieldDefinition field,
      PageText page,
      int pageIndex,
      PageLabels labels,
      List<Candidate> candidates) {
    ExtractedField fallback = null;
    for (Candidate candidate : candidates) {
      List<Piece> value = valueOf(field, candidate, labels);
      if (value != null) {
        ExtractedField read = read(field, page, pageIndex, value);
        if (read.value() != null) {
          return read;
        }
        fallback = fallback != null ? fallback : read;
      }
    }
    return fallback != null
        ? fallback
        : ExtractedField.missing(field, Reason.of(ReasonCode.NO_VALUE_BESIDE_LABEL, field.label()));
  }

  /** The field's exact or fuzzy labels, preferred variants first, then top to bottom. */
  private static List<Candidate> candidates(
      FieldDefinition field, PageLabels labels, boolean exact) {
    List<Candidate> candidates = new ArrayList<>();
    for (int line = 0; line < labels.lines().size(); line++) {
      for (LabelHit hit : labels.hits().get(line)) {
        if (hit.field().name().equals(field.name()) && hit.exact() == exact) {
          candidates.add(new Candidate(line, hit));
        }
      }
    }
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> c.hit().anchorRank())
            .thenComparingInt(Candidate::line));
    return candidates;
  }

  /** The value's pieces: beside the label, or below it; then continuation lines. */
  private static List<Piece> valueOf(
      FieldDefinition field, Candidate candidate, PageLabels labels) {
    TextLine line = labels.lines().get(candidate.line());
    List<LabelHit> lineHits = labels.hits().get(candidate.line());
    // the field's own label variants do not end its value (請求書番号 No.2020-0456)
    List<LabelHit> others =
        lineHits.stream().filter(h -> !h.field().name().equals(field.name())).toList();
    int limit = nextLabel(others, candidate.hit().end(), line.text().length());
    int from =
        skipLabelTail(
            line.text(),
            cellStart(line, skipQualifier(line.text(), candidate.hit().end(), limit), limit),
            limit);
    int to = cutAtGap(line, from, limit);
    Piece first = null;
    if (!line.text().substring(from, to).isBlank()) {
      first = new Piece(candidate.line(), line, from, to);
    } else if (firm(candidate.hit()) && candidate.line() + 1 < labels.lines().size()) {
      // a short label found only with a misread character takes no value from another line: beside
      // a blank value it would take the next line's unknown label (用聞 above 期間 令和6年…)
      first = valueBelow(candidate, labels);
    }
    if (first == null) {
      return null;
    }
    List<Piece> pieces = new ArrayList<>(List.of(first));
    int right = nextLabelX(line, lineHits, candidate.hit().end());
    while (pieces.size() < field.lines()) {
      Piece more = continuation(pieces.get(pieces.size() - 1), right, labels);
      if (more == null) {
        break;
      }
      pieces.add(more);
    }
    return pieces;
  }

  /**
   * The value in the label's column on the nearest line below that has text there (a value cell
   * under its header cell), if that line starts close enough below and does not start with a label.
   */
  private static Piece valueBelow(Candidate candidate, PageLabels labels) {
    TextLine line = labels.lines().get(candidate.line());
    if (!line.hasBoxes()) {
      return below(candidate.line() + 1, 0, Integer.MAX_VALUE, labels);
    }
    Rectangle label = line.boxOf(candidate.hit().start(), candidate.hit().end());
    List<LabelHit> hits = labels.hits().get(candidate.line());
    int columnLeft = Math.max(label.x - label.height, previousLabelRight(line, hits, candidate));
    int columnRight = nextLabelX(line, hits, candidate.hit().end());
    for (int i = candidate.line() + 1; i < labels.lines().size(); i++) {
      TextLine next = labels.lines().get(i);
      Rectangle nextBox = next.boxOf(0, next.text().length());
      if (nextBox == null || nextBox.y - (label.y + label.height) > BELOW_DISTANCE * label.height) {
        return null;
      }
      Piece piece = below(i, columnLeft, columnRight, labels);
      if (piece != null || hasTextIn(next, columnLeft, columnRight)) {
        return piece;
      }
    }
    return null;
  }

  /** Line i's text within [left, right), unless it starts with a label or is blank. */
  private static Piece below(int i, int left, int right, PageLabels labels) {
    TextLine below = labels.lines().get(i);
    List<LabelHit> belowHits = labels.hits().get(i);
    int from = 0;
    int to = below.text().length();
    if (below.hasBoxes()) {
      while (from < to && !inColumn(below.wordAt(from), left, right)) {
        from++;
      }
      while (to > from && !inColumn(below.wordAt(to - 1), left, right)) {
        to--;
      }
    }
    int start = skipLead(below.text(), from, to);
    boolean startsWithLabel = belowHits.stream().anyMatch(h -> firm(h) && h.start() == start);
    int end = cutAtGap(below, start, nextLabel(belowHits, start, to));
    return startsWithLabel || below.text().substring(start, end).isBlank()
        ? null
        : new Piece(i, below, start, end);
  }

  /**
   * The next line's text in the value's column, when it continues the value: it starts right below,
   * at the value's left edge, and no label stands on it before the value's column ends.
   */
  private static Piece continuation(Piece last, int right, PageLabels labels) {
    int i = last.index() + 1;
    Rectangle box = last.box();
    if (i >= labels.lines().size() || box == null) {
      return null;
    }
    TextLine next = labels.lines().get(i);
    Rectangle nextBox = next.boxOf(0, next.text().length());
    if (nextBox == null || nextBox.y - (box.y + box.height) > CONTINUATION_DISTANCE * box.height) {
      return null;
    }
    int left = box.x - box.height;
    Piece piece = below(i, left, right, labels);
    if (piece == null) {
      return null;
    }
    Rectangle pieceBox = piece.box();
    boolean aligned = Math.abs(pieceBox.x - box.x) <= 2 * box.height;
    // a line with text left of the value's column is another row or a paragraph, not the value
    boolean textBefore = next.boxOf(0, next.text().length()).x < left;
    boolean labelBefore =
        labels.hits().get(i).stream()
            .anyMatch(
                h -> firm(h) && next.boxOf(h.start(), h.end()).x < pieceBox.x + pieceBox.width);
    return aligned && !labelBefore && !textBefore ? piece : null;
  }

  private static ExtractedField read(
      FieldDefinition field, PageText page, int pageIndex, List<Piece> pieces) {
    String raw = pieces.stream().map(p -> p.text().strip()).collect(Collectors.joining(" "));
    List<OcrWord> words =
        pieces.stream().flatMap(p -> p.line().wordsIn(p.from(), p.to()).stream()).toList();
    float min =
        (float) words.stream().mapToDouble(OcrWord::confidence).min().orElse(page.meanConfidence());
    float mean =
        (float)
            words.stream().mapToDouble(OcrWord::confidence).average().orElse(page.meanConfidence());
    Rectangle box =
        pieces.stream()
            .map(Piece::box)
            .filter(b -> b != null)
            .reduce(Rectangle::union)
            .orElse(null);
    Normalised<?> normalised = field.type().normalise(raw);
    ExtractedField.Status status;
    List<Reason> reason = new ArrayList<>();
    if (!normalised.isValid()) {
      status = ExtractedField.Status.INVALID;
    } else if (min < field.minConfidence()) {
      status = ExtractedField.Status.LOW_CONFIDENCE;
      reason.add(
          Reason.of(ReasonCode.LOW_CONFIDENCE, (int) Math.floor(min), field.minConfidence()));
    } else {
      status = ExtractedField.Status.OK;
    }
    if (normalised.why() != null) {
      reason.add(normalised.why());
    }
    return new ExtractedField(
        field.name(),
        normalised.value(),
        raw,
        min,
        mean,
        box,
        pageIndex,
        status,
        reason,
        field.required());
  }

  private static int skipQualifier(String text, int from, int to) {
    int start = skipLead(text, from, to);
    Matcher m = LABEL_QUALIFIER.matcher(text).region(start, to);
    return m.lookingAt() ? skipLead(text, m.end(), to) : start;
  }

  /**
   * Skips the rest of a misread label before its colon or cell rule (所属部暫 : 市民課, where only 所属 was
   * recognised): one or two characters and then a separator are no value's start.
   */
  private static int skipLabelTail(String text, int from, int to) {
    Matcher m = LABEL_TAIL.matcher(text).region(from, to);
    return m.lookingAt() && !text.substring(m.end(), to).isBlank() ? m.end() : from;
  }

  private static int skipLead(String text, int from, int to) {
    while (from < to && VALUE_LEAD.indexOf(text.charAt(from)) >= 0) {
      from++;
    }
    return from;
  }

  /**
   * Skips what stands before a wide gap when it is only noise (a table rule read as |, dots of a
   * leader line), so that a value far right of its label, across an empty stretch, is found.
   */
  private static int cellStart(TextLine line, int from, int to) {
    int end = cutAtGap(line, from, to);
    while (end < to && NOISE.matcher(line.text().substring(from, end)).matches()) {
      from = skipLead(line.text(), end, to);
      end = cutAtGap(line, from, to);
    }
    return from;
  }

  /**
   * Whether a hit bounds values like a label read right: exact, or long enough that one misread
   * character leaves no doubt (かかりつげ医 heads its column as かかりつけ医 would).
   */
  private static boolean firm(LabelHit hit) {
    return hit.exact() || hit.end() - hit.start() >= LONG_LABEL;
  }

  /** Where the next firm label at or after {@code from} starts, or {@code limit}. */
  private static int nextLabel(List<LabelHit> hits, int from, int limit) {
    return hits.stream()
        .filter(h -> firm(h) && h.start() >= from && h.start() < limit)
        .mapToInt(LabelHit::start)
        .min()
        .orElse(limit);
  }

  private static int nextLabelX(TextLine line, List<LabelHit> hits, int after) {
    int next = nextLabel(hits, after, line.text().length());
    return next < line.text().length() && line.hasBoxes()
        ? line.boxOf(next, next + 1).x
        : Integer.MAX_VALUE;
  }

  /** The right edge of the firm label before the candidate on its line, or 0. */
  private static int previousLabelRight(TextLine line, List<LabelHit> hits, Candidate candidate) {
    return hits.stream()
        .filter(h -> firm(h) && h.end() <= candidate.hit().start())
        .mapToInt(h -> line.boxOf(h.start(), h.end()).x + line.boxOf(h.start(), h.end()).width)
        .max()
        .orElse(0);
  }

  private static boolean hasTextIn(TextLine line, int left, int right) {
    for (int c = 0; c < line.text().length(); c++) {
      if (inColumn(line.wordAt(c), left, right)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inColumn(OcrWord word, int left, int right) {
    return word != null && word.box().x + word.box().width > left && word.box().x < right;
  }

  /** Ends the value before a gap wide enough to be the border to another cell. */
  private static int cutAtGap(TextLine line, int from, int to) {
    OcrWord previous = null;
    for (int c = from; c < to; c++) {
      OcrWord word = line.wordAt(c);
      if (word == null || word == previous) {
        continue;
      }
      if (previous != null
          && TextLine.gap(previous, word)
              > CELL_GAP * Math.max(previous.box().height, word.box().height)) {
        return c;
      }
      previous = word;
    }
    return to;
  }
}
