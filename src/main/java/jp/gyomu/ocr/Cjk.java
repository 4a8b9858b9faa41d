package jp.gyomu.ocr;

import java.lang.Character.UnicodeBlock;
import java.lang.Character.UnicodeScript;
import java.util.Set;

/** Which characters are written without spaces between them in Japanese and Chinese text. */
final class Cjk {

  private static final Set<UnicodeScript> SCRIPTS =
      Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA);

  private static final Set<UnicodeBlock> BLOCKS =
      Set.of(
          UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION,
          UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS,
          UnicodeBlock.KATAKANA,
          UnicodeBlock.HIRAGANA,
          UnicodeBlock.CJK_COMPATIBILITY);

  private Cjk() {}

  /** Kanji, kana, and CJK punctuation or full-width forms such as 、。「」（）１. */
  static boolean isWide(int codePoint) {
    return SCRIPTS.contains(UnicodeScript.of(codePoint))
        || BLOCKS.contains(UnicodeBlock.of(codePoint));
  }
}
