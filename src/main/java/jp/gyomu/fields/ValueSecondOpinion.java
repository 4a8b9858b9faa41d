package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.gyomu.ocr.EditDistance;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;

/**
 * A second opinion on one text value (a name, an address) whose weakest word the first reading was
 * unsure of: only the value's box is read again, by a second model ({@link SecondLook}), so a page
 * costs one small crop per unsure text field instead of a second reading of every unsure line. The
 * second reading is kept when it differs from the first in a few characters only (it read the same
 * ink) and was read with a higher mean confidence; a reading that brings Latin letters or digits
 * the first did not have misread strokes.
 */
final class ValueSecondOpinion {

  // the weakest word below this confidence makes a text value worth a second look
  static final float BELOW_CONFIDENCE = 90f;

  private ValueSecondOpinion() {}

  static ExtractedField review(
      FieldDefinition field, ExtractedField read, FieldPage page, SecondLook look) {
    if (look == SecondLook.NONE
        || field.type() != FieldType.TEXT
        || read.value() == null
        || read.box() == null
        || read.confidence() >= BELOW_CONFIDENCE) {
      return read;
    }
    Optional<BufferedImage> image = page.image();
    if (image.isEmpty()) {
      return read;
    }
    Rectangle box = read.box();
    Rectangle region =
        new Rectangle(
            box.x - box.height / 2,
            box.y - box.height / 4,
            box.width + box.height,
            box.height + box.height / 2);
    List<OcrWord> words = look.readLine(image.get(), page.text().dpi(), region);
    String raw = words.stream().map(OcrWord::text).collect(Collectors.joining(" ")).strip();
    String first = TextNormaliser.normalise(read.rawText());
    String second = TextNormaliser.normalise(raw);
    float mean = (float) words.stream().mapToDouble(OcrWord::confidence).average().orElse(0);
    if (second.isEmpty()
        || second.equals(first)
        || second.length() < first.length()
        || EditDistance.between(first, second) > Math.max(1, first.length() / 3)
        || count(second, ValueSecondOpinion::isLatinOrDigit)
            > count(first, ValueSecondOpinion::isLatinOrDigit)
        || mean <= read.meanConfidence()) {
      return read;
    }
    Normalised<?> normalised = field.type().normalise(raw);
    if (!normalised.isValid()) {
      return read;
    }
    float min = (float) words.stream().mapToDouble(OcrWord::confidence).min().orElse(0);
    List<Reason> reasons = new ArrayList<>();
    ExtractedField.Status status = ExtractedField.Status.OK;
    if (min < field.minConfidence()) {
      status = ExtractedField.Status.LOW_CONFIDENCE;
      reasons.add(
          Reason.of(ReasonCode.LOW_CONFIDENCE, (int) Math.floor(min), field.minConfidence()));
    }
    Rectangle newBox = words.stream().map(OcrWord::box).reduce(Rectangle::union).orElse(read.box());
    return new ExtractedField(
        read.name(),
        normalised.value(),
        raw,
        min,
        mean,
        newBox,
        read.page(),
        status,
        reasons,
        read.required());
  }

  private static boolean isLatinOrDigit(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  private static long count(String text, java.util.function.IntPredicate kind) {
    return text.codePoints().filter(kind).count();
  }
}
