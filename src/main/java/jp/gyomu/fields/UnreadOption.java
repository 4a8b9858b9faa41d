package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an option OCR did not read probably stands. A pen's circle round 有 often makes Tesseract
 * skip the word, so the option marked is the one missing. Options are printed in the template's
 * order, so an option missing between two found ones (or between the label and the next one) is the
 * widest run of ink between them on the line.
 */
final class UnreadOption {

  private UnreadOption() {}

  /**
   * @param options the template's options
   * @param found the options OCR read, on one line
   * @param start where the options begin on the line (the label's right edge), or null
   * @param boxes check boxes on the line, whose ink is not an option's
   * @return the found options plus those whose place was inferred, in the template's order
   */
  static List<OptionText.Found> infer(
      BufferedImage image,
      List<String> options,
      List<OptionText.Found> found,
      Rectangle start,
      int height,
      List<Rectangle> boxes) {
    if (found.isEmpty() || found.size() == options.size()) {
      return found;
    }
    Rectangle row =
        found.stream().map(OptionText.Found::box).reduce(Rectangle::union).orElseThrow();
    List<OptionText.Found> all = new ArrayList<>();
    for (int k = 0; k < options.size(); k++) {
      OptionText.Found known = find(found, options.get(k));
      if (known != null) {
        all.add(known);
        continue;
      }
      if (k > 0 && !all.isEmpty() && noneFoundFrom(found, options, k)) {
        // the options after the last one read: one word of ink each, in order
        List<OptionText.Found> rest =
            trailing(
                image,
                options.subList(k, options.size()),
                all.get(all.size() - 1),
                row,
                height,
                boxes);
        if (!rest.isEmpty()) {
          all.addAll(rest);
          break;
        }
      }
      Rectangle before = k == 0 ? start : boxOf(all, options.get(k - 1));
      Rectangle after = k + 1 < options.size() ? boxOf(found, options.get(k + 1)) : null;
      if (before == null && after == null) {
        continue;
      }
      int left = before != null ? before.x + before.width + 2 : after.x - 5 * height;
      int right = after != null ? after.x - 2 : left + 5 * height;
      Rectangle ink = widestInk(image, left, right, row, height, boxes);
      if (ink != null) {
        int width = Math.max(height, options.get(k).length() * height);
        all.add(
            new OptionText.Found(
                options.get(k),
                new Rectangle(
                    (int) ink.getCenterX() - width / 2,
                    (int) row.getCenterY() - height / 2,
                    width,
                    height)));
      }
    }
    return all;
  }

  /**
   * Every option's place when OCR read none of them on the label's line (a circled 有 skipped, 無
   * misread as 舞): the words of ink after the label, check boxes left out, dots and colons too.
   * Only when there are exactly as many words as options, taken in the template's order.
   *
   * @param label the label's box
   * @param boxes check boxes on the line, whose ink is not an option's
   * @return the options with their inferred places, or empty
   */
  static List<OptionText.Found> fromInk(
      BufferedImage image,
      List<String> options,
      Rectangle label,
      int height,
      List<Rectangle> boxes) {
    int left = label.x + label.width + 2;
    int top = (int) label.getCenterY() - height / 2;
    List<int[]> words = InkWords.after(image, left, top, height, boxes);
    return placedOn(words, options, top, height);
  }

  private static boolean noneFoundFrom(List<OptionText.Found> found, List<String> options, int k) {
    return options.subList(k, options.size()).stream().allMatch(o -> find(found, o) == null);
  }

  /**
   * The options missing after the last one placed, when the words of ink after it on the line are
   * exactly as many (a circled その他 after a misread 市民税非課税); else empty.
   */
  private static List<OptionText.Found> trailing(
      BufferedImage image,
      List<String> missing,
      OptionText.Found last,
      Rectangle row,
      int height,
      List<Rectangle> boxes) {
    int top = (int) row.getCenterY() - height / 2;
    List<int[]> words =
        InkWords.after(image, last.box().x + last.box().width + 2, top, height, boxes);
    return placedOn(words, missing, top, height);
  }

  /** One option per word of ink, in order, when there are exactly as many; else empty. */
  private static List<OptionText.Found> placedOn(
      List<int[]> words, List<String> options, int top, int height) {
    if (words.size() != options.size()) {
      return List.of();
    }
    List<OptionText.Found> placed = new ArrayList<>();
    for (int k = 0; k < options.size(); k++) {
      int width = Math.max(height, options.get(k).length() * height);
      int centre = (words.get(k)[0] + words.get(k)[1]) / 2;
      placed.add(
          new OptionText.Found(
              options.get(k), new Rectangle(centre - width / 2, top, width, height)));
    }
    return placed;
  }

  private static OptionText.Found find(List<OptionText.Found> found, String option) {
    return found.stream().filter(f -> f.text().equals(option)).findFirst().orElse(null);
  }

  private static Rectangle boxOf(List<OptionText.Found> found, String option) {
    OptionText.Found f = find(found, option);
    return f == null ? null : f.box();
  }

  /** The widest run of inked columns in the line between two x positions (a word, circled). */
  private static Rectangle widestInk(
      BufferedImage image, int left, int right, Rectangle row, int height, List<Rectangle> boxes) {
    if (right - left < height / 2) {
      return null;
    }
    Rectangle band = new Rectangle(left, (int) row.getCenterY() - height / 2, right - left, height);
    InkPatch patch = InkPatch.of(image, band);
    if (!patch.hasInk()) {
      return null;
    }
    // ink told from paper with the paper above and below: in a band one text height tall, dense
    // glyphs and a filled box can be a quarter of the pixels, which the patch's noise estimate
    // takes for paper's (nothing would then be ink)
    int threshold =
        InkPatch.of(image, new Rectangle(left, band.y - height, right - left, 3 * height))
            .inkThreshold();
    Rectangle b = patch.bounds();
    int gapAllowed = Math.max(2, height / 5);
    int bestFrom = -1;
    int bestTo = -1;
    int runFrom = -1;
    int lastInk = -1;
    for (int x = b.x; x < b.x + b.width; x++) {
      int inked = 0;
      for (int y = b.y; y < b.y + b.height; y++) {
        inked += patch.grey(x, y) < threshold && !InkWords.inBox(boxes, x, y) ? 1 : 0;
      }
      if (inked >= 2) {
        if (runFrom < 0 || x - lastInk > gapAllowed) {
          runFrom = x;
        }
        lastInk = x;
        if (lastInk - runFrom > bestTo - bestFrom) {
          bestFrom = runFrom;
          bestTo = lastInk;
        }
      }
    }
    if (bestFrom < 0 || bestTo - bestFrom < height / 2) {
      return null;
    }
    return new Rectangle(bestFrom, b.y, bestTo - bestFrom + 1, b.height);
  }
}
