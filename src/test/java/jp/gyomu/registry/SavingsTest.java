package jp.gyomu.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SavingsTest {

  @Test
  void grossHoursAreCasesTimesBaselineMinutesOverSixty() {
    var savings = Savings.of(120, 15, 0);
    assertThat(savings.grossHours()).isEqualByComparingTo("30.0");
    assertThat(savings.netHours()).isEqualByComparingTo("30.0");
  }

  @Test
  void netHoursSubtractTheMinutesPeopleStillSpend() {
    var savings = Savings.of(120, 15, 390);
    assertThat(savings.humanHours()).isEqualByComparingTo("6.5");
    assertThat(savings.netHours()).isEqualByComparingTo("23.5");
  }

  @Test
  void hoursAreRoundedToOneDecimalOnlyWhenShown() {
    var third = Savings.of(1, 20, 0);
    var sum = third.plus(third).plus(third);
    assertThat(third.grossHours()).isEqualByComparingTo("0.3");
    assertThat(sum.grossHours()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(sum.cases()).isEqualTo(3);
  }

  @Test
  void netHoursGoNegativeWhenReviewTakesLongerThanTheManualWork() {
    assertThat(Savings.of(2, 10, 50).netHours()).isEqualByComparingTo("-0.5");
  }

  @Test
  void negativeInputsAreRefused() {
    assertThatThrownBy(() -> Savings.of(-1, 10, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
