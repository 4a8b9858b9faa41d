package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Widths, OCR confusions, phone numbers, postal codes and free text. */
class SmallNormalisersTest {

  @Test
  void foldsFullWidthLatinDigitsAndSpaceToHalfWidth() {
    assertThat(Widths.fold("ＡＢＣ　ｘｙｚ　０１２：")).isEqualTo("ABC xyz 012:");
  }

  @Test
  void keepsFullWidthKatakanaAndWidensHalfWidthKatakana() {
    assertThat(Widths.fold("カタカナ")).isEqualTo("カタカナ");
    assertThat(Widths.fold("ｶﾞｲﾄﾞﾌﾞｯｸ")).isEqualTo("ガイドブック");
  }

  @Test
  void keepsCompatibilityIdeographsThatSpellNames() {
    assertThat(Widths.fold("\uFA19社")).isEqualTo("\uFA19社");
  }

  @Test
  void repairsCircleAndLetterLookalikesOnlyNextToDigits() {
    assertThat(OcrConfusions.repairDigits("1〇〇円")).isEqualTo("100円");
    assertThat(OcrConfusions.repairDigits("2○2○")).isEqualTo("2020");
    assertThat(OcrConfusions.repairDigits("O3-l234")).isEqualTo("03-1234");
    assertThat(OcrConfusions.repairDigits("No.1234 Tel")).isEqualTo("No.1234 Tel");
    assertThat(OcrConfusions.repairDigits("OIO")).isEqualTo("OIO");
  }

  @Test
  void repairsDashLookalikesOnlyBetweenDigits() {
    assertThat(OcrConfusions.repairDashes("03ー1234一5678")).isEqualTo("03-1234-5678");
    assertThat(OcrConfusions.repairDashes("100－0001")).isEqualTo("100-0001");
    assertThat(OcrConfusions.repairDashes("1‐2")).isEqualTo("1-2");
    assertThat(OcrConfusions.repairDashes("一万円 コーヒー")).isEqualTo("一万円 コーヒー");
  }

  @Test
  void readsPhoneNumbersWithHyphensOrParentheses() {
    assertThat(PhoneNumberNormaliser.parse("03-1234-5678").value()).isEqualTo("03-1234-5678");
    assertThat(PhoneNumberNormaliser.parse("０３（１２３４）５６７８").value()).isEqualTo("03-1234-5678");
    assertThat(PhoneNumberNormaliser.parse("(03)1234-5678").value()).isEqualTo("03-1234-5678");
    assertThat(PhoneNumberNormaliser.parse("TEL：0３ー1234ー567８").value()).isEqualTo("03-1234-5678");
    assertThat(PhoneNumberNormaliser.parse("090 1234 5678").value()).isEqualTo("090-1234-5678");
  }

  @Test
  void hyphenatesUnseparatedPhoneNumbersOnlyWhenTheShapeIsUnambiguous() {
    assertThat(PhoneNumberNormaliser.parse("09012345678").value()).isEqualTo("090-1234-5678");
    assertThat(PhoneNumberNormaliser.parse("0120123456").value()).isEqualTo("0120-123-456");
    assertThat(PhoneNumberNormaliser.parse("0312345678").value()).isEqualTo("0312345678");
  }

  @Test
  void readsAnInternationalJapanesePhoneNumber() {
    assertThat(PhoneNumberNormaliser.parse("+81-3-1234-5678").value()).isEqualTo("03-1234-5678");
  }

  @Test
  void rejectsPhoneNumbersOfTheWrongLength() {
    assertThat(PhoneNumberNormaliser.parse("03-1234-567").reason()).contains("10 or 11 digits");
    assertThat(PhoneNumberNormaliser.parse("なし").reason()).startsWith("no phone number");
  }

  @Test
  void readsPostalCodesWithOrWithoutMarkAndHyphen() {
    assertThat(PostalCodeNormaliser.parse("〒100-0001").value()).isEqualTo("100-0001");
    assertThat(PostalCodeNormaliser.parse("1000001").value()).isEqualTo("100-0001");
    assertThat(PostalCodeNormaliser.parse("〒１００ー０００１").value()).isEqualTo("100-0001");
    assertThat(PostalCodeNormaliser.parse("〒 100 - 0001 東京都千代田区").value()).isEqualTo("100-0001");
    assertThat(PostalCodeNormaliser.parse("〒1OO-OOO1").value()).isEqualTo("100-0001");
  }

  @Test
  void rejectsPostalCodesWithTheWrongNumberOfDigits() {
    assertThat(PostalCodeNormaliser.parse("100-001").reason()).startsWith("no 7-digit");
    assertThat(PostalCodeNormaliser.parse("10000011").isValid()).isFalse();
  }

  @Test
  void trimsAndCollapsesWhitespaceInText() {
    assertThat(TextNormaliser.normalise("  Tokyo \t Office\n ")).isEqualTo("Tokyo Office");
  }

  @Test
  void removesSpacesBetweenJapaneseCharactersOnly() {
    assertThat(TextNormaliser.normalise("総 務 課　山田 太郎")).isEqualTo("総務課山田太郎");
    assertThat(TextNormaliser.normalise("千代田区 1-1 ABC ビル")).isEqualTo("千代田区 1-1 ABC ビル");
    assertThat(TextNormaliser.normalise("コ ー ヒ ー")).isEqualTo("コーヒー");
  }

  @Test
  void readsALoneKatakanaLookalikeAmongKanjiAsTheKanji() {
    assertThat(TextNormaliser.normalise("藤田浩ニ")).isEqualTo("藤田浩二");
    assertThat(TextNormaliser.normalise("人ロ増加")).isEqualTo("人口増加");
    assertThat(TextNormaliser.normalise("北ー条西")).isEqualTo("北一条西");
    // katakana words and counters keep their katakana
    assertThat(TextNormaliser.normalise("ニコニコ食堂")).isEqualTo("ニコニコ食堂");
    assertThat(TextNormaliser.normalise("3カ所")).isEqualTo("3カ所");
    assertThat(TextNormaliser.normalise("エネルギー課")).isEqualTo("エネルギー課");
  }

  @Test
  void dropsDashesAndRulesBeforeATextAndAFullStopAfterJapanese() {
    assertThat(TextNormaliser.normalise("ーー子ども食堂運営支援事業")).isEqualTo("子ども食堂運営支援事業");
    assertThat(TextNormaliser.normalise("- | 北海道札幌市中央区北一条西1-11-13"))
        .isEqualTo("北海道札幌市中央区北一条西1-11-13");
    assertThat(TextNormaliser.normalise("合同会社さくら電機.")).isEqualTo("合同会社さくら電機");
    assertThat(TextNormaliser.normalise("・65432777")).isEqualTo("65432777");
    assertThat(TextNormaliser.normalise("・子ども食堂")).isEqualTo("子ども食堂");
    assertThat(TextNormaliser.normalise("”健康福祉部")).isEqualTo("健康福祉部");
    assertThat(TextNormaliser.normalise("Gyomu Co., Ltd.")).isEqualTo("Gyomu Co., Ltd.");
    assertThat(TextNormaliser.normalise("1-11-13")).isEqualTo("1-11-13");
  }

  @Test
  void foldsWidthsInText() {
    assertThat(TextNormaliser.normalise("ＡＢＣビル　３階")).isEqualTo("ABCビル 3階");
  }

  @Test
  void readsABracketOrNothingBetweenANumberAndTheMeOfABlockNumberAsChome() {
    assertThat(TextNormaliser.normalise("京都市中京区烏丸8」目23番6号")).isEqualTo("京都市中京区烏丸8丁目23番6号");
    assertThat(TextNormaliser.normalise("北区梅田1 ] 目19番14号")).isEqualTo("北区梅田1丁目19番14号");
    assertThat(TextNormaliser.normalise("高砂1 目4番2号")).isEqualTo("高砂1丁目4番2号");
    // 目 elsewhere stays
    assertThat(TextNormaliser.normalise("第3目 予備費")).isEqualTo("第3目予備費");
  }
}
