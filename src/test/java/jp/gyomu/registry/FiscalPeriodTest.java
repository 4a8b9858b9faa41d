package jp.gyomu.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FiscalPeriodTest {

  @Test
  void theFiscalYearRunsFromAprilToMarchAndIsNamedAfterTheYearItStarts() {
    assertThat(FiscalPeriod.fiscalYearOf(LocalDate.of(2021, 3, 31))).isEqualTo(2020);
    assertThat(FiscalPeriod.fiscalYearOf(LocalDate.of(2021, 4, 1))).isEqualTo(2021);
    assertThat(FiscalPeriod.year(2020).firstDay()).isEqualTo(LocalDate.of(2020, 4, 1));
    assertThat(FiscalPeriod.year(2020).lastDay()).isEqualTo(LocalDate.of(2021, 3, 31));
  }

  @Test
  void theFirstHalfIsAprilToSeptemberAndTheSecondOctoberToMarch() {
    assertThat(FiscalPeriod.halfContaining(LocalDate.of(2020, 9, 30)))
        .isEqualTo(new FiscalPeriod(2020, 1));
    assertThat(FiscalPeriod.halfContaining(LocalDate.of(2020, 10, 1)))
        .isEqualTo(new FiscalPeriod(2020, 2));
    assertThat(FiscalPeriod.halfContaining(LocalDate.of(2021, 3, 31)))
        .isEqualTo(new FiscalPeriod(2020, 2));
    assertThat(new FiscalPeriod(2020, 1).months())
        .containsExactly(
            YearMonth.of(2020, 4),
            YearMonth.of(2020, 5),
            YearMonth.of(2020, 6),
            YearMonth.of(2020, 7),
            YearMonth.of(2020, 8),
            YearMonth.of(2020, 9));
    assertThat(FiscalPeriod.year(2020).months()).hasSize(12).endsWith(YearMonth.of(2021, 3));
  }

  @Test
  void edgesAreMidnightInJapanWhateverTheServersZone() {
    var firstHalf = new FiscalPeriod(2020, 1);
    var lastMomentOfSeptember = tokyo(2020, 9, 30, 23, 59, 59);
    var octoberFirst = tokyo(2020, 10, 1, 0, 0, 0);
    assertThat(firstHalf.contains(lastMomentOfSeptember)).isTrue();
    assertThat(firstHalf.contains(octoberFirst)).isFalse();
    assertThat(new FiscalPeriod(2020, 2).contains(octoberFirst)).isTrue();
    assertThat(FiscalPeriod.year(2020).contains(tokyo(2020, 4, 1, 0, 0, 0))).isTrue();
    assertThat(FiscalPeriod.year(2020).contains(tokyo(2021, 4, 1, 0, 0, 0))).isFalse();
    // 2020-03-31 20:00 UTC is already April 1st in Japan
    assertThat(FiscalPeriod.year(2020).contains(java.time.Instant.parse("2020-03-31T15:00:00Z")))
        .isTrue();
  }

  @Test
  void labelsShowBothCalendarsWithTheFirstYearOfAnEraAsGannen() {
    assertThat(new FiscalPeriod(2020, 1).label()).isEqualTo("令和2年度 上半期 (FY2020 H1)");
    assertThat(new FiscalPeriod(2020, 2).japaneseLabel()).isEqualTo("令和2年度 下半期");
    assertThat(FiscalPeriod.year(2019).japaneseLabel()).isEqualTo("令和元年度");
    assertThat(FiscalPeriod.year(2018).japaneseLabel()).isEqualTo("平成30年度");
    assertThat(FiscalPeriod.year(2026).englishLabel()).isEqualTo("FY2026");
  }

  @Test
  void onlyHalvesOneAndTwoOrTheWholeYearExist() {
    assertThatThrownBy(() -> new FiscalPeriod(2020, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static java.time.Instant tokyo(int y, int m, int d, int h, int min, int s) {
    return LocalDateTime.of(y, m, d, h, min, s).atZone(FiscalPeriod.JAPAN).toInstant();
  }
}
