package jp.gyomu.fields;

/**
 * Repairs characters OCR reads in place of digits and hyphens. Only for numeric fields (dates,
 * amounts, phone numbers, postal codes): in free text an "O" is usually an "O".
 *
 * <p>Expects width-folded input (see {@link Widths}).
 */
public final class OcrConfusions {

  private static final String DIGIT_LOOKALIKES = "Oo〇○◯lI|";
  private static final String RUN_SEPARATORS = ",.-/";
  private static final String DASH_LOOKALIKES = "ー一－‐‑‒–—―−ｰ~〜";

  private OcrConfusions() {}

  /**
   * Turns O/o/〇/○ into 0 and l/I/| into 1 inside a run of digits and separators that holds at least
   * one real digit; a letter touching another Latin letter ("No.", "Tel") is left alone.
   */
  public static String repairDigits(String text) {
    char[] chars = text.toCharArray();
    int i = 0;
    while (i < chars.length) {
      if (!isRunChar(chars[i])) {
        i++;
        continue;
      }
      int end = i;
      boolean hasDigit = false;
      while (end < chars.length && isRunChar(chars[end])) {
        hasDigit |= isDigit(chars[end]);
        end++;
      }
      if (hasDigit) {
        for (int p = i; p < end; p++) {
          if (DIGIT_LOOKALIKES.indexOf(chars[p]) >= 0 && !touchesOtherLetter(chars, p)) {
            chars[p] = "Oo〇○◯".indexOf(chars[p]) >= 0 ? '0' : '1';
          }
        }
      }
      i = end;
    }
    return new String(chars);
  }

  /** Turns long-vowel marks, kanji 一 and dash variants between two digits into '-'. */
  public static String repairDashes(String text) {
    char[] chars = text.toCharArray();
    for (int p = 1; p < chars.length - 1; p++) {
      if (DASH_LOOKALIKES.indexOf(chars[p]) >= 0
          && isDigit(chars[p - 1])
          && isDigit(chars[p + 1])) {
        chars[p] = '-';
      }
    }
    return new String(chars);
  }

  private static boolean isRunChar(char c) {
    return isDigit(c) || DIGIT_LOOKALIKES.indexOf(c) >= 0 || RUN_SEPARATORS.indexOf(c) >= 0;
  }

  private static boolean touchesOtherLetter(char[] chars, int p) {
    return (p > 0 && isOtherLetter(chars[p - 1]))
        || (p + 1 < chars.length && isOtherLetter(chars[p + 1]));
  }

  private static boolean isOtherLetter(char c) {
    return ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) && DIGIT_LOOKALIKES.indexOf(c) < 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
