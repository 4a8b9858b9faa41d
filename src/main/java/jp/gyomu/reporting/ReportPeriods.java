package jp.gyomu.reporting;

import java.time.LocalDate;
import jp.gyomu.registry.FiscalPeriod;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The half year a page shows: the one asked for (400 if there is none such), or the current one in
 * Japan.
 */
final class ReportPeriods {

  private ReportPeriods() {}

  static FiscalPeriod of(Integer fiscalYear, Integer half) {
    FiscalPeriod current = FiscalPeriod.halfContaining(LocalDate.now(FiscalPeriod.JAPAN));
    int year = fiscalYear != null ? fiscalYear : current.fiscalYear();
    int h = half != null ? half : (year == current.fiscalYear() ? current.half() : 1);
    try {
      return new FiscalPeriod(year, h);
    } catch (IllegalArgumentException outOfRange) {
      // a page's parameter, not a server fault: the error page says so in the user's language
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, outOfRange.getMessage());
    }
  }
}
