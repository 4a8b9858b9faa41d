package jp.gyomu.reporting;

import java.time.LocalDate;
import jp.gyomu.registry.FiscalPeriod;

/** The half year a page shows: the one asked for, or the current one in Japan. */
final class ReportPeriods {

  private ReportPeriods() {}

  static FiscalPeriod of(Integer fiscalYear, Integer half) {
    FiscalPeriod current = FiscalPeriod.halfContaining(LocalDate.now(FiscalPeriod.JAPAN));
    int year = fiscalYear != null ? fiscalYear : current.fiscalYear();
    int h = half != null ? half : (year == current.fiscalYear() ? current.half() : 1);
    return new FiscalPeriod(year, h);
  }
}
