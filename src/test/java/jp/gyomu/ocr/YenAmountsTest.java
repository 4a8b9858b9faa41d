package jp.gyomu.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YenAmountsTest {

  @Test
  void readsABackslashBeforeDigitsAsTheYenSign() {
    assertThat(YenAmounts.fix("金額 \\12,345")).isEqualTo("金額 ¥12,345");
    assertThat(YenAmounts.fix("C:\\Users")).isEqualTo("C:\\Users");
  }

  @Test
  void readsAFullStopBetweenThousandsAsAComma() {
    assertThat(YenAmounts.fix("1.250,000円")).isEqualTo("1,250,000円");
    assertThat(YenAmounts.fix("12.345円")).isEqualTo("12,345円");
    assertThat(YenAmounts.fix("1.250.000円")).isEqualTo("1,250,000円");
    assertThat(YenAmounts.fix("\\12.345,")).isEqualTo("¥12,345,");
    assertThat(YenAmounts.fix("金額 \\12.345\n")).isEqualTo("金額 ¥12,345\n");
    assertThat(YenAmounts.fix("¥1.234.567")).isEqualTo("¥1,234,567");
  }

  @Test
  void readsAThousandsSeparatorReadTwiceAsOneComma() {
    assertThat(YenAmounts.fix("38,.980")).isEqualTo("38,980");
    assertThat(YenAmounts.fix("1,.251,.840")).isEqualTo("1,251,840");
    assertThat(YenAmounts.fix("\\20,.640-")).isEqualTo("¥20,640-");
    assertThat(YenAmounts.fix("合計 2.957.867")).isEqualTo("合計 2,957,867");
  }

  @Test
  void leavesDecimalsAlone() {
    assertThat(YenAmounts.fix("1.5倍 3.141 2.500kg 0.125")).isEqualTo("1.5倍 3.141 2.500kg 0.125");
    assertThat(YenAmounts.fix("版 1.2.3")).isEqualTo("版 1.2.3");
    assertThat(YenAmounts.fix("¥1.50")).isEqualTo("¥1.50");
    assertThat(YenAmounts.fix("24.150 1,.5 1.234.5678")).isEqualTo("24.150 1,.5 1.234.5678");
  }
}
