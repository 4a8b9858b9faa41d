package jp.gyomu.ocr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes two misreads Tesseract's Japanese model makes in money amounts, which forms are full of:
 *
 * <ul>
 *   <li>the yen sign read as a backslash ({@code \12,345}), the two being one code in the JIS Roman
 *       character set Japanese fonts descend from: a backslash before a digit becomes {@code ¥};
 *   <li>a thousands comma read as a full stop ({@code 1.250,000円}, {@code 12.345円}): yen amounts
 *       have no decimals, so a full stop between digits that is followed by exactly three digits
 *       and then a comma or {@code 円}, or that stands in an amount after {@code ¥}, becomes a
 *       comma;
 *   <li>a thousands separator read twice ({@code 38,.980}, {@code 1,.251,.840}): two marks between
 *       digits followed by three become one comma, and so do full stops between two or more groups
 *       of three ({@code 2.957.867}), which no decimal has.
 * </ul>
 *
 * Decimals elsewhere ({@code 1.5倍}, {@code 3.141}, {@code 2.500kg}) are left alone.
 */
final class YenAmounts {

  private static final Pattern BACKSLASH_BEFORE_DIGIT = Pattern.compile("\\\\(?=\\d)");
  private static final Pattern STOP_AS_THOUSANDS =
      Pattern.compile("(?<=\\d)\\.(?=\\d{3}(?:[.,]\\d{3})*(?:,|円))");
  private static final Pattern AFTER_YEN_SIGN = Pattern.compile("¥\\d[\\d.,]*");
  private static final Pattern STOP_BEFORE_THREE_DIGITS = Pattern.compile("\\.(?=\\d{3}(?!\\d))");
  private static final Pattern DOUBLED_SEPARATOR =
      Pattern.compile("(?<=\\d)[.,]{2}(?=\\d{3}(?!\\d))");
  private static final Pattern STOPS_BETWEEN_GROUPS =
      Pattern.compile("(?<![\\d.])\\d{1,3}(?:\\.\\d{3}){2,}(?![\\d.])");

  private YenAmounts() {}

  static String fix(String text) {
    if (text.indexOf('\\') < 0 && text.indexOf('.') < 0) {
      return text;
    }
    String yen = BACKSLASH_BEFORE_DIGIT.matcher(text).replaceAll("¥");
    String amounts =
        AFTER_YEN_SIGN
            .matcher(yen)
            .replaceAll(
                m ->
                    Matcher.quoteReplacement(
                        STOP_BEFORE_THREE_DIGITS.matcher(m.group()).replaceAll(",")));
    String grouped =
        STOPS_BETWEEN_GROUPS
            .matcher(amounts)
            .replaceAll(m -> Matcher.quoteReplacement(m.group().replace('.', ',')));
    return DOUBLED_SEPARATOR
        .matcher(STOP_AS_THOUSANDS.matcher(grouped).replaceAll(","))
        .replaceAll(",");
  }
}
