package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
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
 *
 * <p>This is the one entry point: {@link CheckboxReader} and {@link ChoiceReader} read each kind
 * from its label's {@link MarkPlace}; what they share stays here (the result with its reasons, the
 * text known around a place, which no box or circle is taken from).
 */
final class MarkReader {

  // characters OCR makes of boxes and marks (a filled ■ as 画, often above 80%): never taken for
  // text
  private static final String MARK_GLYPHS = "□■☐☑☒✓✔✗✘口ロ回図国田囗◻◼▢▣レ画";
  // characters OCR makes of a pen's circle: never taken for text either
  private static final String CIRCLE_GLYPHS = "()（）〇○◯Oo0C〔〕「」";
  // a word below this confidence is not taken for text (a box OCR read as a glyph may be)
  static final float TEXT_CONFIDENCE = 70;
  // a word's (an option's) text is at least this many text heights wide per character
  static final double NARROWEST = 0.7;
  // and no character is this many text heights wide
  private static final double WIDEST_GLYPH = 1.6;

  private MarkReader() {}

  static ExtractedField read(
      FieldDefinition field, FieldPage page, int pageIndex, PageLabels labels) {
    Optional<BufferedImage> image = page.image();
    if (image.isEmpty()) {
      return ExtractedField.missing(field, Reason.of(ReasonCode.NO_PAGE_IMAGE, field.type().id()));
    }
    int dpi = page.text().dpi() > 0 ? page.text().dpi() : 200;
    return switch (field.type()) {
      case CHECKBOX ->
          CheckboxReader.read(
              field, MarkPlace.find(field, labels), image.get(), dpi, pageIndex, labels);
      case CHOICE ->
          ChoiceReader.read(
              field, MarkPlace.find(field, labels), image.get(), dpi, pageIndex, labels);
      default -> throw new IllegalArgumentException(field.type().id() + " is not read from marks");
    };
  }

  static ExtractedField result(
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

  static ExtractedField result(
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

  /**
   * Characters near a place that are surely text: OCR read them confidently, and they are neither a
   * box nor a pen's circle as OCR reads those. What OCR merged into the label's first word before
   * the label (a box read as 較) is not counted.
   */
  static List<Rectangle> knownText(
      PageLabels labels, Rectangle near, int height, List<Rectangle> own, MarkPlace label) {
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

  private static boolean japanese(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
