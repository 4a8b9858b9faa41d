package jp.gyomu.fields;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.gyomu.ocr.OcrWord;

/**
 * One visual line of a page: its text, and for every character the OCR word it came from, so that a
 * piece of text can be traced back to boxes and confidences. Lines from a PDF text layer have text
 * only.
 */
final class TextLine {

  // a gap wider than this share of the words' height is a space between words
  private static final double SPACE_GAP = 0.3;

  private final String text;
  private final int[] wordAt; // index into words per character, -1 for an inserted space
  private final List<OcrWord> words;

  private TextLine(String text, int[] wordAt, List<OcrWord> words) {
    this.text = text;
    this.wordAt = wordAt;
    this.words = words;
  }

  static TextLine ofText(String text) {
    int[] none = new int[text.length()];
    Arrays.fill(none, -1);
    return new TextLine(text, none, List.of());
  }

  /**
   * @param words the line's words, left to right
   */
  static TextLine ofWords(List<OcrWord> words) {
    StringBuilder text = new StringBuilder();
    List<Integer> wordAt = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0 && gap(words.get(i - 1), words.get(i)) > SPACE_GAP * height(words, i)) {
        text.append(' ');
        wordAt.add(-1);
      }
      text.append(words.get(i).text());
      for (int c = 0; c < words.get(i).text().length(); c++) {
        wordAt.add(i);
      }
    }
    return new TextLine(
        text.toString(), wordAt.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(words));
  }

  String text() {
    return text;
  }

  boolean hasBoxes() {
    return !words.isEmpty();
  }

  /** The distinct words that the characters in [from, to) came from, left to right. */
  List<OcrWord> wordsIn(int from, int to) {
    return Arrays.stream(wordAt, from, to)
        .filter(i -> i >= 0)
        .distinct()
        .mapToObj(words::get)
        .toList();
  }

  /** The union of the boxes of the characters in [from, to), or null without boxes. */
  Rectangle boxOf(int from, int to) {
    return wordsIn(from, to).stream().map(OcrWord::box).reduce(Rectangle::union).orElse(null);
  }

  /** The word a character came from, or null for an inserted space or a text-layer line. */
  OcrWord wordAt(int index) {
    return wordAt[index] < 0 ? null : words.get(wordAt[index]);
  }

  static int gap(OcrWord left, OcrWord right) {
    return right.box().x - (left.box().x + left.box().width);
  }

  private static int height(List<OcrWord> words, int i) {
    return Math.max(words.get(i - 1).box().height, words.get(i).box().height);
  }
}
