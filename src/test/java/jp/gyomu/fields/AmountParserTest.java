package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmountParserTest {

  private static long amount(String text) {
    Normalised<Long> parsed = AmountParser.parse(text);
    assertThat(parsed.isValid()).as("%s: %s", text, parsed.reason()).isTrue();
    return parsed.value();
  }

  private static String rejection(String text) {
    Normalised<Long> parsed = AmountParser.parse(text);
    assertThat(parsed.isValid()).as(text).isFalse();
    return parsed.reason();
  }

  @Test
  void readsYenWithSignOrSuffix() {
    assertThat(amount("¥12,345")).isEqualTo(12345);
    assertThat(amount("12,345円")).isEqualTo(12345);
    assertThat(amount("12345円")).isEqualTo(12345);
    assertThat(amount("0円")).isZero();
  }

  @Test
  void readsFullWidthDigitsYenSignAndComma() {
    assertThat(amount("￥１２，３４５")).isEqualTo(12345);
    assertThat(amount("１２，３４５円")).isEqualTo(12345);
  }

  @Test
  void readsTheFormalKinNariWording() {
    assertThat(amount("金12,345円也")).isEqualTo(12345);
    assertThat(amount("金 12,345 円也")).isEqualTo(12345);
  }

  @Test
  void readsABackslashAsTheYenSignWindowsFontsDraw() {
    assertThat(amount("\\12,345")).isEqualTo(12345);
    assertThat(amount("\\12,345-")).isEqualTo(12345);
  }

  @Test
  void joinsAThousandsGroupOcrSplitWithASpace() {
    assertThat(amount("12, 345円")).isEqualTo(12345);
    assertThat(amount("1 234 567円")).isEqualTo(1234567);
  }

  @Test
  void repairsLettersOcrReadInPlaceOfDigits() {
    assertThat(amount("1O,OOO円")).isEqualTo(10000);
    assertThat(amount("¥1o,5oo")).isEqualTo(10500);
    assertThat(amount("l2,345円")).isEqualTo(12345);
    assertThat(amount("¥I2,|45")).isEqualTo(12145);
  }

  @Test
  void readsKanjiNumerals() {
    assertThat(amount("一万二千三百四十五円")).isEqualTo(12345);
    assertThat(amount("金壱萬弐千円也")).isEqualTo(12000);
    assertThat(amount("金壱拾弐万参千四百五拾六円也")).isEqualTo(123456);
    assertThat(amount("三百万円")).isEqualTo(3_000_000);
    assertThat(amount("千円")).isEqualTo(1000);
  }

  @Test
  void readsKanjiUnitsMixedWithArabicDigits() {
    assertThat(amount("1万2345円")).isEqualTo(12345);
    assertThat(amount("12万円")).isEqualTo(120_000);
    assertThat(amount("1億2,000万円")).isEqualTo(120_000_000);
  }

  @Test
  void readsTheAccountingTriangleAsMinus() {
    assertThat(amount("△1,000")).isEqualTo(-1000);
    assertThat(amount("▲1,000円")).isEqualTo(-1000);
    assertThat(amount("-1,000")).isEqualTo(-1000);
  }

  @Test
  void readsDotsBetweenThreeDigitGroupsAsThousandsSeparatorsWithACaveat() {
    Normalised<Long> parsed = AmountParser.parse("12.345円");
    assertThat(parsed.value()).isEqualTo(12345);
    assertThat(parsed.reason()).contains("thousands separator");
  }

  @Test
  void rejectsFractionalYen() {
    assertThat(rejection("12.5円")).contains("no fractional part");
    assertThat(rejection("1,234.00円")).contains("no fractional part");
  }

  @Test
  void rejectsCommasThatDoNotGroupByThree() {
    assertThat(rejection("1,2345円")).contains("not grouped by three");
  }

  @Test
  void prefersTheNumberMarkedAsYenOverOtherNumbers() {
    assertThat(amount("工事一式 12,345円")).isEqualTo(12345);
    assertThat(amount("工事一式 12,345")).isEqualTo(12345);
    assertThat(amount("12,345円（うち消費税1,122円）")).isEqualTo(12345);
  }

  @Test
  void skipsTheTaxRatePrintedBeforeTheAmount() {
    assertThat(amount("(10%) 80,248")).isEqualTo(80248);
    assertThat(amount("（８％） 1,234")).isEqualTo(1234);
    assertThat(amount("10%対象 5,000")).isEqualTo(5000);
    assertThat(rejection("(10%)")).contains("no amount");
  }

  @Test
  void readsPlainCounts() {
    assertThat(amount("3名")).isEqualTo(3);
    assertThat(amount("三名")).isEqualTo(3);
  }

  @Test
  void rejectsTextWithoutAnAmount() {
    assertThat(rejection("未定")).startsWith("no amount found");
    assertThat(rejection("")).isEqualTo("empty");
  }

  @Test
  void rejectsKanjiThatMakeNoNumber() {
    assertThat(rejection("百十百円")).startsWith("not a number");
  }

  @Test
  void aDotAmongCommaGroupsIsAMisreadComma() {
    var amount = AmountParser.parse("1.250,000円");
    assertThat(amount.value()).isEqualTo(1_250_000L);
    assertThat(amount.reason()).contains("misread comma");
    assertThat(AmountParser.parse("1,234.00").isValid()).isFalse();
  }

  @Test
  void readsADoubledSeparatorAsOne() {
    assertThat(amount("32,.850円")).isEqualTo(32850);
    assertThat(amount("¥28,,920")).isEqualTo(28920);
  }

  @Test
  void readsALongFirstGroupBeforeGroupsOfThreeAsOneCommaLostWithACaveat() {
    Normalised<Long> parsed = AmountParser.parse("1228,315");
    assertThat(parsed.value()).isEqualTo(1228315);
    assertThat(parsed.reason()).contains("separator lost");
    assertThat(rejection("12,34,567円")).contains("not grouped by three");
  }
}
