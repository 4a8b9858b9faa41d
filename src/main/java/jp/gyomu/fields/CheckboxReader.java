package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;

/**
 * Reads a {@code checkbox} field: the box beside its label found in the pixels (even one OCR read
 * as part of the label's word), else the label circled by pen, else a box glyph OCR read beside it;
 * with a zone and no label, the first box in the zone.
 */
final class CheckboxReader {

  // what OCR reads of a marked box and of an empty one, beside a label with no box in the pixels
  private static final String MARKED_GLYPHS = "■☑☒✓✔✗✘◼▣";
  private static final String EMPTY_GLYPHS = "□☐◻▢";
  // a mark read from an OCR glyph alone is less sure than one measured in pixels
  private static final float GLYPH_TRUST = 0.8f;

  private CheckboxReader() {}

  /** The field beside its {@code label} on the page, if it was found. */
  static ExtractedField read(
      FieldDefinition field,
      Optional<MarkPlace> label,
      BufferedImage image,
      int dpi,
      int pageIndex,
      PageLabels labels) {
    if (label.isEmpty()) {
      return field.zone() == null
          ? ExtractedField.missing(
              field, Reason.of(ReasonCode.LABEL_NOT_FOUND, String.join(", ", field.anchors())))
          : unlabelledBox(field, image, dpi, pageIndex, labels);
    }
    MarkPlace place = label.get();
    int height = CharBoxes.height(place.line(), place.start(), place.end());
    height = height > 0 ? height : MarkPlace.defaultHeight(dpi);
    BoxSearch search = boxBeside(place, image, height, labels);
    int textHeight = MarkPlace.textHeight(place.line(), place.start(), place.end(), dpi);
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
      return MarkReader.result(
          field, marked, marked ? "☑" : "□", confidence, b.box(), pageIndex, caveat, b.share());
    }
    if (circle.circled()) {
      return MarkReader.result(
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
                    field, Reason.of(ReasonCode.NO_CHECK_BOX_BESIDE_LABEL, place.text())));
  }

  private record BoxSearch(MarkArea area, Optional<MarkArea.Box> box) {}

  /** The check box beside a label, its characters {@code height} pixels tall. */
  private static BoxSearch boxBeside(
      MarkPlace place, BufferedImage image, int height, PageLabels labels) {
    MarkArea area =
        MarkArea.around(
            image,
            List.of(place.box()),
            height,
            MarkReader.knownText(
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
  private static Optional<Rectangle> withoutFusedBox(
      MarkPlace place, BufferedImage image, int height) {
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
      MarkPlace place, OcrWord word, boolean first, BufferedImage image, int height) {
    Rectangle w = word.box();
    if (w.width >= MarkReader.NARROWEST * height * word.text().length()) {
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
    int height = MarkPlace.typicalHeight(labels, dpi);
    MarkArea area =
        MarkArea.within(
            image, region, height, MarkReader.knownText(labels, region, 0, List.of(), null));
    return area.firstBox()
        .map(
            b ->
                MarkReader.result(
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

  /** An OCR glyph beside the label (■, ☑, □) when no box was found in the pixels. */
  private static Optional<ExtractedField> glyphBeside(
      FieldDefinition field, MarkPlace place, int height, int pageIndex) {
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
            MarkReader.result(
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
}
