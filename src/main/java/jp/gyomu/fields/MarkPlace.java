package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Where a mark field's label stands on the page: its line, characters and box, from which a check
 * box or a choice's options are looked for beside it. Besides the label finder's hits, a mark's
 * label is often a long sentence ({@link MarkLabel}) or a choice's label OCR misread, which only
 * the options following it confirm; the heights of its text size the boxes and circles looked for.
 *
 * @param lineIndex the line's index in the page's lines
 * @param line the line
 * @param start first character of the label in the line
 * @param end the character after the label
 * @param box the label's characters' box
 */
record MarkPlace(int lineIndex, TextLine line, int start, int end, Rectangle box) {

  // a character box taller than this many times its width reaches beyond its glyph
  private static final double TALL = 1.5;
  private static final int POINTS_OF_TEXT = 10;

  /** The label's characters {@code start} to {@code end} of a line; null when none has a box. */
  private static MarkPlace at(int lineIndex, TextLine line, int start, int end) {
    return CharBoxes.eachOfLabel(line, start, end).stream()
        .reduce(Rectangle::union)
        .map(box -> new MarkPlace(lineIndex, line, start, end, box))
        .orElse(null);
  }

  /** The field's best label on the page: exact before misread, preferred variant, then top. */
  static Optional<MarkPlace> find(FieldDefinition field, PageLabels labels) {
    MarkPlace best = null;
    LabelHit bestHit = null;
    Comparator<LabelHit> order =
        Comparator.comparing((LabelHit h) -> !h.exact()).thenComparingInt(LabelHit::anchorRank);
    for (int i = 0; i < labels.lines().size(); i++) {
      TextLine line = labels.lines().get(i);
      for (LabelHit hit : labels.hits().get(i)) {
        if (!hit.field().name().equals(field.name())
            || (bestHit != null && order.compare(hit, bestHit) >= 0)) {
          continue;
        }
        MarkPlace place = at(i, line, hit.start(), hit.end());
        if (place != null) {
          best = place;
          bestHit = hit;
        }
      }
    }
    if (best == null) {
      // a long label read with a word twice or a box fused to it
      MarkLabel.Hit hit = MarkLabel.find(field, labels);
      if (hit != null) {
        best = at(hit.lineIndex(), labels.lines().get(hit.lineIndex()), hit.start(), hit.end());
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
  private static MarkPlace shortMisread(FieldDefinition field, PageLabels labels) {
    for (int i = 0; i < labels.lines().size(); i++) {
      TextLine line = labels.lines().get(i);
      for (LabelHit hit : LabelFinder.shortMisread(field, line, labels.hits().get(i))) {
        MarkPlace place = at(i, line, hit.start(), hit.end());
        int end = ChoiceOptions.nextLabel(labels.hits().get(i), field, hit.end(), line);
        if (place != null
            && !OptionText.find(field.options(), line, hit.end(), end, Integer.MIN_VALUE)
                .isEmpty()) {
          return place;
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
  private static MarkPlace misreadBeforeOptions(FieldDefinition field, PageLabels labels) {
    for (MarkLabel.Hit hit : MarkLabel.loose(field, labels)) {
      TextLine line = labels.lines().get(hit.lineIndex());
      int end = ChoiceOptions.nextLabel(labels.hits().get(hit.lineIndex()), field, hit.end(), line);
      MarkPlace place = at(hit.lineIndex(), line, hit.start(), hit.end());
      if (place != null
          && OptionText.find(field.options(), line, hit.end(), end, Integer.MIN_VALUE).size()
              == field.options().size()) {
        return place;
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
  static Optional<MarkPlace> misreadBeforePlacedOptions(
      FieldDefinition field, BufferedImage image, int dpi, PageLabels labels) {
    for (MarkLabel.Hit hit : MarkLabel.loose(field, labels)) {
      TextLine line = labels.lines().get(hit.lineIndex());
      MarkPlace place = at(hit.lineIndex(), line, hit.start(), hit.end());
      if (place == null) {
        continue;
      }
      Rectangle box = place.box();
      int height = textHeight(line, hit.start(), hit.end(), dpi);
      int end = ChoiceOptions.nextLabel(labels.hits().get(hit.lineIndex()), field, hit.end(), line);
      List<OptionText.Found> read =
          OptionText.find(field.options(), line, hit.end(), end, Integer.MIN_VALUE).stream()
              .map(o -> ChoiceOptions.textPart(o, image, height))
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
              ChoiceOptions.lineBoxes(image, ChoiceOptions.union(read), height, labels, place));
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

  /** The label as OCR read it. */
  String text() {
    return line.text().substring(start, end);
  }

  /**
   * The height of the label's characters [from, to) and of its options' whose boxes are no taller
   * than {@link #TALL} times their width: OCR gives some characters boxes reaching into the line
   * above (使用 86 px tall beside 区 36 px), which would make every box and circle expected twice its
   * size. The options count too, and of an even count the lower middle one is taken, since OCR's
   * boxes err tall, never short: a short label's few characters (異動 59 px tall beside 種別 34 px)
   * leave the middle to a box reaching above the line, and an option's place inferred as wide as
   * its characters at that height covers its own check box. An option OCR was unsure of does not
   * count: it is often a marked box read into the word, as tall as the mark (メス 57 px for 40).
   */
  static int textHeight(TextLine line, int from, int to, List<OptionText.Found> options, int dpi) {
    List<Integer> heights = new ArrayList<>();
    for (Rectangle box : CharBoxes.each(line, from, to)) {
      if (box.height <= TALL * box.width) {
        heights.add(box.height);
      }
    }
    for (OptionText.Found option : options) {
      for (OptionText.Part part : new HashSet<>(List.of(option.first(), option.last()))) {
        int characters = Math.max(1, part.characters());
        if (part.box().height <= TALL * part.box().width / characters
            && part.confidence() >= MarkReader.TEXT_CONFIDENCE) {
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
  static int textHeight(TextLine line, int from, int to, int dpi) {
    return textHeight(line, from, to, List.of(), dpi);
  }

  static int typicalHeight(PageLabels labels, int dpi) {
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
  static int defaultHeight(int dpi) {
    return Math.max(8, (int) Math.round(POINTS_OF_TEXT / 72.0 * dpi * 0.88));
  }
}
