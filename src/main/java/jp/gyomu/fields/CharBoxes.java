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

  // a word wider than this many heights per character holds more than its characters
  private static final double WIDE = 1.6;

  /**
   * The box of character {@code index} of a label that starts at {@code labelStart}, or null. OCR
   * sometimes merges the check box before a label into the label's first word: as a leading
   * character (較児童, [扶養) or only as width (児童 297 px wide). Leading characters get no box: they are
   * not known text, and the check box may be there. In a word much wider than its characters, the
   * label's characters are laid out from its right end (or the next word's start, where OCR let the
   * wide word run over it), each 9/10 of the word's height wide: a glyph's ink is narrower than its
   * advance; a wider guess covers the box, a narrower one leaves glyph parts that pass for boxes.
   */
  static Rectangle ofLabel(TextLine line, int index, int labelStart) {
    OcrWord word = line.wordAt(index);
    if (word == null || line.wordAt(labelStart) != word) {
      return of(line, index);
    }
    int first = labelStart;
    while (first > 0 && line.wordAt(first - 1) == word) {
      first--;
    }
    Rectangle box = word.box();
    int count = word.text().length();
    int last = labelStart;
    while (last + 1 < line.text().length() && line.wordAt(last + 1) == word) {
      last++;
    }
    int end = box.x + box.width;
    for (int i = last + 1; i < line.text().length(); i++) {
      OcrWord next = line.wordAt(i);
      if (next != null) {
        if (next.box().x > box.x) {
          end = Math.min(end, next.box().x);
        }
        break;
      }
    }
    // a word that only runs over the next one is not wider than its characters, nor is one whose
    // box OCR read as a word of its own before it (世帯 run over 世帯主 after 口)
    boolean wide = end - box.x > WIDE * box.height * count && !boxReadBefore(line, first, box);
    if (first == labelStart && !wide) {
      return of(line, index);
    }
    if (index < labelStart) {
      return null;
    }
    if (!wide) {
      // the even share of the part before the next word
      int left = box.x + (end - box.x) * (index - first) / count;
      int right = box.x + (end - box.x) * (index - first + 1) / count;
      return new Rectangle(left, box.y, Math.max(1, right - left), box.height);
    }
    int width = Math.max(1, Math.min(box.width / Math.max(1, count), box.height * 9 / 10));
    int right = end - (last - index) * width;
    return new Rectangle(right - width, box.y, width, box.height);
  }

  // characters OCR makes of a check box read alone (a box's side as | or [, a filled box as 画, a
  // crossed one as 図, 凶 or 区)
  private static final String BOX_READINGS = "□☐■☑☒口囗ロ|[]I画図凶区";

  /**
   * Whether the word before a label's first word is a check box OCR read alone: about a text height
   * square within a text height before it, read as one or two box readings (□, 口, [], [|, ■ as 画)
   * or as one character of low confidence. The label's wide word then holds no box, however far OCR
   * ran it over the next characters.
   */
  private static boolean boxReadBefore(TextLine line, int first, Rectangle word) {
    for (int i = first - 1; i >= 0; i--) {
      OcrWord before = line.wordAt(i);
      if (before == null) {
        continue; // a space inserted between words
      }
      Rectangle b = before.box();
      int side = Math.max(b.width, b.height);
      int gap = word.x - (b.x + b.width);
      String text = before.text();
      return text.length() <= 2
          && (text.chars().allMatch(c -> BOX_READINGS.indexOf(c) >= 0)
              || text.length() == 1 && before.confidence() < MarkReader.TEXT_CONFIDENCE)
          && gap >= 0
          && gap <= word.height
          && Math.min(b.width, b.height) >= 0.75 * side
          && side >= 0.6 * word.height
          && side <= 1.5 * word.height;
    }
    return false;
  }

  /** The boxes of the characters [from, to) of a label, as {@link #ofLabel}. */
  static List<Rectangle> eachOfLabel(TextLine line, int from, int to) {
    List<Rectangle> boxes = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Rectangle box = ofLabel(line, i, from);
      if (box != null) {
        boxes.add(box);
      }
    }
    return boxes;
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
