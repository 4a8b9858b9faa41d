package jp.gyomu.ocr;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Completes a page's reading with text its layout analysis dropped (typically a form's title): each
 * patch of unread ink ({@link MissedInk}) is read on its own as one block, and kept when Tesseract
 * is sure of it, so that table rules, stamps and specks add no gibberish. Words read again (a patch
 * next to a line already read) are dropped; words level with a line already read join that line at
 * their place, others form a block of their own, which {@link ReadingOrder} then puts in place.
 */
final class MissedText {

  // Missed titles read at 90 and more; rule fragments and specks well below 60.
  static final float MIN_CONFIDENCE = 75;

  private MissedText() {}

  /** {@code read} with the confidently read missed text added. */
  static Recognition add(
      Recognition read, TesseractHandle handle, BufferedImage image, int dpi, Deadline deadline) {
    List<Rectangle> regions =
        MissedInk.regions(image, dpi, read.words().stream().map(RecognisedWord::box).toList());
    if (regions.isEmpty()) {
      return read;
    }
    List<RecognisedWord> words = new ArrayList<>(read.words());
    int block = words.stream().mapToInt(RecognisedWord::block).max().orElse(-1) + 1;
    int line = words.stream().mapToInt(RecognisedWord::line).max().orElse(-1) + 1;
    for (Recognition region : handle.recogniseRegions(image, dpi, regions, deadline)) {
      List<RecognisedWord> fresh =
          region.words().stream().filter(w -> !overlapsAny(w.box(), read.words())).toList();
      if (!isText(fresh)) {
        continue;
      }
      int regionLines = 0;
      for (RecognisedWord w : fresh) {
        int existing = levelLine(w.box(), read.words());
        if (existing >= 0) {
          insertIntoLine(words, w, existing);
        } else {
          words.add(new RecognisedWord(w.text(), w.confidence(), w.box(), block, line + w.line()));
          regionLines = Math.max(regionLines, w.line() + 1);
        }
      }
      if (regionLines > 0) {
        block++;
        line += regionLines;
      }
    }
    return new Recognition(words);
  }

  private static boolean isText(List<RecognisedWord> words) {
    long letters =
        words.stream()
            .flatMapToInt(w -> w.text().codePoints())
            .filter(Character::isLetterOrDigit)
            .count();
    double confidence = words.stream().mapToDouble(RecognisedWord::confidence).average().orElse(0);
    return letters >= 2 && confidence >= MIN_CONFIDENCE;
  }

  /** Whether the box is mostly the same ink as a word already read. */
  private static boolean overlapsAny(Rectangle box, List<RecognisedWord> read) {
    for (RecognisedWord w : read) {
      Rectangle common = box.intersection(w.box());
      if (!common.isEmpty()
          && 2L * common.width * common.height >= Math.min(area(box), area(w.box()))) {
        return true;
      }
    }
    return false;
  }

  private static long area(Rectangle r) {
    return (long) r.width * r.height;
  }

  /** The line already read whose words stand level with the box, or -1. */
  private static int levelLine(Rectangle box, List<RecognisedWord> read) {
    double centre = box.getCenterY();
    for (RecognisedWord w : read) {
      Rectangle r = w.box();
      boolean level = centre > r.y && centre < r.y + r.height;
      boolean similarSize = r.height < 2 * box.height && box.height < 2 * r.height;
      if (level && similarSize) {
        return w.line();
      }
    }
    return -1;
  }

  /** Puts the word into the line at its place from the left. */
  private static void insertIntoLine(List<RecognisedWord> words, RecognisedWord word, int line) {
    int position = -1;
    int block = -1;
    for (int i = 0; i < words.size(); i++) {
      RecognisedWord w = words.get(i);
      if (w.line() != line) {
        continue;
      }
      block = w.block();
      if (position < 0 || w.box().x < word.box().x) {
        position = w.box().x < word.box().x ? i + 1 : i;
      }
    }
    words.add(
        position, new RecognisedWord(word.text(), word.confidence(), word.box(), block, line));
  }
}
