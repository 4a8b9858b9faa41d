package jp.gyomu.fields;

import jp.gyomu.ocr.EditDistance;

/**
 * Whether a second reading of a crop read the same ink as the first: the rules the second looks at
 * unsure text values and unsure table cells share.
 */
final class SameInk {

  private SameInk() {}

  /** The second differs from the first in at most a third of its characters (one at least). */
  static boolean fewEdits(String first, String second) {
    return EditDistance.between(first, second) <= Math.max(1, first.length() / 3);
  }

  /**
   * The second brings no Latin letters or digits the first did not have: those are misread strokes
   * or a neighbour's text.
   */
  static boolean noNewLatinOrDigits(String first, String second) {
    return latinOrDigits(second) <= latinOrDigits(first);
  }

  private static long latinOrDigits(String text) {
    return text.codePoints()
        .filter(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        .count();
  }
}
