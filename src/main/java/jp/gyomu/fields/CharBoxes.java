package jp.gyomu.fields;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import jp.gyomu.ocr.OcrWord;

/**
 * Boxes of single characters of a line. Tesseract sometimes reads a check box and its label as one
 * word (口有); a word's box is then shared out evenly among its characters, so the label's own box
 * does not swallow the check box beside it.
 */
final class CharBoxes {

  private CharBoxes() {}

  /** The box of character {@code index}, or null for an inserted space or a text-layer line. */
  static Rectangle of(TextLine line, int index) {
    OcrWord word = line.wordAt(index);
    if (word == null) {
      return null;
    }
    int before = 0;
    for (int i = index - 1; i >= 0 && line.wordAt(i) == word; i--) {
      before++;
    }
    int count = word.text().length();
    Rectangle box = word.box();
    if (count <= 1) {
      return new Rectangle(box);
    }
    int left = box.x + box.width * before / count;
    int right = box.x + box.width * (before + 1) / count;
    return new Rectangle(left, box.y, Math.max(1, right - left), box.height);
  }

  /** The union of the boxes of characters [from, to), or null when none has a box. */
  static Rectangle of(TextLine line, int from, int to) {
    Rectangle union = null;
    for (int i = from; i < to; i++) {
      Rectangle box = of(line, i);
      if (box != null) {
        union = union == null ? box : union.union(box);
      }
    }
    return union;
  }

  /** The boxes of characters [from, to) that have one. */
  static List<Rectangle> each(TextLine line, int from, int to) {
    List<Rectangle> boxes = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Rectangle box = of(line, i);
      if (box != null) {
        boxes.add(box);
      }
    }
    return boxes;
  }

  /** The median height of the characters [from, to), or 0 without boxes. */
  static int height(TextLine line, int from, int to) {
    List<Integer> heights = new ArrayList<>();
    for (Rectangle box : each(line, from, to)) {
      heights.add(box.height);
    }
    heights.sort(null);
    return heights.isEmpty() ? 0 : heights.get(heights.size() / 2);
  }
}
