package jp.gyomu.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JapaneseTextTest {

  @Test
  void removesAsciiSpacesBetweenKanjiAndKana() {
    assertThat(JapaneseText.removeSpacesBetweenCjk("申 請 日 の 確 認")).isEqualTo("申請日の確認");
  }

  @Test
  void removesIdeographicAndNoBreakSpacesBetweenCjk() {
    assertThat(JapaneseText.removeSpacesBetweenCjk("山田\u3000太郎\u00a0様")).isEqualTo("山田太郎様");
  }

  @Test
  void removesRunsOfMixedSpaces() {
    assertThat(JapaneseText.removeSpacesBetweenCjk("所属 \u3000\t 総務課")).isEqualTo("所属総務課");
  }

  @Test
  void joinsKatakanaWithTheProlongedSoundMark() {
    assertThat(JapaneseText.removeSpacesBetweenCjk("デ ー タ セ ン タ ー")).isEqualTo("データセンター");
  }

  @Test
  void joinsFullWidthPunctuationDigitsAndLetters() {
    assertThat(JapaneseText.removeSpacesBetweenCjk("「 件 名 」 （ ２ ０ ２ ４ ） ： Ａ 案 、 以 上 。"))
        .isEqualTo("「件名」（２０２４）：Ａ案、以上。");
  }

  @Test
  void attachesAsciiNumbersToCountersAndUnits() {
    assertThat(JapaneseText.removeSpacesBetweenCjk("令和 6 年 4 月 1 日 金額 12,345 円"))
        .isEqualTo("令和6年4月1日金額12,345円");
  }

  @Test
  void attachesAsciiPunctuationThatOcrReadInsteadOfFullWidth() {
    assertThat(JapaneseText.removeSpacesBetweenCjk("出張 (会議出席 ) 、 金額 : 12,345 円 ."))
        .isEqualTo("出張(会議出席)、金額: 12,345円.");
  }

  @Test
  void keepsSpacesAroundPunctuationBetweenLatinWords() {
    assertThat(JapaneseText.removeSpacesBetweenCjk("Total ( net ) : 42"))
        .isEqualTo("Total ( net ) : 42");
  }

  @Test
  void keepsSpacesBetweenLatinWords() {
    assertThat(JapaneseText.removeSpacesBetweenCjk("The quick  brown fox 42 times"))
        .isEqualTo("The quick  brown fox 42 times");
  }

  @Test
  void keepsTheSpaceBetweenALatinWordAndJapanese() {
    assertThat(JapaneseText.removeSpacesBetweenCjk("PDF ファイル を Gyomu で 開く"))
        .isEqualTo("PDF ファイルを Gyomu で開く");
  }

  @Test
  void keepsLineBreaksBetweenJapaneseLines() {
    assertThat(JapaneseText.removeSpacesBetweenCjk("氏 名 \n 所 属\r\n件 名"))
        .isEqualTo("氏名 \n 所属\r\n件名");
  }

  @Test
  void keepsLeadingAndTrailingSpaces() {
    assertThat(JapaneseText.removeSpacesBetweenCjk("  申 請  ")).isEqualTo("  申請  ");
  }

  @Test
  void joinsCharactersOutsideTheBasicPlane() {
    // 𠮷 (U+20BB7) is a surrogate pair in Java strings
    assertThat(JapaneseText.removeSpacesBetweenCjk("𠮷 野 家")).isEqualTo("𠮷野家");
  }

  @Test
  void treatsHalfWidthKatakanaAndCompatibilitySymbolsAsCjk() {
    assertThat(JapaneseText.removeSpacesBetweenCjk("ｶ ﾌﾞ ｼｷ ㈱ ㍻")).isEqualTo("ｶﾌﾞｼｷ㈱㍻");
  }

  @Test
  void leavesNullAndEmptyAlone() {
    assertThat(JapaneseText.removeSpacesBetweenCjk(null)).isNull();
    assertThat(JapaneseText.removeSpacesBetweenCjk("")).isEmpty();
  }
}
