package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where a choice's options stand on the page: their text after the label (or below it), without the
 * circle or box OCR took in with them, or placed in the ink when OCR read none; the check boxes on
 * their line, whose ink is no option's.
 */
final class ChoiceOptions {

  private static final double LINES_BELOW = 3; // text heights below a label where options may be

  private ChoiceOptions() {}

  /**
   * Each option's text after the label on its line (up to the next label), else on the lines just
   * below it up to one with another field's label; without a label, on the zone's line that holds
   * most of them.
   */
  static List<OptionText.Found> options(
      FieldDefinition field, Optional<MarkPlace> label, PageLabels labels) {
    List<OptionText.Found> best = List.of();
    if (label.isPresent()) {
      MarkPlace place = label.get();
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

  static int nextLabel(List<LabelHit> hits, FieldDefinition field, int from, TextLine line) {
    return hits.stream()
        .filter(h -> h.exact() && h.start() >= from && !h.field().name().equals(field.name()))
        .mapToInt(LabelHit::start)
        .min()
        .orElse(line.text().length());
  }

  /**
   * An option's own text without what OCR took in with it: a pen's circle round it (OCR reads a
   * circled 女 as a box twice the text's height, with or without the circle's sides as brackets) and
   * a check box merged into it.
   */
  static OptionText.Found textPart(OptionText.Found option, BufferedImage image, int height) {
    Rectangle text = CircledWord.textPart(image, option.box(), height);
    if (!option.inCircle() && text.width < MarkReader.NARROWEST * height * option.text().length()) {
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
  static List<OptionText.Found> fromInk(
      FieldDefinition field, BufferedImage image, MarkPlace label, int height, PageLabels labels) {
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
  static List<Rectangle> lineBoxes(
      BufferedImage image, Rectangle line, int height, PageLabels labels, MarkPlace label) {
    List<Rectangle> own =
        label == null ? List.of() : CharBoxes.eachOfLabel(label.line(), label.start(), label.end());
    List<Rectangle> squares =
        MarkArea.around(
                image,
                List.of(line),
                height,
                MarkReader.knownText(labels, line, height, own, label))
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

  static Rectangle union(List<OptionText.Found> found) {
    return found.stream().map(OptionText.Found::box).reduce(Rectangle::union).orElseThrow();
  }
}
