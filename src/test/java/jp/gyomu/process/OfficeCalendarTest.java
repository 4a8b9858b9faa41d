package jp.gyomu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficeCalendarTest {

  final OfficeCalendar calendar = new OfficeCalendar(List.of("2026-08-14"));

  @Test
  void knowsJapaneseHolidays() {
    assertThat(OfficeCalendar.isNationalHoliday(LocalDate.of(2026, 1, 12))).isTrue(); // 成人の日
    assertThat(OfficeCalendar.isNationalHoliday(LocalDate.of(2026, 3, 20))).isTrue(); // 春分の日
    assertThat(OfficeCalendar.isNationalHoliday(LocalDate.of(2026, 5, 6))).isTrue(); // 振替休日
    assertThat(OfficeCalendar.isNationalHoliday(LocalDate.of(2026, 9, 22))).isTrue(); // 国民の休日
    assertThat(OfficeCalendar.isNationalHoliday(LocalDate.of(2026, 9, 23))).isTrue(); // 秋分の日
    assertThat(OfficeCalendar.isNationalHoliday(LocalDate.of(2026, 9, 24))).isFalse();
  }

  @Test
  void skipsWeekendsHolidaysYearEndAndConfiguredDays() {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    // Friday before Golden Week's tail: Sat, Sun, Mon 5/4, Tue 5/5, Wed 5/6 (substitute) closed
    assertThat(calendar.addBusinessDays(ZonedDateTime.of(2026, 5, 1, 10, 0, 0, 0, tokyo), 2))
        .isEqualTo(ZonedDateTime.of(2026, 5, 8, 10, 0, 0, 0, tokyo));
    assertThat(calendar.addBusinessDays(ZonedDateTime.of(2026, 12, 28, 9, 0, 0, 0, tokyo), 1))
        .isEqualTo(ZonedDateTime.of(2027, 1, 4, 9, 0, 0, 0, tokyo));
    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 8, 14))).isFalse();
    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 8, 13))).isTrue();
  }
}
