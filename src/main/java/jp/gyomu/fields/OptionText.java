package jp.gyomu.fields;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Finds a choice's options (有, 無) in part of a line, ignoring spaces and character widths. Longer
 * options are matched first and own their characters, so 有り is not also read as 有. An option of
 * three or more characters that is not on the line is then looked for with one character misread.
 */
final class OptionText {

  /**
   * An option found.
   *
   * @param text the option as the template prints it
   * @param box its characters' boxes, page pixels
   * @param first its characters in the first word OCR read it with
   * @param last its characters in the last word OCR read it with (the first for a one-word option)
   */
  record Found(String text, Rectangle box, boolean inCircle, Part first, Part last) {

    Found(String text, Rectangle box, boolean inCircle) {
      this(text, box, inCircle, Part.unread(box, text.length()), Part.unread(box, text.length()));
    }

    Found(String text, Rectangle box) {
      this(text, box, false);
    }
  }

  /**
   * Some of an option's characters that OCR read as one word: a check box it merged into the word
   * can only stand at the option's ends and only where text of that word stands beside it.
   *
   * @param box the characters' boxes, page pixels
   * @param characters how many of the option's characters the word holds
   * @param read what OCR read there (null: unknown)
   */
  record Part(Rectangle box, int characters, String read, float confidence) {

    /** A part placed without OCR's reading of it: nothing read, taken as sure. */
    static Part unread(Rectangle box, int characters) {
      return new Part(box, characters, null, 100f);
    }
  }

  // characters OCR makes of a pen's circle's sides when it reads them as one word with the option
  private static final String CIRCLE_SIDES = "()（）";

  // an option's characters in words further apart than this many text heights are not one option
  // (a form that spaces an option's characters out leaves about one height between them)
  private static final double APART = 1.5;

  // options shorter than this are not looked for with a character misread
  static final int MISREAD_MIN_LENGTH = 3;

  private OptionText() {}

  /**
   * @param from first character of the line to look at
   * @param to the character after the last
   * @param minX options left of this are ignored (a line below its label, in another column)
   * @return the options found, in the template's order
   */
  static List<Found> find(List<String> options, TextLine line, int from, int to, int minX) {
    StringBuilder compact = new StringBuilder();
    List<Integer> at = new ArrayList<>();
    for (int i = from; i < to; i++) {
      char c = foldChar(line.text().charAt(i));
      if (!Character.isWhitespace(c)) {
        compact.append(c);
        at.add(i);
      }
    }
    String text = compact.toString();
    BitSet claimed = new BitSet(text.length());
    Found[] found = new Found[options.size()];
    List<Integer> longestFirst = new ArrayList<>();
    for (int o = 0; o < options.size(); o++) {
      longestFirst.add(o);
    }
    longestFirst.sort(Comparator.comparingInt((Integer o) -> options.get(o).length()).reversed());
    for (int o : longestFirst) {
      String option = fold(options.get(o));
      if (option.isEmpty()) {
        continue;
      }
      for (int s = text.indexOf(option); s >= 0; s = text.indexOf(option, s + 1)) {
        int e = s + option.length();
        Rectangle box = CharBoxes.of(line, at.get(s), at.get(e - 1) + 1);
        if (claimed.get(s, e).isEmpty() && box != null && box.x >= minX && !apart(line, at, s, e)) {
          claimed.set(s, e);
          found[o] =
              new Found(
                  options.get(o),
                  box,
                  inCircle(line, at.get(s), at.get(e - 1)),
                  part(line, at, s, e, true),
                  part(line, at, s, e, false));
          break;
        }
      }
    }
    for (int o : longestFirst) {
      if (found[o] == null) {
        found[o] = misread(options, o, line, text, at, claimed, minX);
      }
    }
    List<Found> inOrder = new ArrayList<>();
    for (Found f : found) {
      if (f != null) {
        inOrder.add(f);
      }
    }
    return inOrder;
  }

  /**
   * Option {@code o} read with one character wrong, lost or added (上童扶養手当 for 児童扶養手当, the box fused
   * into 児 as 田上): the first free run within one edit of it and further from every other option.
   * Options shorter than {@link #MISREAD_MIN_LENGTH} are not looked for so (有 and 無 are one
   * character). A wrong character at an end must be one OCR read as one word with what lies beyond
   * the run, and is left out of the box: it is often the box beside it (田上 for ■児). Any other wrong
   * end character (見童 for 児童) leaves the option's extent unsure, so the option is left to be placed
   * from the ink ({@link UnreadOption}).
   */
  private static Found misread(
      List<String> options,
      int o,
      TextLine line,
      String text,
      List<Integer> at,
      BitSet claimed,
      int minX) {
    String option = fold(options.get(o));
    if (option.length() < MISREAD_MIN_LENGTH) {
      return null;
    }
    for (int s = 0; s < text.length(); s++) {
      for (int length : new int[] {option.length(), option.length() - 1, option.length() + 1}) {
        int e = s + length;
        if (e > text.length() || !claimed.get(s, e).isEmpty()) {
          continue;
        }
        String run = text.substring(s, e);
        if (!LabelFinder.withinOneEdit(run, option)
            || nearAnother(options, o, run)
            || apart(line, at, s, e)) {
          continue;
        }
        boolean firstWrong = run.charAt(0) != option.charAt(0);
        boolean lastWrong = run.charAt(run.length() - 1) != option.charAt(option.length() - 1);
        if (firstWrong && !fusedBefore(line, at.get(s))
            || lastWrong && !fusedAfter(line, at.get(e - 1))) {
          // a word's end misread alone (見童 for 児童) leaves its box unsure: the ink decides
          continue;
        }
        int first = s + (firstWrong ? 1 : 0);
        int last = e - (lastWrong ? 1 : 0);
        Rectangle box = CharBoxes.of(line, at.get(first), at.get(last - 1) + 1);
        if (box != null && box.x >= minX) {
          claimed.set(s, e);
          return new Found(
              options.get(o),
              box,
              false,
              part(line, at, first, last, true),
              part(line, at, first, last, false));
        }
      }
    }
    return null;
  }

  /**
   * Whether two neighbouring characters of the run [s, e) (indices into the compact text) stand in
   * words further apart than {@link #APART} text heights: a printed option's characters are side by
   * side, and its characters spread over distant words (転 of 転入 read alone, then 入 of a box read as
   * 入口 two characters further on) are not it.
   */
  private static boolean apart(TextLine line, List<Integer> at, int s, int e) {
    for (int k = s; k + 1 < e; k++) {
      var left = line.wordAt(at.get(k));
      var right = line.wordAt(at.get(k + 1));
      if (left != null
          && right != null
          && left != right
          && TextLine.gap(left, right) > APART * Math.max(left.box().height, right.box().height)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The characters of the option [s, e) (indices into the compact text) that OCR read as one word
   * with its first character (or its last).
   */
  private static Part part(TextLine line, List<Integer> at, int s, int e, boolean first) {
    int end = first ? s : e - 1;
    var word = line.wordAt(at.get(end));
    int from = end;
    int to = end;
    while (first && to + 1 < e && line.wordAt(at.get(to + 1)) == word) {
      to++;
    }
    while (!first && from - 1 >= s && line.wordAt(at.get(from - 1)) == word) {
      from--;
    }
    Rectangle box = CharBoxes.of(line, at.get(from), at.get(to) + 1);
    StringBuilder read = new StringBuilder();
    float confidence = 100f;
    for (int k = from; k <= to; k++) {
      read.append(line.text().charAt(at.get(k)));
      var w = line.wordAt(at.get(k));
      confidence = w == null ? confidence : Math.min(confidence, w.confidence());
    }
    return box == null ? null : new Part(box, to - from + 1, read.toString(), confidence);
  }

  /**
   * Whether OCR read the characters [first, last] as one word with a circle's side, as in (オス, or
   * read both sides as words of their own round them, as in ( 女 ).
   */
  private static boolean inCircle(TextLine line, int first, int last) {
    for (int i = first; i <= last; i++) {
      var word = line.wordAt(i);
      if (word != null && word.text().chars().anyMatch(c -> CIRCLE_SIDES.indexOf(c) >= 0)) {
        return true;
      }
    }
    return nextIs(line, first, -1, "(（") && nextIs(line, last, 1, ")）");
  }

  /** Whether the first character other than a space from {@code i} on (by step) is one of some. */
  private static boolean nextIs(TextLine line, int i, int step, String characters) {
    for (int k = i + step; k >= 0 && k < line.text().length(); k += step) {
      char c = line.text().charAt(k);
      if (!Character.isWhitespace(c)) {
        return characters.indexOf(c) >= 0;
      }
    }
    return false;
  }

  /** Whether OCR read character {@code i} as one word with the character before it. */
  private static boolean fusedBefore(TextLine line, int i) {
    return i > 0 && line.wordAt(i) != null && line.wordAt(i - 1) == line.wordAt(i);
  }

  private static boolean fusedAfter(TextLine line, int i) {
    return i + 1 < line.text().length()
        && line.wordAt(i) != null
        && line.wordAt(i + 1) == line.wordAt(i);
  }

  /** Whether a run is as near another option as one edit, or holds it. */
  private static boolean nearAnother(List<String> options, int o, String run) {
    for (int k = 0; k < options.size(); k++) {
      String other = fold(options.get(k));
      if (k != o
          && !other.isEmpty()
          && (run.contains(other) || LabelFinder.withinOneEdit(run, other))) {
        return true;
      }
    }
    return false;
  }

  // OCR reads a kana at either size (ォス for オス); no two options differ only by a kana's size
  private static final String SMALL_KANA = "ァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎ";
  private static final String LARGE_KANA = "アイウエオツヤユヨワカケあいうえおつやゆよわ";

  private static char foldChar(char c) {
    char f = Widths.foldChar(c);
    int small = SMALL_KANA.indexOf(f);
    return small >= 0 ? LARGE_KANA.charAt(small) : f;
  }

  private static String fold(String text) {
    StringBuilder folded = new StringBuilder();
    for (char c : text.toCharArray()) {
      char f = foldChar(c);
      if (!Character.isWhitespace(f)) {
        folded.append(f);
      }
    }
    return folded.toString();
  }
}
