package jp.gyomu.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Japanese fiscal year (April to March) or one of its halves: 上半期 (April to September) and 下半期
 * (October to March). Edges are midnight in Japan time, whatever the server's zone.
 *
 * @param fiscalYear the calendar year in which the fiscal year starts (FY2020 = 令和2年度)
 * @param half 1 or 2 for a half year, 0 for the whole year
 */
public record FiscalPeriod(int fiscalYear, int half) {

  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  public FiscalPeriod {
    if (half < 0 || half > 2) {
      throw new IllegalArgumentException("half must be 1, 2 or 0 (whole year), not " + half);
    }
    if (fiscalYear < 1989 || fiscalYear > 9998) {
      throw new IllegalArgumentException("fiscal year out of range: " + fiscalYear);
    }
  }

  public static FiscalPeriod year(int fiscalYear) {
    return new FiscalPeriod(fiscalYear, 0);
  }

  /** The half year that contains {@code date}. */
  public static FiscalPeriod halfContaining(LocalDate date) {
    int fy = fiscalYearOf(date);
    int month = date.getMonthValue();
    return new FiscalPeriod(fy, month >= 4 && month <= 9 ? 1 : 2);
  }

  public static int fiscalYearOf(LocalDate date) {
    return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
  }

  public FiscalPeriod wholeYear() {
    return year(fiscalYear);
  }

  /** First day, inclusive. */
  @JsonProperty
  public LocalDate firstDay() {
    return LocalDate.of(fiscalYear, half == 2 ? 10 : 4, 1);
  }

  /** The day after the last day: the period is {@code [firstDay, endDay)}. */
  public LocalDate endDay() {
    return half == 1 ? LocalDate.of(fiscalYear, 10, 1) : LocalDate.of(fiscalYear + 1, 4, 1);
  }

  @JsonProperty
  public LocalDate lastDay() {
    return endDay().minusDays(1);
  }

  public Instant start() {
    return firstDay().atStartOfDay(JAPAN).toInstant();
  }

  /** Exclusive end. */
  public Instant end() {
    return endDay().atStartOfDay(JAPAN).toInstant();
  }

  public boolean contains(Instant instant) {
    return !instant.isBefore(start()) && instant.isBefore(end());
  }

  public List<YearMonth> months() {
    var months = new ArrayList<YearMonth>();
    for (var m = YearMonth.from(firstDay());
        m.isBefore(YearMonth.from(endDay()));
        m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** E.g. 令和2年度 上半期; the first year of an era is 元年. */
  public String japaneseLabel() {
    JapaneseDate lastDay = JapaneseDate.from(wholeYear().lastDay());
    String era = lastDay.getEra().getDisplayName(TextStyle.FULL, Locale.JAPANESE);
    int eraFirstYear = lastDay.get(ChronoField.YEAR) - lastDay.get(ChronoField.YEAR_OF_ERA) + 1;
    int yearOfEra = fiscalYear - eraFirstYear + 1;
    String label = era + (yearOfEra == 1 ? "元" : String.valueOf(yearOfEra)) + "年度";
    return switch (half) {
      case 1 -> label + " 上半期";
      case 2 -> label + " 下半期";
      default -> label;
    };
  }

  /** E.g. FY2020 H1. */
  public String englishLabel() {
    return "FY" + fiscalYear + (half == 0 ? "" : " H" + half);
  }

  /** Both calendars, e.g. 令和2年度 上半期 (FY2020 H1). */
  @JsonProperty
  public String label() {
    return japaneseLabel() + " (" + englishLabel() + ")";
  }
}
