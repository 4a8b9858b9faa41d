package jp.gyomu.fields;

import java.util.regex.Pattern;

/**
 * Removes what a form's printed table lines leave at the edges of a value: OCR reads the vertical
 * rule between a label cell and its value as {@code |}, {@code ｜} or {@code 丨}, and stray marks
 * beside it as punctuation. Left in place, a rule read as {@code |} before 1,250,000円 became the
 * digit 1 (11,250,000 yen) in the digit repair.
 */
final class TableRules {

  private static final String RULE = "[|｜丨│┃¦]";
  private static final String MARK = "[、。,.・”“\"'`]";
  private static final Pattern LEADING =
      Pattern.compile("^(?:\\s*(?:" + RULE + "|" + MARK + "))+\\s+");
  private static final Pattern LEADING_RULE = Pattern.compile("^\\s*[|｜丨│┃¦]+\\s*");
  private static final Pattern TRAILING_RULE = Pattern.compile("\\s*[|｜丨│┃¦]+\\s*$");

  private TableRules() {}

  static String strip(String text) {
    if (text == null) {
      return null;
    }
    // a rule or mark separated from the value by a space is never part of it
    String s = LEADING.matcher(text).replaceFirst("");
    // rule characters proper are never part of a value, even when OCR glued them on
    s = LEADING_RULE.matcher(s).replaceFirst("");
    return TRAILING_RULE.matcher(s).replaceFirst("");
  }
}
