package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;

/**
 * Reads a {@code choice} field: takes the boxes on the side where the options have them and answers
 * the one option marked (ticked box or circled text); none or several marked is invalid, so a
 * person decides.
 */
final class ChoiceReader {

  // an option whose place was inferred (OCR missed it, often because it is circled) is less sure
  private static final float INFERRED_TRUST = 80;

  private ChoiceReader() {}

  /** The field after its {@code label} on the page, if it was found (else after a misread one). */
  static ExtractedField read(
      FieldDefinition field,
      Optional<MarkPlace> foundLabel,
      BufferedImage image,
      int dpi,
      int pageIndex,
      PageLabels labels) {
    Optional<MarkPlace> label =
        foundLabel.isPresent()
            ? foundLabel
            : MarkPlace.misreadBeforePlacedOptions(field, image, dpi, labels);
    if (label.isEmpty() && field.zone() == null) {
      return ExtractedField.missing(
          field, Reason.of(ReasonCode.LABEL_NOT_FOUND, String.join(", ", field.anchors())));
    }
    List<OptionText.Found> words = ChoiceOptions.options(field, label, labels);
    int height =
        label
            .map(p -> MarkPlace.textHeight(p.line(), p.start(), p.end(), words, dpi))
            .orElse(MarkPlace.typicalHeight(labels, dpi));
    List<OptionText.Found> ocr =
        words.stream().map(o -> ChoiceOptions.textPart(o, image, height)).toList();
    List<OptionText.Found> read =
        ocr.isEmpty() && label.isPresent()
            ? ChoiceOptions.fromInk(field, image, label.get(), height, labels)
            : ocr;
    if (read.isEmpty()) {
      return ExtractedField.missing(
          field,
          label.isPresent()
              ? Reason.of(
                  ReasonCode.OPTIONS_NOT_BESIDE_LABEL,
                  String.join(", ", field.options()),
                  label.get().text())
              : Reason.of(
                  ReasonCode.LABELS_NOR_OPTIONS_FOUND,
                  String.join(", ", field.anchors()),
                  String.join(", ", field.options())));
    }
    Rectangle start =
        label
            .map(MarkPlace::box)
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
                ChoiceOptions.lineBoxes(
                    image, ChoiceOptions.union(read), height, labels, label.orElse(null)));
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
                MarkReader.knownText(labels, union, height, own, label.orElse(null)),
                boxes,
                height));
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
    return MarkReader.result(
        field, marked.get(0), raw, Math.max(0, confidence), markedBox, pageIndex, caveat, -1);
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
}
