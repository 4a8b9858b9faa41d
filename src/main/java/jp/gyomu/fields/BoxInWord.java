package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The text part of a word that OCR merged with the check box printed beside it: Tesseract often
 * reads □有 as one wide 有 (□児童扶養手当 as a wide 児童 and the rest), whose box then covers the check box,
 * so the box is taken for text and not found. Decided from the pixels: in a word much wider than
 * its characters, a square at least {@link #MIN_SIDE} text heights on a side standing at either end
 * of it is cut off.
 */
final class BoxInWord {

  // a word wider than this many text heights per character holds more than its characters
  private static final double WIDE = 1.6;
  // or, for longer texts, wider than this many text heights per character and some to spare
  private static final double CHARACTER = 1.15;
  private static final double SPARE = 0.8;
  // smaller squares are parts of glyphs (the 月 in 有)
  private static final double MIN_SIDE = 0.6;
  // a box printed for a mark is about the text's size: smaller squares beside a word are glyphs
  private static final double BOX_SIDE = 0.8;
  // how far (text heights) a square may stand from the end of the word, and must reach into and
  // out of it to be a box merged in
  private static final double AT_END = 0.3;

  private BoxInWord() {}

  /**
   * @param word the box OCR gave the text
   * @param characters how many characters the text has
   * @param height the height of the text around, pixels
   * @return the word's box without a check box at either end, or the word's box
   */
  static Rectangle textPart(BufferedImage image, Rectangle word, int characters, int height) {
    OptionText.Part whole = OptionText.Part.unread(word, characters);
    return textPart(image, word, characters, height, whole, whole);
  }

  /**
   * As {@link #textPart(BufferedImage, Rectangle, int, int)} for a text OCR read as several words:
   * a box is cut off an end only where it stands in that end's word with text of the word beside
   * it. A square that is the end word's whole ink is that word's character (自, 日), not a box.
   *
   * @param first the text's characters in its first word (null: unknown, the whole word)
   * @param last the text's characters in its last word
   */
  static Rectangle textPart(
      BufferedImage image,
      Rectangle word,
      int characters,
      int height,
      OptionText.Part first,
      OptionText.Part last) {
    if (!wide(word, characters, height)) {
      return word;
    }
    int pad = (int) Math.ceil(AT_END * height);
    Rectangle around =
        new Rectangle(word.x - pad, word.y - pad, word.width + 2 * pad, word.height + 2 * pad);
    // the text's own glyphs are what is left when a box is cut off: at least a character's width
    int textWidth = (int) Math.round(0.5 * height * Math.max(1, characters));
    for (Rectangle square : MarkArea.within(image, around, height, List.of()).boxes()) {
      if (Math.min(square.width, square.height) < MIN_SIDE * height) {
        continue;
      }
      int right = square.x + square.width;
      if (square.x <= word.x + pad
          && word.x + word.width - right >= textWidth
          && textAfter(first, right, height)
          && !boxBeyond(image, square, height, true)) {
        return new Rectangle(right + 1, word.y, word.x + word.width - right - 1, word.height);
      }
      if (right >= word.x + word.width - pad
          && square.x - word.x >= textWidth
          && textBefore(last, square.x, height)
          && !boxBeyond(image, square, height, false)) {
        return new Rectangle(word.x, word.y, square.x - 1 - word.x, word.height);
      }
    }
    return word;
  }

  // a box stands this many text heights from its text at most (a box beside a box, further)
  private static final double BOX_GAP = 1.0;

  /**
   * Whether a box at least as large as a square stands just beyond it on its row (before it, or
   * after it), with only paper between: a text has one box, so the square is the text's own glyph
   * (the 目 of a 明朝 自 after the empty box OCR read as a word apart), not a box merged into the word.
   */
  private static boolean boxBeyond(
      BufferedImage image, Rectangle square, int height, boolean before) {
    int reach = (int) Math.ceil((BOX_GAP + MarkArea.MAX_SIDE) * height);
    int pad = (int) Math.ceil(AT_END * height);
    Rectangle around =
        new Rectangle(
            before ? square.x - reach : square.x + square.width,
            square.y - pad,
            reach,
            square.height + 2 * pad);
    for (Rectangle box : MarkArea.within(image, around, height, List.of()).boxes()) {
      int gap = before ? square.x - (box.x + box.width) : box.x - (square.x + square.width);
      Rectangle between =
          new Rectangle(
              before ? box.x + box.width + 1 : square.x + square.width + 1,
              square.y,
              gap - 2,
              square.height);
      if (gap > 2
          && gap <= BOX_GAP * height
          && box.width >= square.width
          && box.height >= square.height
          && Math.abs(box.getCenterY() - square.getCenterY()) <= AT_END * height
          && !InkPatch.of(image, between).hasInk()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text without a square that OCR's word cuts into: a square of about the text's size reaching
   * into the word (however little: a fifth of it is enough for the box to pass for text) and beyond
   * its end by more than {@link #AT_END} text heights is none of the word's glyphs (they lie within
   * its box), so it is a box merged in, however narrow the word (OCR's 世帯 over the right half of a
   * crossed box before 世帯変更 is not wider than two characters).
   */
  static Rectangle beyondEnd(
      BufferedImage image,
      Rectangle word,
      int characters,
      int height,
      OptionText.Part first,
      OptionText.Part last) {
    int pad = (int) Math.ceil(AT_END * height);
    int reach = (int) Math.ceil(MarkArea.MAX_SIDE * height);
    Rectangle around =
        new Rectangle(word.x - reach, word.y - pad, word.width + 2 * reach, word.height + 2 * pad);
    int textWidth = (int) Math.round(0.5 * height * Math.max(1, characters));
    for (Rectangle square : MarkArea.within(image, around, height, List.of()).boxes()) {
      if (Math.min(square.width, square.height) < BOX_SIDE * height) {
        continue;
      }
      int right = square.x + square.width;
      int end = word.x + word.width;
      if (square.x < word.x - pad
          && right > word.x
          && end - right >= textWidth
          && textAfter(first, right, height)) {
        return new Rectangle(right + 1, word.y, end - right - 1, word.height);
      }
      if (right > end + pad
          && square.x < end
          && square.x - word.x >= textWidth
          && textBefore(last, square.x, height)) {
        return new Rectangle(word.x, word.y, square.x - 1 - word.x, word.height);
      }
    }
    return word;
  }

  /** Whether a text's box is much wider than its characters. */
  private static boolean wide(Rectangle box, int characters, int height) {
    int count = Math.max(1, characters);
    return box.width > Math.min(WIDE * height * count, (CHARACTER * count + SPARE) * height);
  }

  /** Whether the first word holds its characters after a square's right edge. */
  private static boolean textAfter(OptionText.Part part, int edge, int height) {
    return part == null
        || part.box().x + part.box().width - edge >= glyphs(part, height)
        || noSquareIn(part);
  }

  /** Whether the last word holds its characters before a square's left edge. */
  private static boolean textBefore(OptionText.Part part, int edge, int height) {
    return part == null || edge - part.box().x >= glyphs(part, height) || noSquareIn(part);
  }

  /**
   * Whether OCR read the end word as characters that have no square outline: kana other than ロ. A
   * square that is then the word's whole ink is a check box misread (a ticked or crossed box read
   * as メ before メス), not the word's character, as 自 or 日 would be.
   */
  private static boolean noSquareIn(OptionText.Part part) {
    String read = part.read();
    return read != null && !read.isEmpty() && read.chars().allMatch(BoxInWord::openKana);
  }

  private static boolean openKana(int c) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return c != 'ロ'
        && (block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA);
  }

  private static int glyphs(OptionText.Part part, int height) {
    return (int) Math.round(0.5 * height * Math.max(1, part.characters()));
  }
}
