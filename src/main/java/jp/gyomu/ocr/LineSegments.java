package jp.gyomu.ocr;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a line into the runs of words a second model re-reads on their own. A form's line crosses
 * table cells: read whole, the rules between cells come back as {@code |} or {@code 「}, and a digit
 * next to a rule doubles. Runs end at gaps wider than a character, where such rules stand, and each
 * run is cropped with a margin that stays inside its gaps.
 */
final class LineSegments {

  // A gap wider than this many line heights separates runs (cells, label and value).
  private static final double RUN_GAP = 1.0;
  // White around a run: Tesseract reads a line better with some, more takes in neighbours.
  private static final double VERTICAL_MARGIN = 0.2;
  private static final double HORIZONTAL_MARGIN = 0.3;
  private static final String RULE_GLYPHS = "|｜「」『』_＿[]〔〕";

  private LineSegments() {}

  /** The line's words in runs, left to right. */
  static List<List<RecognisedWord>> of(List<RecognisedWord> line) {
    List<RecognisedWord> sorted =
        line.stream().sorted(Comparator.comparingInt(w -> w.box().x)).toList();
    int height = sorted.stream().mapToInt(w -> w.box().height).max().orElse(0);
    List<List<RecognisedWord>> runs = new ArrayList<>();
    List<RecognisedWord> run = new ArrayList<>();
    for (RecognisedWord w : sorted) {
      if (!run.isEmpty()) {
        Rectangle last = run.get(run.size() - 1).box();
        if (w.box().x - (last.x + last.width) > RUN_GAP * height) {
          runs.add(run);
          run = new ArrayList<>();
        }
      }
      run.add(w);
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  /** Where to read a run: its words' box with a margin, inside the image. */
  static Rectangle crop(List<RecognisedWord> run, BufferedImage image) {
    Rectangle box = new Rectangle(run.get(0).box());
    run.forEach(w -> box.add(w.box()));
    box.grow(
        (int) Math.ceil(box.height * HORIZONTAL_MARGIN),
        (int) Math.ceil(box.height * VERTICAL_MARGIN));
    return box.intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight()));
  }

  /** Words that are only a table rule or a bracket-like stroke read as a character, left out. */
  static List<RecognisedWord> withoutRules(List<RecognisedWord> words) {
    return words.stream()
        .filter(w -> w.text().codePoints().anyMatch(c -> RULE_GLYPHS.indexOf(c) < 0))
        .map(LineSegments::trimmed)
        .toList();
  }

  private static RecognisedWord trimmed(RecognisedWord w) {
    String text = w.text();
    int start = 0;
    int end = text.length();
    while (start < end && RULE_GLYPHS.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && RULE_GLYPHS.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return start == 0 && end == text.length()
        ? w
        : new RecognisedWord(
            text.substring(start, end), w.confidence(), w.box(), w.block(), w.line());
  }
}
