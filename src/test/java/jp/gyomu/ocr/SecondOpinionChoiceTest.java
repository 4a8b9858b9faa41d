package jp.gyomu.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecondOpinionChoiceTest {

  @Test
  void keepsTheFirstReadingWhenBothAgree() {
    var first = line(60, "申請日", "令和6年4月1日");
    var second = line(95, "申請日令和6年4月1日");

    assertThat(SecondOpinionChoice.pick(first, second)).isSameAs(first);
  }

  @Test
  void keepsTheFirstReadingWhenTheSecondReadsNothing() {
    var first = line(40, "氏名", "山田太郎");

    assertThat(SecondOpinionChoice.pick(first, List.of())).isSameAs(first);
  }

  @Test
  void takesTheMoreConfidentReadingOfALineWithoutValues() {
    var first = line(60, "氏名", "山田太朗");
    var second = line(85, "氏名", "山田太郎");

    assertThat(SecondOpinionChoice.pick(first, second)).isSameAs(second);
    assertThat(SecondOpinionChoice.pick(second, first)).isSameAs(second);
  }

  @Test
  void prefersAWellFormedAmountOverAMoreConfidentBrokenOne() {
    var broken = line(90, "合計", "12,34円");
    var grouped = line(70, "合計", "12,340円");

    assertThat(SecondOpinionChoice.pick(broken, grouped)).isSameAs(grouped);
  }

  @Test
  void prefersAPlausibleDateOverAnImpossibleOne() {
    var impossible = line(90, "令和6年14月1日");
    var plausible = line(65, "令和6年4月1日");

    assertThat(SecondOpinionChoice.pick(impossible, plausible)).isSameAs(plausible);
  }

  @Test
  void scoresValuesByTheirShape() {
    assertThat(SecondOpinionChoice.valueShape("¥1,250,000")).isEqualTo(1);
    assertThat(SecondOpinionChoice.valueShape("2024/04/01")).isEqualTo(1);
    assertThat(SecondOpinionChoice.valueShape("1O0円")).isEqualTo(-1);
    assertThat(SecondOpinionChoice.valueShape("山田太郎")).isZero();
  }

  private static List<RecognisedWord> line(float confidence, String... words) {
    return java.util.stream.IntStream.range(0, words.length)
        .mapToObj(
            i -> new RecognisedWord(words[i], confidence, new Rectangle(i * 100, 0, 90, 30), 0, 0))
        .toList();
  }
}
