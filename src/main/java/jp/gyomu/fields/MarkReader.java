package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;

/**
 * Reads {@code checkbox} and {@code choice} fields from the pixels of the boxes beside labels.
 *
 * <p>A check box is the square nearest its label on the label's line (before or after it), found in
 * the page image whether OCR read it as □, 口 or nothing ({@link SquareFinder}); it is marked when
 * strokes cover enough of its inside ({@link BoxFill}): filled ■, ☑, a pen's ✓ or ✗. A label
 * circled by pen (◯) counts as marked too ({@link CircleFinder}). A choice finds each option's text
 * after its label (on the label's line, else on the next lines), takes the boxes on the side where
 * every option has one, and answers the one option marked; none or several marked is invalid, so a
 * person decides.
 */
final class MarkReader {

  // characters OCR makes of boxes and marks: never taken for text
  private static final String MARK_GLYPHS = "□■☐☑☒✓✔✗✘口ロ回図国田囗◻◼▢▣レ";
  private static final String MARKED_GLYPHS = "■☑☒✓✔✗✘◼▣";
  private static final String EMPTY_GLYPHS = "□☐◻▢";
  // characters OCR makes of a pen's circle: never taken for text either
  private static final String CIRCLE_GLYPHS = "()（）〇○◯Oo0C〔〕「」";
  // a word below this confidence is not taken for text (a box OCR read as a glyph may be)
  static final float TEXT_CONFIDENCE = 70;
  // a mark read from an OCR glyph alone is less sure than one measured in pixels
  private static final float GLYPH_TRUST = 0.8f;
  private static final double LINES_BELOW = 3; // text heights below a label where options may be
  private static final int POINTS_OF_TEXT = 10;
  // an option whose place was inferred (OCR missed it, often because it is circled) is less sure
  private static final float INFERRED_TRUST = 80;
  // a character box taller than this many times its width reaches beyond its glyph
  private static final double TALL = 1.5;
  // an option's text is at least this many text heights wide per character
  private static final double NARROWEST = 0.7;
  // and no character is this many text heights wide
  private static final double WIDEST_GLYPH = 1.6;

  private record Place(int lineIndex, TextLine line, int start, int end, Rectangle box) {}

  private MarkReader() {}

  static ExtractedField read(
      FieldDefinition field, FieldPage page, int pageIndex, PageLabels labels) {
    Optional<BufferedImage> image = page.image();
    if (image.isEmpty()) {
      return ExtractedField.missing(field, Reason.of(ReasonCode.NO_PAGE_IMAGE, field.type().id()));
    }
    int dpi = page.text().dpi() > 0 ? page.text().dpi() : 200;
    return switch (field.type()) {
      case CHECKBOX -> checkbox(field, image.get(), dpi, pageIndex, labels);
      case CHOICE -> choice(field, image.get(), dpi, pageIndex, labels);
      default -> throw new IllegalArgumentException(field.type().id() + " is not read from marks");
    };
  }

  private static ExtractedField checkbox(
      FieldDefinition field, BufferedImage image, int dpi, int pageIndex, PageLabels labels) {
    Optional<Place> label = label(field, labels);
    if (label.isEmpty()) {
      return field.zone() == null
          ? ExtractedField.missing(
              field, Reason.of(ReasonCode.LABEL_NOT_FOUND, String.join(", ", field.anchors())))
          : unlabelledBox(field, image, dpi, pageIndex, labels);
    }
    Place place = label.get();
    int height = CharBoxes.height(place.line(), place.start(), place.end());
    height = height > 0 ? height : defaultHeight(dpi);
    BoxSearch search = boxBeside(place, image, height, labels);
    int textHeight = textHeight(place.line(), place.start(), place.end(), dpi);
    if (search.box().isEmpty() && textHeight < height) {
      // measured without the characters OCR boxed into the lines around (者 82 px tall in a label
      // 35 tall), which make the box expected twice its size
      search = boxBeside(place, image, textHeight, labels);
    }
    MarkArea area = search.area();
    Optional<MarkArea.Box> box = search.box();
    CircleFinder.Circle circle = area.circle(place.box());
    if (box.isPresent()) {
      MarkArea.Box b = box.get();
      boolean marked = b.marked() || circle.circled();
      float confidence =
          b.marked()
              ? b.confidence()
              : circle.circled()
                  ? circle.confidence()
                  : Math.min(b.confidence(), circle.confidence());
      Reason caveat = !b.marked() && circle.circled() ? Reason.of(ReasonCode.LABEL_CIRCLED) : null;
      return result(
          field, marked, marked ? "☑" : "□", confidence, b.box(), pageIndex, caveat, b.share());
    }
    if (circle.circled()) {
      return result(
          field,
          true,
          "◯",
          circle.confidence(),
          place.box(),
          pageIndex,
          Reason.of(ReasonCode.NO_BOX_LABEL_CIRCLED),
          -1);
    }
    return glyphBeside(field, place, height, pageIndex)
        .orElseGet(
            () ->
                ExtractedField.missing(
                    field, Reason.of(ReasonCode.NO_CHECK_BOX_BESIDE_LABEL, labelText(place))));
  }

  private record BoxSearch(MarkArea area, Optional<MarkArea.Box> box) {}

  /** The check box beside a label, its characters {@code height} pixels tall. */
  private static BoxSearch boxBeside(
      Place place, BufferedImage image, int height, PageLabels labels) {
    MarkArea area =
        MarkArea.around(
            image,
            List.of(place.box()),
            height,
            knownText(
                labels,
                place.box(),
                height,
                CharBoxes.eachOfLabel(place.line(), place.start(), place.end()),
                place));
    Optional<MarkArea.Box> box = area.boxBeside(place.box(), null);
    if (box.isEmpty()) {
      box = area.boxOverText(place.box(), null);
    }
    if (box.isEmpty()) {
      // the box OCR read as part of the label's end word stands beside the label's own text
      box =
          withoutFusedBox(place, image, height)
              .flatMap(
                  text ->
                      MarkArea.around(image, List.of(text), height, List.of(text))
                          .boxBeside(text, null));
    }
    return new BoxSearch(area, box);
  }

  /**
   * The label without a check box OCR read as one word with its first (or last) characters, found
   * in the pixels ({@link BoxInWord}): a ticked box's stroke above the text makes the word taller,
   * so it does not look wider than its characters to {@link CharBoxes#ofLabel} (現在 175 px wide and
   * 61 tall for text 42 tall).
   */
  private static Optional<Rectangle> withoutFusedBox(Place place, BufferedImage image, int height) {
    TextLine line = place.line();
    for (int end : new int[] {place.start(), place.end() - 1}) {
      OcrWord word = line.wordAt(end);
      if (word == null) {
        continue;
      }
      Optional<Rectangle> beyond = beyondBoxWord(place, word, end == place.start(), image, height);
      if (beyond.isPresent()) {
        return beyond;
      }
      Rectangle text = BoxInWord.textPart(image, word.box(), word.text().length(), height);
      if (text.equals(word.box())) {
        continue;
      }
      Rectangle rest = null;
      for (int i = place.start(); i < place.end(); i++) {
        Rectangle own = line.wordAt(i) == word ? text : CharBoxes.of(line, i);
        if (own != null) {
          rest = rest == null ? own : rest.union(own);
        }
      }
      return Optional.ofNullable(rest);
    }
    return Optional.empty();
  }

  /**
   * The label's text beyond its end word when that word is a check box: OCR gave the box the word's
   * characters (□国民 as one word whose box covers the □ alone), so the word is far narrower than its
   * characters and a square fills it; the label's own glyphs stand after it (before it for the
   * label's last word).
   */
  private static Optional<Rectangle> beyondBoxWord(
      Place place, OcrWord word, boolean first, BufferedImage image, int height) {
    Rectangle w = word.box();
    if (w.width >= NARROWEST * height * word.text().length()) {
      return Optional.empty();
    }
    int pad = (int) Math.ceil(0.2 * height);
    Rectangle around = new Rectangle(w.x - pad, w.y - pad, w.width + 2 * pad, w.height + 2 * pad);
    for (Rectangle square : MarkArea.within(image, around, height, List.of()).boxes()) {
      Rectangle common = square.intersection(w);
      boolean fills =
          !common.isEmpty()
              && 4L * common.width * common.height >= 3L * w.width * w.height
              && Math.min(square.width, square.height) >= MarkArea.GLYPH_PART * height;
      int right = square.x + square.width;
      int labelRight = place.box().x + place.box().width;
      if (fills && first && labelRight - right > height) {
        return Optional.of(
            new Rectangle(right + 1, place.box().y, labelRight - right - 1, place.box().height));
      }
      if (fills && !first && square.x - place.box().x > height) {
        return Optional.of(
            new Rectangle(
                place.box().x, place.box().y, square.x - 1 - place.box().x, place.box().height));
      }
    }
    return Optional.empty();
  }

  /** A field with a zone and no label found: the first box in the zone. */
  private static ExtractedField unlabelledBox(
      FieldDefinition field, BufferedImage image, int dpi, int pageIndex, PageLabels labels) {
    Zone zone = field.zone();
    Rectangle region =
        new Rectangle(
            (int) (zone.left() * image.getWidth()),
            (int) (zone.top() * image.getHeight()),
            (int) Math.ceil(zone.width() * image.getWidth()),
            (int) Math.ceil(zone.height() * image.getHeight()));
    int height = typicalHeight(labels, dpi);
    MarkArea area =
        MarkArea.within(image, region, height, knownText(labels, region, 0, List.of(), null));
    return area.firstBox()
        .map(
            b ->
                result(
                    field,
                    b.marked(),
                    b.marked() ? "☑" : "□",
                    b.confidence(),
                    b.box(),
                    pageIndex,
                    Reason.of(ReasonCode.FIRST_BOX_IN_ZONE, String.join(", ", field.anchors())),
                    b.share()))
        .orElseGet(
            () ->
                ExtractedField.missing(
                    field,
                    Reason.of(
                        ReasonCode.LABEL_NOT_FOUND_NOR_BOX_IN_ZONE,
                        String.join(", ", field.anchors()))));
  }

  private static ExtractedField choice(
      FieldDefinition field, BufferedImage image, int dpi, int pageIndex, PageLabels labels) {
    Optional<Place> label = label(field, labels);
    if (label.isEmpty()) {
      label = misreadBeforePlacedOptions(field, image, dpi, labels);
    }
    if (label.isEmpty() && field.zone() == null) {
      return ExtractedField.missing(
          field, Reason.of(ReasonCode.LABEL_NOT_FOUND, String.join(", ", field.anchors())));
    }
    List<OptionText.Found> words = options(field, label, labels);
    int height =
        label
            .map(p -> textHeight(p.line(), p.start(), p.end(), words, dpi))
            .orElse(typicalHeight(labels, dpi));
    List<OptionText.Found> ocr = words.stream().map(o -> textPart(o, image, height)).toList();
    List<OptionText.Found> read =
        ocr.isEmpty() && label.isPresent()
            ? fromInk(field, image, label.get(), height, labels)
            : ocr;
    if (read.isEmpty()) {
      return ExtractedField.missing(
          field,
          label.isPresent()
              ? Reason.of(
                  ReasonCode.OPTIONS_NOT_BESIDE_LABEL,
                  String.join(", ", field.options()),
                  labelText(label.get()))
              : Reason.of(
                  ReasonCode.LABELS_NOR_OPTIONS_FOUND,
                  String.join(", ", field.anchors()),
                  String.join(", ", field.options())));
    }
    Rectangle start =
        label
            .map(Place::box)
            .filter(b -> b.y < read.get(0).box().getCenterY())
            .filter(b -> b.y + b.height > read.get(0).box().getCenterY())
            .orElse(null);
    List<OptionText.Found> options =
        read.size() == field.options().size()
            ? read
            : UnreadOption.infer(
                image,
                field.options(),
                read,
                start,
                height,
                lineBoxes(image, union(read), height, labels, label.orElse(null)));
    List<String> inferred =
        options.stream().filter(o -> !ocr.contains(o)).map(OptionText.Found::text).toList();
    List<Rectangle> boxes = options.stream().map(OptionText.Found::box).toList();
    Rectangle union = boxes.stream().reduce(Rectangle::union).orElseThrow();
    List<Rectangle> own = new ArrayList<>(boxes);
    label.ifPresent(p -> own.addAll(CharBoxes.eachOfLabel(p.line(), p.start(), p.end())));
    MarkArea area =
        MarkArea.around(
            image,
            boxes,
            height,
            withoutCircles(
                knownText(labels, union, height, own, label.orElse(null)), boxes, height));
    MarkArea.Side side = side(area, options);
    List<String> marked = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    float confidence = 100;
    Rectangle markedBox = null;
    Rectangle like = side == null ? null : typicalBox(area, options, side);
    for (OptionText.Found option : options) {
      Optional<MarkArea.Box> box =
          side == null ? Optional.empty() : area.boxBeside(option.box(), side);
      if (like != null && box.map(b -> !MarkArea.alike(b.box(), like)).orElse(true)) {
        // a choice prints its boxes alike: a square of another size nearer the text is part of a
        // glyph (the 匚 of 区), and the option's own box stands beyond it
        Optional<MarkArea.Box> alike = area.boxLike(option.box(), side, like);
        box = alike.isPresent() ? alike : box;
      }
      CircleFinder.Circle circle = area.circle(option.box());
      boolean boxMarked = box.map(MarkArea.Box::marked).orElse(false);
      boolean isMarked = boxMarked || circle.circled();
      float sure =
          boxMarked
              ? box.get().confidence()
              : circle.circled()
                  ? circle.confidence()
                  : Math.min(box.map(MarkArea.Box::confidence).orElse(100f), circle.confidence());
      confidence = Math.min(confidence, sure);
      if (isMarked) {
        marked.add(option.text());
        markedBox = box.map(b -> b.box().union(option.box())).orElse(option.box());
      }
      seen.add(
          (circle.circled() ? "◯" : "")
              + (box.isEmpty() ? "" : boxMarked ? "☑" : "□")
              + option.text());
    }
    String raw = String.join(" ", seen);
    List<String> unseen =
        field.options().stream()
            .filter(o -> options.stream().noneMatch(found -> found.text().equals(o)))
            .toList();
    if (marked.size() != 1) {
      Reason reason =
          marked.isEmpty()
              ? Reason.of(ReasonCode.NOTHING_CHOSEN)
              : Reason.of(ReasonCode.SEVERAL_CHOSEN, String.join(", ", marked));
      if (!unseen.isEmpty()) {
        reason = Reason.of(ReasonCode.OPTIONS_UNSEEN, String.join(", ", unseen)).because(reason);
      }
      return new ExtractedField(
          field.name(),
          null,
          raw,
          confidence,
          confidence,
          union,
          pageIndex,
          ExtractedField.Status.INVALID,
          List.of(reason),
          field.required());
    }
    if (!unseen.isEmpty()) {
      // an option not read may be marked as well
      confidence = Math.min(confidence, field.minConfidence() - 1f);
    }
    List<Reason> caveat = new ArrayList<>();
    if (!unseen.isEmpty()) {
      caveat.add(Reason.of(ReasonCode.OPTION_NOT_ON_PAGE, String.join(", ", unseen)));
    }
    if (!inferred.isEmpty()) {
      confidence = Math.min(confidence, INFERRED_TRUST);
      caveat.add(Reason.of(ReasonCode.OPTION_PLACE_INFERRED, String.join(", ", inferred)));
    }
    return result(
        field, marked.get(0), raw, Math.max(0, confidence), markedBox, pageIndex, caveat, -1);
  }

  /**
   * An option's own text without what OCR took in with it: a pen's circle round it (OCR reads a
   * circled 女 as a box twice the text's height, with or without the circle's sides as brackets) and
   * a check box merged into it.
   */
  private static OptionText.Found textPart(
      OptionText.Found option, BufferedImage image, int height) {
    Rectangle text = CircledWord.textPart(image, option.box(), height);
    if (!option.inCircle() && text.width < NARROWEST * height * option.text().length()) {
      // too narrow for its characters: the cut went through the text (a box fused to its end)
      text = option.box();
    }
    boolean circled = option.inCircle() || !text.equals(option.box());
    Rectangle own =
        BoxInWord.textPart(
            image, text, option.text().length(), height, option.first(), option.last());
    if (own.equals(text) && !circled) {
      // a circle's sides reach out of the word too: only an uncircled option is looked at so
      own =
          BoxInWord.beyondEnd(
              image, text, option.text().length(), height, option.first(), option.last());
    }
    return new OptionText.Found(option.text(), own, circled);
  }

  /**
   * The options placed by the ink after the label on its line, when OCR read none of them there;
   * the check boxes on the line are left out of that ink.
   */
  private static List<OptionText.Found> fromInk(
      FieldDefinition field, BufferedImage image, Place label, int height, PageLabels labels) {
    Rectangle line =
        new Rectangle(
            label.box().x + label.box().width,
            label.box().y,
            image.getWidth() - label.box().x - label.box().width,
            label.box().height);
    return UnreadOption.fromInk(
        image, field.options(), label.box(), height, lineBoxes(image, line, height, labels, label));
  }

  /**
   * The check boxes on a line of options, whose ink is no option's: the largest squares, when at
   * least two are alike (a choice prints one box per option; squares in glyphs, such as the 月 in 有,
   * are smaller and rarely alike).
   */
  private static List<Rectangle> lineBoxes(
      BufferedImage image, Rectangle line, int height, PageLabels labels, Place label) {
    List<Rectangle> own =
        label == null ? List.of() : CharBoxes.eachOfLabel(label.line(), label.start(), label.end());
    List<Rectangle> squares =
        MarkArea.around(image, List.of(line), height, knownText(labels, line, height, own, label))
            .boxes()
            .stream()
            .filter(b -> Math.min(b.width, b.height) >= MarkArea.GLYPH_PART * height)
            .toList();
    Rectangle largest =
        squares.stream().max(Comparator.comparingInt(b -> b.width * b.height)).orElse(null);
    List<Rectangle> alike =
        squares.stream().filter(b -> largest != null && MarkArea.alike(b, largest)).toList();
    return alike.size() >= 2 ? alike : List.of();
  }

  /**
   * The options' boxes' usual size on their side: the box beside an option that is alike the most
   * of the others (the first on a tie).
   */
  private static Rectangle typicalBox(
      MarkArea area, List<OptionText.Found> options, MarkArea.Side side) {
    List<Rectangle> found =
        options.stream()
            .map(o -> area.boxBeside(o.box(), side))
            .flatMap(Optional::stream)
            .map(MarkArea.Box::box)
            .toList();
    Rectangle typical = null;
    long most = -1;
    for (Rectangle box : found) {
      long alike = found.stream().filter(b -> MarkArea.alike(b, box)).count();
      if (alike > most) {
        typical = box;
        most = alike;
      }
    }
    return typical;
  }

  private static Rectangle union(List<OptionText.Found> found) {
    return found.stream().map(OptionText.Found::box).reduce(Rectangle::union).orElseThrow();
  }

  /** The side of the options where most of them have a box; the nearer side on a tie. */
  private static MarkArea.Side side(MarkArea area, List<OptionText.Found> options) {
    int before = 0;
    int after = 0;
    long gapBefore = 0;
    long gapAfter = 0;
    for (OptionText.Found option : options) {
      Optional<MarkArea.Box> b = area.boxBeside(option.box(), MarkArea.Side.BEFORE);
      Optional<MarkArea.Box> a = area.boxBeside(option.box(), MarkArea.Side.AFTER);
      before += b.isPresent() ? 1 : 0;
      after += a.isPresent() ? 1 : 0;
      gapBefore += b.map(MarkArea.Box::gap).orElse(0);
      gapAfter += a.map(MarkArea.Box::gap).orElse(0);
    }
    if (before == 0 && after == 0) {
      return null;
    }
    if (before != after) {
      return before > after ? MarkArea.Side.BEFORE : MarkArea.Side.AFTER;
    }
    return gapBefore <= gapAfter ? MarkArea.Side.BEFORE : MarkArea.Side.AFTER;
  }

  /**
   * Each option's text after the label on its line (up to the next label), else on the lines just
   * below it up to one with another field's label; without a label, on the zone's line that holds
   * most of them.
   */
  private static List<OptionText.Found> options(
      FieldDefinition field, Optional<Place> label, PageLabels labels) {
    List<OptionText.Found> best = List.of();
    if (label.isPresent()) {
      Place place = label.get();
      int end = nextLabel(labels.hits().get(place.lineIndex()), field, place.end(), place.line());
      best = OptionText.find(field.options(), place.line(), place.end(), end, Integer.MIN_VALUE);
      int height = Math.max(1, place.box().height);
      for (int i = place.lineIndex() + 1;
          i < labels.lines().size() && best.size() < field.options().size();
          i++) {
        TextLine below = labels.lines().get(i);
        Rectangle box = CharBoxes.of(below, 0, below.text().length());
        if (box == null
            || box.y - (place.box().y + place.box().height) > LINES_BELOW * height
            || labelsOther(labels.hits().get(i), field)) {
          // a line with another field's label holds that field's options, not this one's
          break;
        }
        List<OptionText.Found> found =
            OptionText.find(
                field.options(), below, 0, below.text().length(), place.box().x - 2 * height);
        best = found.size() > best.size() ? found : best;
      }
      return best;
    }
    for (TextLine line : labels.lines()) {
      List<OptionText.Found> found =
          OptionText.find(field.options(), line, 0, line.text().length(), Integer.MIN_VALUE);
      best = found.size() > best.size() ? found : best;
    }
    return best;
  }

  private static boolean labelsOther(List<LabelHit> hits, FieldDefinition field) {
    return hits.stream().anyMatch(h -> h.exact() && !h.field().name().equals(field.name()));
  }

  private static int nextLabel(
      List<LabelHit> hits, FieldDefinition field, int from, TextLine line) {
    return hits.stream()
        .filter(h -> h.exact() && h.start() >= from && !h.field().name().equals(field.name()))
        .mapToInt(LabelHit::start)
        .min()
        .orElse(line.text().length());
  }

  /** An OCR glyph beside the label (■, ☑, □) when no box was found in the pixels. */
  private static Optional<ExtractedField> glyphBeside(
      FieldDefinition field, Place place, int height, int pageIndex) {
    TextLine line = place.line();
    for (int i = 0; i < line.text().length(); i++) {
      char c = line.text().charAt(i);
      boolean marked = MARKED_GLYPHS.indexOf(c) >= 0;
      if ((i >= place.start() && i < place.end()) || (!marked && EMPTY_GLYPHS.indexOf(c) < 0)) {
        continue;
      }
      Rectangle box = CharBoxes.of(line, i);
      OcrWord word = line.wordAt(i);
      int gap =
          box == null
              ? Integer.MAX_VALUE
              : Math.max(
                  place.box().x - (box.x + box.width), box.x - (place.box().x + place.box().width));
      if (box != null && gap <= MarkArea.REACH * height) {
        return Optional.of(
            result(
                field,
                marked,
                String.valueOf(c),
                word.confidence() * GLYPH_TRUST,
                box,
                pageIndex,
                Reason.of(ReasonCode.GLYPH_MARK, c),
                -1));
      }
    }
    return Optional.empty();
  }

  private static ExtractedField result(
      FieldDefinition field,
      Object value,
      String raw,
      float confidence,
      Rectangle box,
      int pageIndex,
      Reason caveat,
      double share) {
    return result(
        field,
        value,
        raw,
        confidence,
        box,
        pageIndex,
        caveat == null ? List.of() : List.of(caveat),
        share);
  }

  private static ExtractedField result(
      FieldDefinition field,
      Object value,
      String raw,
      float confidence,
      Rectangle box,
      int pageIndex,
      List<Reason> caveats,
      double share) {
    boolean low = confidence < field.minConfidence();
    List<Reason> reason = new ArrayList<>();
    if (low) {
      int below = (int) Math.floor(confidence);
      reason.add(
          share >= 0
              ? Reason.of(
                  ReasonCode.MARK_UNCLEAR_INK,
                  below,
                  field.minConfidence(),
                  String.format("%.1f", 100 * share))
              : Reason.of(ReasonCode.MARK_UNCLEAR, below, field.minConfidence()));
    }
    reason.addAll(caveats);
    return new ExtractedField(
        field.name(),
        value,
        raw,
        confidence,
        confidence,
        box,
        pageIndex,
        low ? ExtractedField.Status.LOW_CONFIDENCE : ExtractedField.Status.OK,
        reason,
        field.required());
  }

  /** The field's best label on the page: exact before misread, preferred variant, then top. */
  private static Optional<Place> label(FieldDefinition field, PageLabels labels) {
    Place best = null;
    LabelHit bestHit = null;
    Comparator<LabelHit> order =
        Comparator.comparing((LabelHit h) -> !h.exact()).thenComparingInt(LabelHit::anchorRank);
    for (int i = 0; i < labels.lines().size(); i++) {
      TextLine line = labels.lines().get(i);
      for (LabelHit hit : labels.hits().get(i)) {
        Rectangle box =
            CharBoxes.eachOfLabel(line, hit.start(), hit.end()).stream()
                .reduce(Rectangle::union)
                .orElse(null);
        if (hit.field().name().equals(field.name())
            && box != null
            && (bestHit == null || order.compare(hit, bestHit) < 0)) {
          best = new Place(i, line, hit.start(), hit.end(), box);
          bestHit = hit;
        }
      }
    }
    if (best == null) {
      // a long label read with a word twice or a box fused to it
      MarkLabel.Hit hit = MarkLabel.find(field, labels);
      if (hit != null) {
        TextLine line = labels.lines().get(hit.lineIndex());
        Rectangle box =
            CharBoxes.eachOfLabel(line, hit.start(), hit.end()).stream()
                .reduce(Rectangle::union)
                .orElse(null);
        if (box != null) {
          best = new Place(hit.lineIndex(), line, hit.start(), hit.end(), box);
        }
      }
    }
    if (best == null && field.type() == FieldType.CHOICE) {
      best = shortMisread(field, labels);
    }
    if (best == null && field.type() == FieldType.CHOICE) {
      best = misreadBeforeOptions(field, labels);
    }
    return Optional.ofNullable(best);
  }

  /**
   * A choice's two-character label read with one character wrong (性史 for 性別), as a whole cell
   * ({@link LabelFinder#shortMisread}), on a line where some of its options follow it: the top one.
   */
  private static Place shortMisread(FieldDefinition field, PageLabels labels) {
    for (int i = 0; i < labels.lines().size(); i++) {
      TextLine line = labels.lines().get(i);
      for (LabelHit hit : LabelFinder.shortMisread(field, line, labels.hits().get(i))) {
        Rectangle box =
            CharBoxes.eachOfLabel(line, hit.start(), hit.end()).stream()
                .reduce(Rectangle::union)
                .orElse(null);
        int end = nextLabel(labels.hits().get(i), field, hit.end(), line);
        if (box != null
            && !OptionText.find(field.options(), line, hit.end(), end, Integer.MIN_VALUE)
                .isEmpty()) {
          return new Place(i, line, hit.start(), hit.end(), box);
        }
      }
    }
    return null;
  }

  /**
   * A choice's label read with up to half its characters wrong (参金種上 for 預金種目, {@link
   * MarkLabel#loose}), on a line where all its options follow it before any other label: the
   * options confirm what the label alone cannot. The closest such label.
   */
  private static Place misreadBeforeOptions(FieldDefinition field, PageLabels labels) {
    for (MarkLabel.Hit hit : MarkLabel.loose(field, labels)) {
      TextLine line = labels.lines().get(hit.lineIndex());
      int end = nextLabel(labels.hits().get(hit.lineIndex()), field, hit.end(), line);
      Rectangle box =
          CharBoxes.eachOfLabel(line, hit.start(), hit.end()).stream()
              .reduce(Rectangle::union)
              .orElse(null);
      if (box != null
          && OptionText.find(field.options(), line, hit.end(), end, Integer.MIN_VALUE).size()
              == field.options().size()) {
        return new Place(hit.lineIndex(), line, hit.start(), hit.end(), box);
      }
    }
    return null;
  }

  /**
   * A choice's label read with up to half its characters wrong (個者の有無 for 配偶者の有無, 預金和 for 預金種目), on
   * a line where some of its options follow it and the others are placed in the ink after them, in
   * the template's order, one word of ink each ({@link UnreadOption}): a circled option OCR
   * skipped. Every option accounted for confirms the label; the closest such label.
   */
  private static Optional<Place> misreadBeforePlacedOptions(
      FieldDefinition field, BufferedImage image, int dpi, PageLabels labels) {
    for (MarkLabel.Hit hit : MarkLabel.loose(field, labels)) {
      TextLine line = labels.lines().get(hit.lineIndex());
      Rectangle box =
          CharBoxes.eachOfLabel(line, hit.start(), hit.end()).stream()
              .reduce(Rectangle::union)
              .orElse(null);
      if (box == null) {
        continue;
      }
      Place place = new Place(hit.lineIndex(), line, hit.start(), hit.end(), box);
      int height = textHeight(line, hit.start(), hit.end(), dpi);
      int end = nextLabel(labels.hits().get(hit.lineIndex()), field, hit.end(), line);
      List<OptionText.Found> read =
          OptionText.find(field.options(), line, hit.end(), end, Integer.MIN_VALUE).stream()
              .map(o -> textPart(o, image, height))
              .toList();
      if (read.isEmpty()) {
        continue;
      }
      List<OptionText.Found> all =
          UnreadOption.infer(
              image,
              field.options(),
              read,
              box,
              height,
              lineBoxes(image, union(read), height, labels, place));
      if (all.size() == field.options().size() && placedCircled(image, all, read, height)) {
        return Optional.of(place);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether an option placed in the ink is circled: the reason OCR skipped it, and what confirms a
   * loose label where one option read alone does not.
   */
  private static boolean placedCircled(
      BufferedImage image, List<OptionText.Found> all, List<OptionText.Found> read, int height) {
    List<Rectangle> boxes = all.stream().map(OptionText.Found::box).toList();
    MarkArea area = MarkArea.around(image, boxes, height, boxes);
    return all.stream()
        .filter(o -> !read.contains(o))
        .anyMatch(o -> area.circle(o.box()).circled());
  }

  private static String labelText(Place place) {
    return place.line().text().substring(place.start(), place.end());
  }

  /**
   * Characters near a place that are surely text: OCR read them confidently, and they are neither a
   * box nor a pen's circle as OCR reads those. What OCR merged into the label's first word before
   * the label (a box read as 較) is not counted.
   */
  private static List<Rectangle> knownText(
      PageLabels labels, Rectangle near, int height, List<Rectangle> own, Place label) {
    Rectangle band =
        new Rectangle(
            near.x - 10 * height,
            near.y - 3 * height,
            near.width + 20 * height,
            near.height + 6 * height);
    List<Rectangle> known = new ArrayList<>(own);
    for (TextLine line : labels.lines()) {
      for (int i = 0; i < line.text().length(); i++) {
        char c = line.text().charAt(i);
        OcrWord word = line.wordAt(i);
        Rectangle box =
            label != null && line == label.line()
                ? CharBoxes.ofLabel(line, i, label.start())
                : CharBoxes.of(line, i);
        if (word != null
            && box != null
            && box.intersects(band)
            && !tooWide(box, height)
            && japanese(c)
            && word.confidence() >= TEXT_CONFIDENCE
            && MARK_GLYPHS.indexOf(c) < 0
            && CIRCLE_GLYPHS.indexOf(c) < 0) {
          known.add(box);
        }
      }
    }
    return known;
  }

  /**
   * Whether a character's box is far wider than any glyph: OCR read a check box with the character
   * beside it as one confident character (□男 as 品, ☑ as 以 over the box and the gap), so it is no
   * proof that the box is text.
   */
  private static boolean tooWide(Rectangle box, int height) {
    return height > 0 && box.width > WIDEST_GLYPH * height;
  }

  /**
   * Known text without the OCR boxes that took in a pen's circle round an option (much taller than
   * the text and over the option): their ink is the circle's.
   */
  private static List<Rectangle> withoutCircles(
      List<Rectangle> known, List<Rectangle> options, int height) {
    return known.stream()
        .filter(
            k ->
                k.height <= CircledWord.TALL * height
                    || options.stream().noneMatch(o -> o.intersects(k)))
        .toList();
  }

  private static boolean japanese(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  /**
   * The height of the label's characters [from, to) and of its options' whose boxes are no taller
   * than {@link #TALL} times their width: OCR gives some characters boxes reaching into the line
   * above (使用 86 px tall beside 区 36 px), which would make every box and circle expected twice its
   * size. The options count too, and of an even count the lower middle one is taken, since OCR's
   * boxes err tall, never short: a short label's few characters (異動 59 px tall beside 種別 34 px)
   * leave the middle to a box reaching above the line, and an option's place inferred as wide as
   * its characters at that height covers its own check box.
   */
  private static int textHeight(
      TextLine line, int from, int to, List<OptionText.Found> options, int dpi) {
    List<Integer> heights = new ArrayList<>();
    for (Rectangle box : CharBoxes.each(line, from, to)) {
      if (box.height <= TALL * box.width) {
        heights.add(box.height);
      }
    }
    for (OptionText.Found option : options) {
      for (OptionText.Part part : new HashSet<>(List.of(option.first(), option.last()))) {
        int characters = Math.max(1, part.characters());
        if (part.box().height <= TALL * part.box().width / characters) {
          heights.addAll(Collections.nCopies(characters, part.box().height));
        }
      }
    }
    heights.sort(null);
    int height =
        heights.isEmpty()
            ? CharBoxes.height(line, from, to)
            : heights.get((heights.size() - 1) / 2);
    return height > 0 ? height : defaultHeight(dpi);
  }

  /** As {@link #textHeight(TextLine, int, int, List, int)} on the label's characters alone. */
  private static int textHeight(TextLine line, int from, int to, int dpi) {
    return textHeight(line, from, to, List.of(), dpi);
  }

  private static int typicalHeight(PageLabels labels, int dpi) {
    List<Integer> heights = new ArrayList<>();
    for (TextLine line : labels.lines()) {
      int h = CharBoxes.height(line, 0, line.text().length());
      if (h > 0) {
        heights.add(h);
      }
    }
    heights.sort(null);
    return heights.isEmpty() ? defaultHeight(dpi) : heights.get(heights.size() / 2);
  }

  /** A 10-point character's height at a resolution. */
  private static int defaultHeight(int dpi) {
    return Math.max(8, (int) Math.round(POINTS_OF_TEXT / 72.0 * dpi * 0.88));
  }
}
