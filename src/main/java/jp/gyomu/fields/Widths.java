package jp.gyomu.fields;

import java.text.Normalizer;

/**
 * Folds character widths the way Japanese offices expect: full-width Latin letters, digits,
 * punctuation and the ideographic space become half-width; half-width katakana become full-width.
 *
 * <p>Deliberately not full NFKC: NFKC also rewrites CJK compatibility ideographs (e.g. U+FA19 神
 * becomes U+795E 神) and that would change the registered spelling of a person's name.
 */
public final class Widths {

  private Widths() {}

  /** Folds widths; every character outside the katakana range maps to exactly one character. */
  public static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isHalfWidthKatakana(c)) {
        // a run at a time, so that a voiced-sound mark joins its kana (ｶﾞ -> ガ)
        int end = i;
        while (end < text.length() && isHalfWidthKatakana(text.charAt(end))) {
          end++;
        }
        out.append(Normalizer.normalize(text.substring(i, end), Normalizer.Form.NFKC));
        i = end;
      } else {
        out.append(foldChar(c));
        i++;
      }
    }
    return out.toString();
  }

  /** Folds one character that is not half-width katakana; length-preserving, for index mapping. */
  static char foldChar(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    return switch (c) {
      case '\u3000' -> ' ';
      case '\uFFE5' -> '¥';
      default -> c;
    };
  }

  private static boolean isHalfWidthKatakana(char c) {
    return c >= '\uFF61' && c <= '\uFF9F';
  }
}
