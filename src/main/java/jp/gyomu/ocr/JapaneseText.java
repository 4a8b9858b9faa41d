package jp.gyomu.ocr;

/**
 * Removes the spaces that OCR engines and PDF text layers put between Japanese characters.
 *
 * <p>Japanese is written without spaces, so a space between two CJK characters is almost always an
 * artefact (Tesseract reports many Japanese characters as separate words; PDF producers place each
 * glyph on its own and extractors add a space for every gap). The rule, applied to each run of
 * horizontal whitespace (ASCII space, tab, ideographic space U+3000, no-break space and other
 * Unicode space separators; never line breaks):
 *
 * <ul>
 *   <li>between two CJK characters: removed ({@code 申 請 日} becomes {@code 申請日}). This also joins a
 *       family and a given name ({@code 山田 太郎} becomes {@code 山田太郎}); field matching must not rely
 *       on that space.
 *   <li>between a CJK character and an ASCII digit: removed, because Japanese attaches numbers to
 *       counters and units ({@code 令和 6 年}, {@code 12,345 円}, {@code 第 3 条}).
 *   <li>between a CJK character and ASCII punctuation: removed, because OCR reads full-width
 *       brackets and commas as ASCII ones ({@code 出張 (会議出席 )} becomes {@code 出張(会議出席)}).
 *   <li>anywhere else (Latin word next to Latin word, Latin word next to Japanese): kept as it is,
 *       because there the space separates words ({@code PDF ファイル}, {@code Gyomu の設定}).
 * </ul>
 *
 * "CJK character" means Han (including compatibility ideographs), Hiragana, Katakana (including ー
 * and half-width katakana), CJK symbols and punctuation (、。「」〒〜), full-width forms (（）： and
 * full-width digits and letters) and the enclosed and compatibility CJK symbols (㈱, ㍻).
 */
public final class JapaneseText {

  private JapaneseText() {}

  public static String removeSpacesBetweenCjk(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!isHorizontalSpace(cp)) {
        out.appendCodePoint(cp);
        i += Character.charCount(cp);
        continue;
      }
      int runEnd = i;
      while (runEnd < text.length() && isHorizontalSpace(text.codePointAt(runEnd))) {
        runEnd += Character.charCount(text.codePointAt(runEnd));
      }
      boolean hasBefore = out.length() > 0;
      boolean hasAfter = runEnd < text.length();
      if (!(hasBefore
          && hasAfter
          && joinsWithoutSpace(out.codePointBefore(out.length()), text.codePointAt(runEnd)))) {
        out.append(text, i, runEnd);
      }
      i = runEnd;
    }
    return out.toString();
  }

  /** Whether the character is one of those Japanese text is written in, without spaces. */
  public static boolean isCjk(int codePoint) {
    if (codePoint == '\u3000') {
      return false;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
        || block == Character.UnicodeBlock.HIRAGANA
        || block == Character.UnicodeBlock.KATAKANA
        || block == Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
        || block == Character.UnicodeBlock.CJK_COMPATIBILITY
        || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
        || block == Character.UnicodeBlock.VERTICAL_FORMS;
  }

  /** Whether a space between these two characters is an artefact (see the class comment). */
  public static boolean joinsWithoutSpace(int before, int after) {
    return (isCjk(before) && attachesToCjk(after)) || (attachesToCjk(before) && isCjk(after));
  }

  private static boolean attachesToCjk(int codePoint) {
    boolean asciiDigit = codePoint >= '0' && codePoint <= '9';
    boolean asciiPunctuation =
        codePoint > ' ' && codePoint < 0x7F && !Character.isLetterOrDigit(codePoint);
    return isCjk(codePoint) || asciiDigit || asciiPunctuation;
  }

  private static boolean isHorizontalSpace(int codePoint) {
    return codePoint == ' '
        || codePoint == '\t'
        || (codePoint != '\n'
            && codePoint != '\r'
            && Character.getType(codePoint) == Character.SPACE_SEPARATOR);
  }
}
