package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.Reasons;
import org.junit.jupiter.api.Test;

/**
 * What a Japanese reader sees when a value is missing or odd: every reason the normalisers give is
 * a typed reason whose Japanese text has Japanese in it, never an English sentence.
 */
class JapaneseReasonsTest {

  static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

  static final List<String> ODD_TEXTS =
      List.of(
          "",
          "  ",
          "abc",
          "1.250,5",
          "12,34,567",
          "12.5",
          "123456789012345678901",
          "令和0年1月1日",
          "平成31年5月3日",
          "令和2年13月1日",
          "令和2年2月30日",
          "明治1年1月1日",
          "T1234567890123",
          "T12",
          "03-12",
          "〒12-34",
          "maybe");

  @Test
  void everyReasonAValueIsRefusedOrDoubtedForReadsInJapanese() {
    int reasons = 0;
    for (FieldType type : FieldType.values()) {
      for (String text : ODD_TEXTS) {
        Reason why = type.normalise(text).why();
        if (why == null) {
          continue;
        }
        reasons++;
        assertThat(Reasons.text(why, Locale.JAPANESE))
            .as(type.id() + " «" + text + "»: " + why.english())
            .containsPattern(JAPANESE);
      }
    }
    assertThat(reasons).as("odd texts give reasons").isGreaterThan(40);
  }
}
