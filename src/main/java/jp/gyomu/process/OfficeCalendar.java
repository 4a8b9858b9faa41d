package jp.gyomu.process;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.gyomu.system.engine.UsableInModels;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Business days of a Japanese public office, for due dates and escalation timers in the models
 * ({@code ${businessCalendar.dueInBusinessDays(2)}}): no weekends, national holidays (with
 * substitute holidays), nor the year-end closure of 29 December to 3 January. Extra closed days
 * come from {@code GYOMU_CLOSED_DAYS} (ISO dates, comma-separated).
 */
@UsableInModels
@Component("businessCalendar")
public class OfficeCalendar {

  private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Tokyo");
  private static final List<MonthDay> FIXED_HOLIDAYS =
      List.of(
          MonthDay.of(1, 1), // 元日
          MonthDay.of(2, 11), // 建国記念の日
          MonthDay.of(2, 23), // 天皇誕生日
          MonthDay.of(4, 29), // 昭和の日
          MonthDay.of(5, 3), // 憲法記念日
          MonthDay.of(5, 4), // みどりの日
          MonthDay.of(5, 5), // こどもの日
          MonthDay.of(8, 11), // 山の日
          MonthDay.of(11, 3), // 文化の日
          MonthDay.of(11, 23)); // 勤労感謝の日

  private final Set<LocalDate> extraClosedDays;

  OfficeCalendar(@Value("${gyomu.closed-days}") List<String> extraClosedDays) {
    this.extraClosedDays = new HashSet<>();
    extraClosedDays.stream()
        .map(String::strip)
        .filter(d -> !d.isEmpty())
        .map(LocalDate::parse)
        .forEach(this.extraClosedDays::add);
  }

  /** The same time of day, {@code days} business days from now (office time zone). */
  public Date dueInBusinessDays(int days) {
    return Date.from(addBusinessDays(ZonedDateTime.now(OFFICE_ZONE), days).toInstant());
  }

  ZonedDateTime addBusinessDays(ZonedDateTime from, int days) {
    ZonedDateTime due = from;
    int left = days;
    while (left > 0) {
      due = due.plusDays(1);
      if (isBusinessDay(due.toLocalDate())) {
        left--;
      }
    }
    return due;
  }

  boolean isBusinessDay(LocalDate day) {
    return !isWeekend(day)
        && !isYearEndClosure(day)
        && !isNationalHoliday(day)
        && !extraClosedDays.contains(day);
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static boolean isYearEndClosure(LocalDate day) {
    return (day.getMonthValue() == 12 && day.getDayOfMonth() >= 29)
        || (day.getMonthValue() == 1 && day.getDayOfMonth() <= 3);
  }

  /** A holiday, or a Monday-to-Friday substitute for one that fell on a Sunday (振替休日). */
  static boolean isNationalHoliday(LocalDate day) {
    if (isHolidayItself(day)) {
      return true;
    }
    // the substitute is the first following day that is not itself a holiday
    LocalDate before = day.minusDays(1);
    while (isHolidayItself(before)) {
      if (before.getDayOfWeek() == DayOfWeek.SUNDAY) {
        return true;
      }
      before = before.minusDays(1);
    }
    return false;
  }

  private static boolean isHolidayItself(LocalDate day) {
    int year = day.getYear();
    return FIXED_HOLIDAYS.contains(MonthDay.from(day))
        || day.equals(nthMonday(year, 1, 2)) // 成人の日
        || day.equals(nthMonday(year, 7, 3)) // 海の日
        || day.equals(nthMonday(year, 9, 3)) // 敬老の日
        || day.equals(nthMonday(year, 10, 2)) // スポーツの日
        || day.equals(LocalDate.of(year, 3, vernalEquinoxDay(year))) // 春分の日
        || day.equals(LocalDate.of(year, 9, autumnalEquinoxDay(year))) // 秋分の日
        || isCitizensHoliday(day);
  }

  /** A day between two holidays is a holiday too (国民の休日, e.g. some years in September). */
  private static boolean isCitizensHoliday(LocalDate day) {
    int year = day.getYear();
    LocalDate respectForAged = nthMonday(year, 9, 3);
    LocalDate equinox = LocalDate.of(year, 9, autumnalEquinoxDay(year));
    return respectForAged.plusDays(2).equals(equinox) && day.equals(respectForAged.plusDays(1));
  }

  private static LocalDate nthMonday(int year, int month, int n) {
    return LocalDate.of(year, month, 1)
        .with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
  }

  // The equinox formulas used by the National Astronomical Observatory for 1980-2099.
  private static int vernalEquinoxDay(int year) {
    return (int) (20.8431 + 0.242194 * (year - 1980) - (year - 1980) / 4);
  }

  private static int autumnalEquinoxDay(int year) {
    return (int) (23.2488 + 0.242194 * (year - 1980) - (year - 1980) / 4);
  }
}
