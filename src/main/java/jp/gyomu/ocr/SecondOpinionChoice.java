package jp.gyomu.ocr;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which of two readings of one run of words to keep: the first when both agree, when the second
 * read nothing or differs in most characters (it read other ink); where the run holds digits, the
 * one whose dates and amounts are well formed; otherwise the one read with the higher mean
 * confidence.
 */
final class SecondOpinionChoice {

  private static final Pattern DATE =
      Pattern.compile("(?:令和|平成|昭和|[RHS])?(元|\\d{1,4})年(\\d{1,2})月(\\d{1,2})日");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}[/.-](\\d{1,2})[/.-](\\d{1,2})");
  private static final Pattern GROUPED_AMOUNT =
      Pattern.compile("(?<![\\d,])\\d{1,3}(?:,\\d{3})+(?![\\d,])");
  // A comma that does not group thousands, or a letter standing for a digit inside a number.
  private static final Pattern BROKEN_NUMBER =
      Pattern.compile("\\d,\\d{1,2}(?!\\d)|\\d,\\d{4}|\\d{4},|\\d[OoIl|;:]\\d|[,.]{2}");

  private SecondOpinionChoice() {}

  /** {@code first} itself when it stays, else {@code second}. */
  static List<RecognisedWord> pick(List<RecognisedWord> first, List<RecognisedWord> second) {
    if (second.isEmpty()) {
      return first;
    }
    String a = text(first);
    String b = text(second);
    if (a.equals(b) || b.isEmpty() || EditDistance.between(a, b) > Math.max(1, a.length() / 2)) {
      // A reading that differs in most of its characters read other ink (a rule, a neighbour).
      return first;
    }
    if (hasDigit(a) || hasDigit(b)) {
      int shapeA = valueShape(a);
      int shapeB = valueShape(b);
      if (shapeA != shapeB) {
        return shapeB > shapeA ? second : first;
      }
    }
    // The fast model reads Japanese forms with few Latin letters and rarely drops digits: a
    // second reading that drops digits or brings letters misread strokes.
    if (count(b, Character::isDigit) < count(a, Character::isDigit)
        || count(b, SecondOpinionChoice::isLatinLetter)
            > count(a, SecondOpinionChoice::isLatinLetter)) {
      return first;
    }
    return SecondOpinion.meanConfidence(second) > SecondOpinion.meanConfidence(first)
        ? second
        : first;
  }

  /** Well-formed dates and amounts in {@code text}, less broken numbers. */
  static int valueShape(String text) {
    int score = 0;
    Matcher date = DATE.matcher(text);
    while (date.find()) {
      score += plausible(date.group(2), date.group(3)) ? 1 : -1;
    }
    Matcher iso = ISO_DATE.matcher(text);
    while (iso.find()) {
      score += plausible(iso.group(1), iso.group(2)) ? 1 : -1;
    }
    score += (int) GROUPED_AMOUNT.matcher(text).results().count();
    score -= (int) BROKEN_NUMBER.matcher(text).results().count();
    return score;
  }

  private static boolean plausible(String month, String day) {
    int m = Integer.parseInt(month);
    int d = Integer.parseInt(day);
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
  }

  private static long count(String text, java.util.function.IntPredicate kind) {
    return text.codePoints().filter(kind).count();
  }

  private static boolean isLatinLetter(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 'Ａ' && c <= 'ｚ');
  }

  private static boolean hasDigit(String text) {
    return text.chars().anyMatch(Character::isDigit);
  }

  private static String text(List<RecognisedWord> words) {
    return YenAmounts.fix(
        words.stream()
            .map(RecognisedWord::text)
            .collect(Collectors.joining())
            .replaceAll("\\s", ""));
  }
}
