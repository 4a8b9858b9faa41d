package jp.gyomu.fields;

import java.util.regex.Pattern;

/**
 * Cleans a free-text value: widths folded, whitespace trimmed and collapsed, and no spaces left
 * between Japanese characters (OCR and PDF text layers insert them; Japanese writes none).
 */
public final class TextNormaliser {

  private static final String JAPANESE =
      "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\u3000-\\u303F\\u30FC]";
  private static final Pattern SPACE_BETWEEN_JAPANESE =
      Pattern.compile("(?<=" + JAPANESE + ") (?=" + JAPANESE + ")");

  private TextNormaliser() {}

  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String collapsed = Widths.fold(text).replaceAll("\\s+", " ").strip();
    return SPACE_BETWEEN_JAPANESE.matcher(collapsed).replaceAll("");
  }
}
