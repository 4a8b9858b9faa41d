package jp.gyomu.fields;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Finds a choice's options (有, 無) in part of a line, ignoring spaces and character widths. Longer
 * options are matched first and own their characters, so 有り is not also read as 有.
 */
final class OptionText {

  /**
   * An option found.
   *
   * @param text the option as the template prints it
   * @param box its characters' boxes, page pixels
   */
  record Found(String text, Rectangle box) {}

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
      char c = Widths.foldChar(line.text().charAt(i));
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
        if (claimed.get(s, e).isEmpty() && box != null && box.x >= minX) {
          claimed.set(s, e);
          found[o] = new Found(options.get(o), box);
          break;
        }
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

  private static String fold(String text) {
    StringBuilder folded = new StringBuilder();
    for (char c : text.toCharArray()) {
      char f = Widths.foldChar(c);
      if (!Character.isWhitespace(f)) {
        folded.append(f);
      }
    }
    return folded.toString();
  }
}
