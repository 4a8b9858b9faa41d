package jp.gyomu.reasons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every reason has a Japanese and an English text, so no screen falls back to a bare code. */
class ReasonBundlesTest {

  static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

  @Test
  void bothBundlesHaveATextForEveryReasonCode() {
    assertThat(Reasons.missingIn(Locale.JAPANESE)).isEmpty();
    assertThat(Reasons.missingIn(Locale.ENGLISH)).isEmpty();
  }

  @Test
  void everyReasonReadsInJapaneseForAJapaneseReaderAndInEnglishForAnEnglishOne() {
    for (ReasonCode code : ReasonCode.values()) {
      Reason reason = Reason.of(code, "1", "2", "3", "4", "5");
      assertThat(Reasons.text(reason, Locale.JAPANESE)).as(code.key()).containsPattern(JAPANESE);
      assertThat(Reasons.text(reason, Locale.ENGLISH)).as(code.key()).isNotBlank();
    }
  }

  @Test
  void aLanguageWithoutABundleReadsJapanese() {
    Reason reason = Reason.of(ReasonCode.LABEL_NOT_FOUND, "用務");
    assertThat(Reasons.text(reason, Locale.FRENCH)).isEqualTo("ラベル (用務) が見つかりません");
  }

  @Test
  void aCauseIsRenderedInTheSameLanguageAsTheReasonItExplains() {
    Reason cell =
        Reason.of(ReasonCode.TABLE_CELL, 2, "金額").because(Reason.of(ReasonCode.NOT_A_NUMBER, "十x"));

    assertThat(Reasons.text(cell, Locale.JAPANESE)).isEqualTo("2行目 金額: 数値ではありません: 十x");
    assertThat(cell.english()).isEqualTo("2行目 金額: not a number: 十x");
  }

  @Test
  void quotesInEnglishTextsAreFormattedNotDoubled() {
    assertThat(Reason.of(ReasonCode.NO_TYPE_MATCHES).english()).contains("type's rules");
    assertThat(Reason.of(ReasonCode.NO_AMOUNT, "abc").english())
        .isEqualTo("no amount found in 'abc'");
    assertThat(Arrays.stream(ReasonCode.values()).map(ReasonCode::key).distinct().count())
        .isEqualTo(ReasonCode.values().length);
  }
}
