package jp.gyomu.ocr;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts headings back in front. Tesseract sometimes lists an isolated block, such as a form's
 * centred title, after the text beneath it; a block that stands wholly above another block and
 * overlaps it horizontally is read first, while side-by-side columns keep Tesseract's order.
 */
final class ReadingOrder {

  private ReadingOrder() {}

  /** Words of horizontal text, blocks reordered; words within a block keep their order. */
  static List<RecognisedWord> headingsFirst(List<RecognisedWord> words) {
    Map<Integer, List<RecognisedWord>> blocks = new LinkedHashMap<>();
    for (RecognisedWord word : words) {
      blocks.computeIfAbsent(word.block(), b -> new ArrayList<>()).add(word);
    }
    List<List<RecognisedWord>> ordered = new ArrayList<>();
    for (List<RecognisedWord> block : blocks.values()) {
      Rectangle bounds = bounds(block);
      int position = ordered.size();
      for (int i = 0; i < ordered.size(); i++) {
        if (standsAbove(bounds, bounds(ordered.get(i)))) {
          position = i;
          break;
        }
      }
      ordered.add(position, block);
    }
    return ordered.stream().flatMap(List::stream).toList();
  }

  private static boolean standsAbove(Rectangle upper, Rectangle lower) {
    boolean overlapsHorizontally =
        upper.x < lower.x + lower.width && lower.x < upper.x + upper.width;
    return overlapsHorizontally && upper.y + upper.height <= lower.y;
  }

  private static Rectangle bounds(List<RecognisedWord> block) {
    Rectangle bounds = new Rectangle(block.get(0).box());
    block.forEach(w -> bounds.add(w.box()));
    return bounds;
  }
}
