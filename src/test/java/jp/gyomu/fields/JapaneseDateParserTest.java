package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JapaneseDateParserTest {

  private static final LocalDate SEPTEMBER_30_2020 = LocalDate.of(2020, 9, 30);

  private static LocalDate date(String text) {
    Normalised<LocalDate> parsed = JapaneseDateParser.parse(text);
    assertThat(parsed.isValid()).as("%s: %s", text, parsed.reason()).isTrue();
    return parsed.value();
  }

  private static String rejection(String text) {
    Normalised<LocalDate> parsed = JapaneseDateParser.parse(text);
    assertThat(parsed.isValid()).as(text).isFalse();
    return parsed.reason();
  }

  @Test
  void readsAReiwaDateInKanji() {
    assertThat(date("令和2年9月30日")).isEqualTo(SEPTEMBER_30_2020);
  }

  @Test
  void readsGannenAsTheFirstYearOfAnEra() {
    assertThat(date("令和元年5月1日")).isEqualTo(LocalDate.of(2019, 5, 1));
    assertThat(date("R元.5.1")).isEqualTo(LocalDate.of(2019, 5, 1));
  }

  @Test
  void readsTheLastDayOfHeisei() {
    Normalised<LocalDate> parsed = JapaneseDateParser.parse("平成31年4月30日");
    assertThat(parsed.value()).isEqualTo(LocalDate.of(2019, 4, 30));
    assertThat(parsed.reason()).isNull();
  }

  @Test
  void acceptsAHeiseiDateAfterHeiseiEndedWithACaveatForTheReviewer() {
    Normalised<LocalDate> parsed = JapaneseDateParser.parse("平成31年5月1日");
    assertThat(parsed.value()).isEqualTo(LocalDate.of(2019, 5, 1));
    assertThat(parsed.reason()).contains("after 平成 ended (2019-04-30)");
  }

  @Test
  void readsTheLastDayOfShowa() {
    assertThat(date("昭和64年1月7日")).isEqualTo(LocalDate.of(1989, 1, 7));
    assertThat(JapaneseDateParser.parse("昭和64年1月7日").reason()).isNull();
  }

  @Test
  void rejectsADateBeforeItsEraBegan() {
    assertThat(rejection("令和元年4月1日")).contains("before 令和 began (2019-05-01)");
  }

  @Test
  void rejectsYearZeroOfAnEra() {
    assertThat(rejection("令和0年5月1日")).contains("year 0");
  }

  @Test
  void readsEraInitialsWithDots() {
    assertThat(date("R2.9.30")).isEqualTo(SEPTEMBER_30_2020);
    assertThat(date("H31.4.30")).isEqualTo(LocalDate.of(2019, 4, 30));
    assertThat(date("S64.1.7")).isEqualTo(LocalDate.of(1989, 1, 7));
    assertThat(date("r2/9/30")).isEqualTo(SEPTEMBER_30_2020);
  }

  @Test
  void readsFullWidthEraInitialsAndDigits() {
    assertThat(date("Ｒ２．９．３０")).isEqualTo(SEPTEMBER_30_2020);
    assertThat(date("令和２年９月３０日")).isEqualTo(SEPTEMBER_30_2020);
  }

  @Test
  void readsTheReiwaAndHeiseiLigatures() {
    assertThat(date("㋿2年9月30日")).isEqualTo(SEPTEMBER_30_2020);
    assertThat(date("㍻31年4月30日")).isEqualTo(LocalDate.of(2019, 4, 30));
  }

  @Test
  void readsWesternDatesInEveryCommonNotation() {
    assertThat(date("2020/9/30")).isEqualTo(SEPTEMBER_30_2020);
    assertThat(date("2020-09-30")).isEqualTo(SEPTEMBER_30_2020);
    assertThat(date("2020年9月30日")).isEqualTo(SEPTEMBER_30_2020);
    assertThat(date("2020.9.30")).isEqualTo(SEPTEMBER_30_2020);
    assertThat(date("２０２０／０９／３０")).isEqualTo(SEPTEMBER_30_2020);
  }

  @Test
  void ignoresSpacesInsideTheDate() {
    assertThat(date("令和 2 年 9 月 30 日")).isEqualTo(SEPTEMBER_30_2020);
    assertThat(date("令和　２年　９月３０日")).isEqualTo(SEPTEMBER_30_2020);
  }

  @Test
  void readsKanjiNumerals() {
    assertThat(date("令和二年九月三十日")).isEqualTo(SEPTEMBER_30_2020);
    assertThat(date("平成三十一年四月三十日")).isEqualTo(LocalDate.of(2019, 4, 30));
    assertThat(date("二〇二〇年九月三十日")).isEqualTo(SEPTEMBER_30_2020);
    assertThat(date("令和元年十二月二十一日")).isEqualTo(LocalDate.of(2019, 12, 21));
  }

  @Test
  void ignoresATrailingWeekdayAndSurroundingWords() {
    assertThat(date("令和2年9月30日（水）")).isEqualTo(SEPTEMBER_30_2020);
    assertThat(date("提出日 令和2年9月30日 まで")).isEqualTo(SEPTEMBER_30_2020);
  }

  @Test
  void repairsLettersOcrReadInPlaceOfDigits() {
    assertThat(date("令和2年9月3O日")).isEqualTo(SEPTEMBER_30_2020);
    assertThat(date("2O2O/9/3O")).isEqualTo(SEPTEMBER_30_2020);
    assertThat(date("令和2年l2月1日")).isEqualTo(LocalDate.of(2020, 12, 1));
  }

  @Test
  void readsAColonWhereAScanSplitTheDotBetweenYearMonthAndDay() {
    assertThat(date("S23:3.23")).isEqualTo(LocalDate.of(1948, 3, 23));
    assertThat(date("R2.9：30")).isEqualTo(SEPTEMBER_30_2020);
  }

  @Test
  void rejectsADayTheMonthDoesNotHave() {
    assertThat(rejection("令和2年2月30日")).isEqualTo("day 30 does not exist in 2020-02");
    assertThat(rejection("2021/2/29")).isEqualTo("day 29 does not exist in 2021-02");
  }

  @Test
  void acceptsTheLeapDay() {
    assertThat(date("令和2年2月29日")).isEqualTo(LocalDate.of(2020, 2, 29));
  }

  @Test
  void rejectsAThirteenthMonth() {
    assertThat(rejection("2020/13/1")).isEqualTo("month 13 does not exist");
  }

  @Test
  void rejectsTextWithoutADate() {
    assertThat(rejection("山田太郎")).startsWith("no date found");
    assertThat(rejection("令和2年9月")).startsWith("no date found");
    assertThat(rejection("  ")).isEqualTo("empty");
  }

  @Test
  void doesNotReadAYearFromALongerNumber() {
    assertThat(rejection("12020/9/30")).startsWith("no date found");
  }
}
