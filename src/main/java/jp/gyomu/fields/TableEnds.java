package jp.gyomu.fields;

import java.util.regex.Pattern;

/**
 * What is printed in a table's rows but is no row of it: totals (小計, 消費税, 合計, 値引, the invoice
 * system's per-rate summaries such as 10%対象) and the 以下余白 that closes a list.
 */
final class TableEnds {

  private static final Pattern TOTAL =
      Pattern.compile(
          "^(?:総?合計|小計|内?消費税|税込|税抜|税額|値引|割引|\\d{1,2}%対象|(?:軽減)?税率"
              // 計 and 税 alone, not 計測器 or 税理士報酬
              + "|[計税](?![\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]))");
  private static final Pattern CLOSING = Pattern.compile("^以下(?:余白|空白)");
  // characters of a line of running text; a note in a cell (※送料込み。) is shorter
  private static final int MIN_SENTENCE = 20;
  private static final String IGNORED = "|｜丨│┃¦()（）[]［］※*＊・ 　";

  private TableEnds() {}

  /** Whether a row whose first cell reads so is a totals row. */
  static boolean isTotal(String firstCell) {
    return TOTAL.matcher(compact(firstCell)).find();
  }

  /**
   * Whether a line reading so closes the table: 以下余白, or running text below it (a sentence ending
   * in 。, which no row of cells is).
   */
  static boolean isClosing(String line) {
    String text = compact(line);
    return CLOSING.matcher(text).find() || text.length() >= MIN_SENTENCE && text.endsWith("。");
  }

  /** Whether a line reading so is a sentence (ends in 。), however short. */
  static boolean isSentence(String line) {
    return compact(line).endsWith("。");
  }

  private static String compact(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : Widths.fold(text).toCharArray()) {
      if (IGNORED.indexOf(c) < 0 && !Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
