package jp.gyomu.testdocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CharacterErrorRateTest {

  @Test
  void identicalTextHasNoErrors() {
    assertThat(CharacterErrorRate.of("令和2年 9月30日", "令和2年9月30日")).isZero();
  }

  @Test
  void fullWidthAndHalfWidthDigitsCountAsTheSameAfterNfkc() {
    assertThat(CharacterErrorRate.of("１２，３４５円", "12,345円")).isZero();
  }

  @Test
  void oneWrongCharacterInTenIsTenPercent() {
    assertThat(CharacterErrorRate.of("申請日令和二年九月三十X", "申請日令和二年九月三十日"))
        .isCloseTo(1.0 / 12, within(1e-9));
  }

  @Test
  void missingTextIsAFullError() {
    assertThat(CharacterErrorRate.of("", "旅費精算書")).isEqualTo(1.0);
  }
}
