package jp.gyomu.fields;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;

/**
 * Reads a date as written on Japanese forms: 和暦 (令和2年9月30日, R2.9.30, 令和元年, 令和二年九月三十日) or Western
 * (2020/9/30, 2020-09-30, 2020年9月30日, 2020.9.30), full-width or not, with spaces and a trailing
 * weekday such as （水）. The first date in the text wins.
 *
 * <p>A date before its era began (令和元年4月1日) is rejected. A date after its era ended (平成31年5月1日) is
 * accepted with a caveat: pre-printed forms kept the old era for months after 2019-05-01 and
 * offices treat such dates as valid, so the calendar date is what the applicant meant.
 */
public final class JapaneseDateParser {

  private record Era(String kanji, char letter, LocalDate firstDay) {}

  // newest first; an era ends the day before the next one begins
  private static final List<Era> ERAS =
      List.of(
          new Era("令和", 'R', LocalDate.of(2019, 5, 1)),
          new Era("平成", 'H', LocalDate.of(1989, 1, 8)),
          new Era("昭和", 'S', LocalDate.of(1926, 12, 25)),
          new Era("大正", 'T', LocalDate.of(1912, 7, 30)),
          new Era("明治", 'M', LocalDate.of(1868, 1, 1)));

  // a scan's specks split a dot into a colon (S23:3.23); no date is written with one otherwise
  private static final String SEPARATOR = "[年月./\\-:]";
  private static final Pattern DATE =
      Pattern.compile(
          "(?:(?<era>明治|大正|昭和|平成|令和|(?<![A-Za-z])[MTSHRmtshr]\\.?)(?<eraYear>\\d{1,2})"
              + "|(?<!\\d)(?<year>\\d{4}))"
              + SEPARATOR
              + "(?<month>\\d{1,2})"
              + SEPARATOR
              + "(?<day>\\d{1,2})(?!\\d)");

  private JapaneseDateParser() {}

  public static Normalised<LocalDate> parse(String text) {
    if (text == null || text.isBlank()) {
      return Normalised.invalid(Reason.of(ReasonCode.EMPTY));
    }
    Matcher m = DATE.matcher(canonical(text));
    if (!m.find()) {
      return Normalised.invalid(Reason.of(ReasonCode.NO_DATE, text.strip()));
    }
    int month = Integer.parseInt(m.group("month"));
    int day = Integer.parseInt(m.group("day"));
    if (m.group("year") != null) {
      return calendarDate(Integer.parseInt(m.group("year")), month, day);
    }
    Era era = era(m.group("era"));
    int eraYear = Integer.parseInt(m.group("eraYear"));
    if (eraYear == 0) {
      return Normalised.invalid(Reason.of(ReasonCode.ERA_YEAR_ZERO, era.kanji()));
    }
    Normalised<LocalDate> date = calendarDate(era.firstDay().getYear() + eraYear - 1, month, day);
    if (!date.isValid()) {
      return date;
    }
    String written = era.kanji() + eraYear + "年" + month + "月" + day + "日";
    if (date.value().isBefore(era.firstDay())) {
      return Normalised.invalid(
          Reason.of(ReasonCode.BEFORE_ERA, written, era.kanji(), era.firstDay()));
    }
    LocalDate lastDay = lastDay(era);
    if (lastDay != null && date.value().isAfter(lastDay)) {
      return Normalised.okWithCaveat(
          date.value(),
          Reason.of(ReasonCode.AFTER_ERA, written, era.kanji(), lastDay, date.value()));
    }
    return date;
  }

  /** Half-width, no spaces, 元年 as 1年, kanji numerals and OCR look-alikes as digits. */
  private static String canonical(String text) {
    // NFKC is right here (no names in a date) and also opens era ligatures such as ㍻ and ㋿
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    s = s.replaceAll("元(?=[年./\\-])", "1");
    s = OcrConfusions.repairDashes(OcrConfusions.repairDigits(s));
    return KanjiNumerals.toArabic(s);
  }

  private static Normalised<LocalDate> calendarDate(int year, int month, int day) {
    if (month < 1 || month > 12) {
      return Normalised.invalid(Reason.of(ReasonCode.NO_SUCH_MONTH, month));
    }
    try {
      return Normalised.ok(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Normalised.invalid(Reason.of(ReasonCode.NO_SUCH_DAY, day, YearMonth.of(year, month)));
    }
  }

  private static Era era(String written) {
    char letter = Character.toUpperCase(written.charAt(0));
    return ERAS.stream()
        .filter(e -> e.kanji().equals(written) || e.letter() == letter)
        .findFirst()
        .orElseThrow();
  }

  private static LocalDate lastDay(Era era) {
    int index = ERAS.indexOf(era);
    return index == 0 ? null : ERAS.get(index - 1).firstDay().minusDays(1);
  }
}
