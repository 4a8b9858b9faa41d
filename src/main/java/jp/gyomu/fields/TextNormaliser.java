package jp.gyomu.fields;

import java.util.regex.Pattern;

/**
 * Cleans a free-text value: widths folded, whitespace trimmed and collapsed, and no spaces left
 * between Japanese characters (OCR and PDF text layers insert them; Japanese writes none). A lone
 * katakana that looks like a kanji (ニ 二, ロ 口, エ 工, カ 力, タ 夕, ハ 八) among kanji is read as that kanji
 * (浩ニ is 浩二: OCR picks the katakana for the same strokes), and a long-vowel mark between two kanji
 * as 一 (北ー条). In an address, 8」目23番 is 8丁目23番 (丁 read as a bracket, or lost).
 */
public final class TextNormaliser {

  private static final String JAPANESE =
      "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\u3000-\\u303F\\u30FC]";
  private static final Pattern SPACE_BETWEEN_JAPANESE =
      Pattern.compile("(?<=" + JAPANESE + ") (?=" + JAPANESE + ")");

  // what a ruled cell or a scan speck leaves before a value: no word starts with a dash, a rule,
  // a colon, a long-vowel mark, a middle dot (a leader's dot, a speck: ・65432777) or a closing
  // quote (a rule's end read as ”)
  private static final Pattern LEADING_NOISE = Pattern.compile("^[\\-ー―—−|｜¦:：・･”’\\s]+");
  // a speck read as a full stop after Japanese text (合同会社さくら電機.)
  private static final Pattern TRAILING_SPECK = Pattern.compile("(?<=" + JAPANESE + ")[.．,，]+$");
  // an address's 丁目 with 丁 read as a bracket or lost (烏丸8」目23番): 目 right after a number and
  // before the 番 of a block number is always 丁目
  private static final Pattern CHOME =
      Pattern.compile("(?<=\\d)\\s*[」\\]］亅J]?\\s*目(?=\\s*\\d{1,4}\\s*番)");
  private static final String KATAKANA_LOOKALIKES = "ニロエカタハ";
  private static final String KANJI_LOOKALIKES = "二口工力夕八";

  private TextNormaliser() {}

  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String collapsed = Widths.fold(text).replaceAll("\\s+", " ").strip();
    collapsed = CHOME.matcher(collapsed).replaceAll("丁目");
    collapsed =
        TRAILING_SPECK.matcher(LEADING_NOISE.matcher(collapsed).replaceAll("")).replaceAll("");
    return kanjiLookalikes(SPACE_BETWEEN_JAPANESE.matcher(collapsed).replaceAll(""));
  }

  private static String kanjiLookalikes(String text) {
    char[] chars = text.toCharArray();
    for (int p = 0; p < chars.length; p++) {
      boolean kanjiBefore = p > 0 && isKanji(chars[p - 1]);
      boolean kanjiAfter = p + 1 < chars.length && isKanji(chars[p + 1]);
      int lookalike = KATAKANA_LOOKALIKES.indexOf(chars[p]);
      if (lookalike >= 0
          && (kanjiBefore || kanjiAfter)
          && (kanjiBefore || p == 0)
          && (kanjiAfter || p + 1 == chars.length)) {
        chars[p] = KANJI_LOOKALIKES.charAt(lookalike);
      } else if (chars[p] == 'ー' && kanjiBefore && kanjiAfter) {
        chars[p] = '一';
      }
    }
    return new String(chars);
  }

  private static boolean isKanji(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
