package jp.gyomu.ocr;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Completes a page's reading with text its layout analysis dropped (typically a form's title): each
 * patch of unread ink ({@link MissedInk}) is read on its own as one block, and kept when Tesseract
 * is sure of it, so that table rules, stamps and specks add no gibberish.
 */
final class MissedText {

  // Titles missed by the layout analysis read at 90 and more; rule fragments and specks below 60.
  static final float MIN_CONFIDENCE = 75;

  private MissedText() {}

  /** {@code read} with the confidently read missed text added as blocks of their own. */
  static Recognition add(Recognition read, TesseractHandle handle, BufferedImage image, int dpi) {
    List<Rectangle> regions =
        MissedInk.regions(image, dpi, read.words().stream().map(RecognisedWord::box).toList());
    if (regions.isEmpty()) {
      return read;
    }
    int block = read.words().stream().mapToInt(RecognisedWord::block).max().orElse(-1) + 1;
    int line = read.words().stream().mapToInt(RecognisedWord::line).max().orElse(-1) + 1;
    List<RecognisedWord> words = new ArrayList<>(read.words());
    for (Recognition region : handle.recogniseRegions(image, dpi, regions)) {
      if (!isText(region)) {
        continue;
      }
      for (RecognisedWord w : region.words()) {
        words.add(new RecognisedWord(w.text(), w.confidence(), w.box(), block, line + w.line()));
      }
      block++;
      line += region.words().stream().mapToInt(RecognisedWord::line).max().orElse(0) + 1;
    }
    return new Recognition(words);
  }

  private static boolean isText(Recognition region) {
    long letters =
        region.words().stream()
            .flatMapToInt(w -> w.text().codePoints())
            .filter(Character::isLetterOrDigit)
            .count();
    return letters >= 2 && region.meanConfidence() >= MIN_CONFIDENCE;
  }
}
