package jp.gyomu.fields.suggest;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.gyomu.fields.CheckBoxSquares;
import jp.gyomu.fields.FieldType;
import jp.gyomu.fields.Widths;
import jp.gyomu.fields.Zone;
import jp.gyomu.fields.suggest.Rows.Row;
import jp.gyomu.fields.suggest.Rows.Segment;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.ocr.PageText;

/**
 * Proposes a whole template from one filled page: the title, label/value pairs (the value right of
 * its label on the row, or under it), check boxes and option groups, and tables with their header
 * row; values typed by what they look like. Given the blank form too, labels are what both pages
 * carry and values what the filled page adds; without it, labels are told from values by their
 * shape (short, no digits, form words) and by where they stand.
 */
public final class FormProposer {

  /** The default lowest confidence of a value, as the template loader has it. */
  static final int MIN_CONFIDENCE = 50;

  private static final int MAX_LABEL = 15;
  private static final Pattern LATIN_LABEL = Pattern.compile("(?i)tel|fax|no\\.?|e-?mail|url|mail");
  private static final Pattern BOX_LOOKALIKE =
      Pattern.compile("[口ロ回田上凶由以日目四囗□OoQ0〇()\\[\\]LJ]{1,2}");
  private static final Pattern COLON = Pattern.compile("[：:]");
  private static final Pattern MARK_GLYPH = Pattern.compile("[□■☑☐☒✓✔◻◼]+");
  private static final Pattern ADDRESSEE = Pattern.compile(".*(様|殿|御中|各位)$");
  private static final Pattern SENTENCE = Pattern.compile(".*[。、].*");
  private static final Pattern PREAMBLE = Pattern.compile("様式第.*|.*[（(](提出用|控)[)）]|.*第.*条.*");

  private final List<Row> rows;
  private final int textHeight;
  private final BufferedImage image;
  private final int width;
  private final int height;
  private final Set<OcrWord> printed; // null without a blank form
  private final Set<Row> used = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Segment> usedSegments = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<Proposal.Field> fields = new ArrayList<>();
  private final Set<String> names = new HashSet<>();
  private final Set<String> labels = new HashSet<>();
  private int unnamed;

  private FormProposer(PageText page, BufferedImage image, Set<OcrWord> printed) {
    this.rows = Rows.of(page);
    this.textHeight = Rows.textHeight(rows);
    this.image = image;
    this.printed = printed;
    this.width = Math.max(1, page.width());
    this.height = Math.max(1, page.height());
  }

  /**
   * @param sample the filled page as OCR read it
   * @param image the upright page its boxes are in, or null (no check boxes are found then)
   * @param blank the blank form as OCR read it, if the office has one
   */
  public static Proposal propose(PageText sample, BufferedImage image, Optional<PageText> blank) {
    Set<OcrWord> printed = blank.map(b -> BlankForm.printed(sample, b)).orElse(null);
    return new FormProposer(sample, image, printed).propose(sample);
  }

  private Proposal propose(PageText page) {
    Row title = title();
    String nameJa = title == null ? "新しい帳票" : title.text().replaceAll("[\\s　]+", "");
    if (title != null) {
      used.add(title);
    }
    // each kind takes its rows before the next looks: tables, marks, label/value pairs, the rest
    forEachUnusedRow(this::table);
    forEachUnusedRow(i -> marks(rows.get(i)));
    forEachUnusedRow(this::pairs);
    forEachUnusedRow(i -> unlabelled(rows.get(i)));
    List<String> romaji = Romaji.words(nameJa).orElse(List.of());
    String id = Romaji.kebabCase(nameJa).orElse("new-form");
    String nameEn =
        romaji.isEmpty()
            ? "New form"
            : String.join(
                " ",
                romaji.stream()
                    .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                    .toList());
    List<Proposal.Field> ordered =
        fields.stream()
            .sorted(
                (a, b) -> {
                  Rectangle ra = a.labelBox() != null ? a.labelBox() : a.valueBox();
                  Rectangle rb = b.labelBox() != null ? b.labelBox() : b.valueBox();
                  return ra.y / textHeight != rb.y / textHeight
                      ? Integer.compare(ra.y, rb.y)
                      : Integer.compare(ra.x, rb.x);
                })
            .toList();
    List<Proposal.Line> lines =
        rows.stream().map(r -> new Proposal.Line(r.text(), r.box(), r.words())).toList();
    return new Proposal(
        id, nameJa, nameEn, List.of(nameJa), ordered, page.width(), page.height(), lines);
  }

  // ---- title

  /** The tallest short line without digits in the top part of the page. */
  private Row title() {
    Row best = null;
    double bestHeight = 0;
    int top = rows.isEmpty() ? 0 : rows.get(0).box().y;
    for (Row row : rows) {
      Rectangle box = row.box();
      if (box.y - top > 12 * textHeight) {
        break;
      }
      String text = row.text().replaceAll("[\\s　]+", "");
      if (text.length() < 2
          || text.length() > 30
          || ValueKinds.hasDigit(text)
          || ADDRESSEE.matcher(text).matches()
          || PREAMBLE.matcher(text).matches()
          || SENTENCE.matcher(text).matches()) {
        continue;
      }
      double height =
          row.words().stream()
              .mapToInt(w -> w.box().height)
              .sorted()
              .skip(row.words().size() / 2)
              .findFirst()
              .orElse(0);
      if (height > bestHeight) {
        best = row;
        bestHeight = height;
      }
    }
    return best;
  }

  // ---- tables

  /** A header row of column labels with body rows under it whose cells stand in its columns. */
  private void table(int headerIndex) {
    Row header = rows.get(headerIndex);
    List<Segment> heads = header.segments();
    if (heads.size() < 2
        || heads.stream().anyMatch(s -> !labelLike(s))
        || heads.stream().filter(this::labelWord).count() * 2 < heads.size()) {
      return;
    }
    List<Row> body = new ArrayList<>();
    Row previous = header;
    for (int i = headerIndex + 1; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (row.box().y - (previous.box().y + previous.box().height) > 3 * textHeight
          || !inColumns(row, heads)
          || row.segments().stream().filter(this::labelWord).count() * 2 >= row.segments().size()) {
        break;
      }
      body.add(row);
      previous = row;
    }
    boolean typedCells =
        body.stream()
            .allMatch(r -> r.segments().stream().anyMatch(s -> ValueKinds.typed(s.text())));
    if (body.isEmpty() || (heads.size() == 2 && (body.size() < 2 || !typedCells))) {
      return;
    }
    List<Proposal.Column> columns = new ArrayList<>();
    Set<String> columnNames = new HashSet<>();
    for (int c = 0; c < heads.size(); c++) {
      String label = label(heads.get(c));
      List<String> cells = new ArrayList<>();
      for (Row row : body) {
        cell(row, heads, c).ifPresent(cells::add);
      }
      String name = unique(Romaji.camelCase(label).orElse("column" + (c + 1)), columnNames);
      columns.add(new Proposal.Column(name, label, columnType(cells)));
    }
    used.add(header);
    used.addAll(body);
    Rectangle area = body.stream().map(Row::box).reduce(Rectangle::union).orElseThrow();
    int n = (int) fields.stream().filter(f -> f.type() == FieldType.TABLE).count();
    String label = n == 0 ? "明細" : "明細" + (n + 1);
    String name = n == 0 ? "meisai" : "meisai" + (n + 1);
    add(name, label, FieldType.TABLE, true, List.of(), columns, header.box(), area);
  }

  /** Every segment of a row stands in a different column of the header. */
  private boolean inColumns(Row row, List<Segment> heads) {
    if (row.segments().size() < 2) {
      return false;
    }
    Set<Integer> taken = new HashSet<>();
    for (Segment s : row.segments()) {
      int column = column(s, heads);
      if (column < 0 || !taken.add(column)) {
        return false;
      }
    }
    return true;
  }

  /** The header column a cell stands in: the one it overlaps most, -1 for none. */
  private int column(Segment cell, List<Segment> heads) {
    Rectangle box = cell.box();
    int best = -1;
    int bestOverlap = -1;
    for (int c = 0; c < heads.size(); c++) {
      int left = c == 0 ? Integer.MIN_VALUE / 2 : mid(heads.get(c - 1), heads.get(c));
      int right =
          c == heads.size() - 1 ? Integer.MAX_VALUE / 2 : mid(heads.get(c), heads.get(c + 1));
      int overlap = Math.min(right, box.x + box.width) - Math.max(left, box.x);
      if (overlap > bestOverlap) {
        best = c;
        bestOverlap = overlap;
      }
    }
    return bestOverlap > 0 ? best : -1;
  }

  private static int mid(Segment left, Segment right) {
    return (left.box().x + left.box().width + right.box().x) / 2;
  }

  private Optional<String> cell(Row row, List<Segment> heads, int column) {
    return row.segments().stream()
        .filter(s -> column(s, heads) == column)
        .map(Segment::text)
        .findFirst();
  }

  private static FieldType columnType(List<String> cells) {
    if (cells.isEmpty()) {
      return FieldType.TEXT;
    }
    FieldType first = ValueKinds.of(cells.get(0));
    if (first == FieldType.NUMBER
        && cells.stream().anyMatch(c -> ValueKinds.of(c) == FieldType.AMOUNT)) {
      return FieldType.AMOUNT;
    }
    boolean same =
        cells.stream()
            .map(ValueKinds::of)
            .allMatch(t -> t == first || (first == FieldType.AMOUNT && t == FieldType.NUMBER));
    return same ? first : FieldType.TEXT;
  }

  // ---- check boxes and choices

  /** Boxes on a row: one before a text is a check box; several after a label are a choice. */
  private void marks(Row row) {
    List<Rectangle> squares =
        squares(row).stream().filter(sq -> textRightOf(sq, row) != null).toList();
    if (squares.isEmpty()) {
      circledChoice(row);
      return;
    }
    List<OcrWord> words =
        row.words().stream()
            .filter(w -> squares.stream().noneMatch(s -> covers(s, w.box())))
            .filter(w -> !MARK_GLYPH.matcher(w.text().strip()).matches())
            .toList();
    List<OcrWord> before =
        words.stream().filter(w -> w.box().x + w.box().width <= squares.get(0).x + 2).toList();
    List<List<OcrWord>> options = new ArrayList<>();
    for (int i = 0; i < squares.size(); i++) {
      options.add(
          textAfter(
              squares.get(i),
              i + 1 < squares.size() ? squares.get(i + 1).x : Integer.MAX_VALUE,
              words));
    }
    List<String> texts =
        options.stream().map(o -> stripColon(Rows.join(o).replaceAll("[\\s　]+", ""))).toList();
    String label = stripColon(Rows.join(before).replaceAll("[\\s　]+", ""));
    if (!before.isEmpty()) {
      boolean choice =
          options.size() >= 2
              && labelLike(new Segment(before))
              && texts.stream()
                  .allMatch(t -> !t.isEmpty() && t.length() <= 12 && !SENTENCE.matcher(t).matches())
              && new HashSet<>(texts).size() == texts.size();
      if (choice) {
        used.add(row);
        Rectangle all = squares.stream().reduce(Rectangle::union).orElseThrow();
        for (List<OcrWord> o : options) {
          all = all.union(Rows.union(o));
        }
        add(named(label), label, FieldType.CHOICE, true, texts, List.of(), Rows.union(before), all);
      }
      return; // text before a lone box: not a form's check box line
    }
    for (int i = 0; i < squares.size(); i++) {
      String text = texts.get(i);
      double confidence =
          options.get(i).stream().mapToDouble(OcrWord::confidence).average().orElse(0);
      if (text.length() < 2
          || text.length() > 40
          || text.contains("。")
          || confidence < MIN_CONFIDENCE
          || !text.codePoints().anyMatch(FormProposer::isJapanese)) {
        continue;
      }
      used.add(row);
      add(
          named(text),
          text,
          FieldType.CHECKBOX,
          true,
          List.of(),
          List.of(),
          Rows.union(options.get(i)),
          squares.get(i));
    }
  }

  /** The first word starting just right of a box, or null: a box without its text is no field. */
  private OcrWord textRightOf(Rectangle square, Row row) {
    int from = square.x + square.width - textHeight / 4;
    int to = square.x + square.width + (int) (1.5 * textHeight);
    return row.words().stream()
        .filter(w -> !MARK_GLYPH.matcher(w.text().strip()).matches())
        .filter(w -> !covers(square, w.box()))
        .filter(w -> w.box().x >= from && w.box().x <= to)
        .findFirst()
        .orElse(null);
  }

  /** The words after a box up to the next box or a wide gap: an option's or a check box's text. */
  private List<OcrWord> textAfter(Rectangle square, int next, List<OcrWord> words) {
    List<OcrWord> text = new ArrayList<>();
    int edge = square.x + square.width;
    for (OcrWord w : words) {
      if (w.box().x < square.x + square.width / 2 || w.box().x >= next) {
        continue;
      }
      if (w.box().x - edge > 1.5 * textHeight) {
        break;
      }
      text.add(w);
      edge = w.box().x + w.box().width;
    }
    return text;
  }

  /** A label and options separated by ・ (有・無), one of them circled by the writer. */
  private void circledChoice(Row row) {
    List<Segment> segments = row.segments();
    if (segments.size() != 2 || !labelLike(segments.get(0))) {
      return;
    }
    String[] options = segments.get(1).compact().split("・");
    options = Arrays.stream(options).map(String::strip).toArray(String[]::new);
    if (options.length < 2
        || options.length > 6
        || Arrays.stream(options)
            .anyMatch(o -> o.isEmpty() || o.length() > 8 || ValueKinds.hasDigit(o))) {
      return;
    }
    String label = label(segments.get(0));
    used.add(row);
    add(
        named(label),
        label,
        FieldType.CHOICE,
        true,
        List.of(options),
        List.of(),
        segments.get(0).box(),
        segments.get(1).box());
  }

  /** Check boxes on a row, left to right, from the pixels and from □-like glyphs OCR read. */
  private List<Rectangle> squares(Row row) {
    List<Rectangle> found = new ArrayList<>();
    for (OcrWord w : row.words()) {
      if (MARK_GLYPH.matcher(w.text().strip()).matches()) {
        found.add(new Rectangle(w.box()));
      }
    }
    if (image != null) {
      Rectangle box = row.box();
      Rectangle band =
          new Rectangle(0, box.y - textHeight / 2, image.getWidth(), box.height + textHeight);
      List<Rectangle> known =
          row.words().stream()
              .filter(w -> !MARK_GLYPH.matcher(w.text().strip()).matches())
              // a box is often read as one character (口, 田, 上), or read with low confidence
              .filter(
                  w -> !(BOX_LOOKALIKE.matcher(w.text().strip()).matches() || w.confidence() < 40))
              .map(w -> new Rectangle(w.box()))
              .toList();
      int height =
          row.words().stream()
              .mapToInt(w -> w.box().height)
              .sorted()
              .skip(row.words().size() / 2)
              .findFirst()
              .orElse(textHeight);
      for (Rectangle square : CheckBoxSquares.find(image, band, height, known)) {
        if (found.stream().noneMatch(f -> f.intersects(square))) {
          found.add(square);
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.x, b.x));
    return found;
  }

  private static boolean covers(Rectangle square, Rectangle word) {
    Rectangle common = square.intersection(word);
    return !common.isEmpty() && common.width * common.height * 2 >= word.width * word.height;
  }

  // ---- label/value pairs

  /** Label then value on a row (or a colon between them), or a label with its value below. */
  private void pairs(int index) {
    Row row = rows.get(index);
    List<Segment> segments = splitAtColons(row.segments());
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      if (usedSegments.contains(s) || !labelLike(s)) {
        continue;
      }
      Segment next = i + 1 < segments.size() ? segments.get(i + 1) : null;
      if (next != null && value(next) && !usedSegments.contains(next)) {
        labelled(s, next);
        usedSegments.add(next);
        i++;
      } else if (next == null || labelWord(next)) {
        below(index, s).ifPresent(v -> labelled(s, v));
      }
    }
    // a label and its value within one segment: TEL 03-1234-5678, 登録番号 T1234567890123
    for (Segment s : segments) {
      if (!usedSegments.contains(s) && !labelLike(s)) {
        inlinePair(s);
      }
    }
  }

  private void inlinePair(Segment s) {
    if (usedSegments.contains(s)) {
      return;
    }
    List<OcrWord> words = s.words();
    String compact = s.compact();
    // one OCR word holding both: 登録番号T1234567890123
    for (int cut = Math.min(MAX_LABEL, compact.length() - 1); cut >= 2; cut--) {
      String head = compact.substring(0, cut);
      String tail = compact.substring(cut);
      if ((Vocabulary.isFormWord(head) || LATIN_LABEL.matcher(head).matches())
          && ValueKinds.typed(tail)
          && (printed == null || allPrinted(new Segment(words.subList(0, 1))))) {
        Rectangle box = s.box();
        int split = box.x + box.width * cut / compact.length();
        usedSegments.add(s);
        add(
            named(head),
            head,
            ValueKinds.of(tail),
            true,
            List.of(),
            List.of(),
            new Rectangle(box.x, box.y, split - box.x, box.height),
            new Rectangle(split, box.y, box.x + box.width - split, box.height));
        return;
      }
    }
    for (int cut = 1; cut < words.size(); cut++) {
      Segment head = new Segment(words.subList(0, cut));
      Segment tail = new Segment(words.subList(cut, words.size()));
      if (labelLike(head) && labelWord(head) && ValueKinds.typed(tail.text())) {
        labelled(head, tail);
        return;
      }
    }
  }

  /** The value under a label: the first segment of the next rows that starts under it. */
  private Optional<Segment> below(int index, Segment label) {
    Rectangle l = label.box();
    for (int i = index + 1; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (row.box().y > l.y + l.height + 4 * textHeight) {
        break;
      }
      List<Segment> segments = row.segments();
      for (int j = 0; j < segments.size(); j++) {
        Segment s = segments.get(j);
        Rectangle v = s.box();
        boolean under = v.x >= l.x - 2 * textHeight && v.x <= l.x + 4 * textHeight;
        if (under && !usedSegments.contains(s) && !used.contains(row)) {
          // a value with a label of its own on its left belongs to that label
          boolean ownLabel = j > 0 && labelWord(segments.get(j - 1));
          if (value(s) && !ownLabel) {
            usedSegments.add(s);
            return Optional.of(s);
          }
          return Optional.empty(); // the next label under this one: no value between
        }
      }
    }
    return Optional.empty();
  }

  // organisations named without a label (an invoice's issuer in its corner block)
  private static final Pattern ORGANISATION = Pattern.compile(".*(株式会社|有限会社|合同会社|法人|協同組合|組合).*");

  /**
   * A typed value standing alone (a date above the title, TEL and 〒 lines, the issuer's name): a
   * field found by where it is, named by what it holds.
   */
  private void unlabelled(Row row) {
    for (Segment s : row.segments()) {
      if (usedSegments.contains(s) || (printed != null && allPrinted(s))) {
        continue;
      }
      String text = s.compact();
      FieldType type = ValueKinds.of(s.text());
      String label =
          switch (type) {
            case DATE -> "日付";
            case PHONE -> "電話番号";
            case POSTAL_CODE -> "郵便番号";
            case INVOICE_REGISTRATION_NUMBER -> "登録番号";
            default -> text.length() <= 30 && ORGANISATION.matcher(text).matches() ? "名称" : null;
          };
      if (label == null) {
        continue;
      }
      Rectangle box = s.box();
      int margin = 2 * textHeight;
      double left = Math.max(0, box.x - margin) / (double) width;
      double top = Math.max(0, box.y - margin) / (double) height;
      double right = Math.min(width, box.x + box.width + margin) / (double) width;
      double bottom = Math.min(height, box.y + box.height + margin) / (double) height;
      usedSegments.add(s);
      add(
          named(label),
          label,
          type,
          true,
          List.of(),
          List.of(),
          null,
          box,
          new Zone(left, top, right - left, bottom - top));
    }
  }

  private void labelled(Segment labelSegment, Segment valueSegment) {
    String label = label(labelSegment);
    if (label.isEmpty()) {
      return;
    }
    usedSegments.add(labelSegment);
    FieldType type = ValueKinds.of(valueSegment.text());
    add(
        named(label),
        label,
        type,
        true,
        List.of(),
        List.of(),
        labelSegment.box(),
        valueSegment.box());
  }

  /** Segments cut after a colon: 氏名：山田太郎 is a label and a value. */
  private List<Segment> splitAtColons(List<Segment> segments) {
    List<Segment> out = new ArrayList<>();
    for (Segment s : segments) {
      List<OcrWord> words = s.words();
      int cut = -1;
      for (int i = 0; i < words.size(); i++) {
        String t = words.get(i).text().strip();
        if (t.length() > 0 && COLON.matcher(t.substring(t.length() - 1)).matches()) {
          cut = i + 1;
          break;
        }
      }
      if (cut > 0 && cut < words.size()) {
        Segment head = new Segment(words.subList(0, cut));
        if (labelLike(head)) {
          out.add(head);
          out.add(new Segment(words.subList(cut, words.size())));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }

  // ---- what a segment is

  /** A label's shape: short, no digits, not a sentence or an addressee; printed on the blank. */
  private boolean labelLike(Segment s) {
    String text = stripColon(s.compact());
    if (text.isEmpty()
        || text.length() > MAX_LABEL
        || ValueKinds.hasDigit(text)
        || ADDRESSEE.matcher(text).matches()
        || SENTENCE.matcher(text).matches()
        || !text.codePoints().anyMatch(FormProposer::isJapanese)) {
      return LATIN_LABEL.matcher(text).matches() && (printed == null || allPrinted(s));
    }
    return printed == null || allPrinted(s);
  }

  /** A label made only of form words (申請日, 氏名): never a value. */
  private boolean labelWord(Segment s) {
    if (printed != null) {
      return allPrinted(s) && labelLike(s);
    }
    String text = stripColon(s.compact());
    return labelLike(s) && text.length() >= 2 && Vocabulary.isFormWord(text);
  }

  /** What a value may be: added by the writer, or anything but a form word. */
  private boolean value(Segment s) {
    if (printed != null) {
      return s.words().stream().anyMatch(w -> !printed.contains(w));
    }
    return !labelWord(s) || ValueKinds.typed(s.text());
  }

  private boolean allPrinted(Segment s) {
    return s.words().stream().allMatch(printed::contains);
  }

  private static boolean isJapanese(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  private static String label(Segment s) {
    return stripColon(s.compact());
  }

  private static String stripColon(String text) {
    return text.replaceAll("[：:]+$", "").strip();
  }

  // ---- names

  private String named(String label) {
    return Romaji.camelCase(label).orElseGet(() -> "field" + (++unnamed));
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = name + n;
    }
    return candidate;
  }

  private void add(
      String name,
      String label,
      FieldType type,
      boolean required,
      List<String> options,
      List<Proposal.Column> columns,
      Rectangle labelBox,
      Rectangle valueBox) {
    add(name, label, type, required, options, columns, labelBox, valueBox, null);
  }

  private void add(
      String name,
      String label,
      FieldType type,
      boolean required,
      List<String> options,
      List<Proposal.Column> columns,
      Rectangle labelBox,
      Rectangle valueBox,
      Zone zone) {
    // the template loader refuses a label two fields share: the first one keeps it
    if (!labels.add(Widths.fold(label).replaceAll("\\s+", "").toLowerCase(Locale.ROOT))) {
      return;
    }
    fields.add(
        new Proposal.Field(
            unique(name, names),
            label,
            type,
            required,
            MIN_CONFIDENCE,
            options,
            columns,
            labelBox,
            valueBox,
            zone));
  }

  /** Calls {@code step} with the index of each row no earlier step has taken, in page order. */
  private void forEachUnusedRow(java.util.function.IntConsumer step) {
    for (int i = 0; i < rows.size(); i++) {
      if (!used.contains(rows.get(i))) {
        step.accept(i);
      }
    }
  }
}
