package jp.gyomu.fields;

/**
 * Reads numbers written with kanji (三十, 一万二千三百四十五, 二〇二〇), the formal 大字 of receipts (壱萬弐千円), or
 * kanji units mixed with Arabic digits (1万2345).
 */
final class KanjiNumerals {

  private static final String KANJI_DIGITS = "〇一二三四五六七八九";
  private static final String FORMAL_DIGITS = "零壱弐参"; // 大字 for 0 to 3, used on receipts
  private static final String SMALL_UNITS = "十拾百千";
  private static final String BIG_UNITS = "万萬億兆";
  private static final long MAX_VALUE = 1_000_000_000_000_000L;

  private KanjiNumerals() {}

  /** Whether the character is a kanji digit or unit (Arabic digits are not). */
  static boolean isKanjiNumeral(char c) {
    return KANJI_DIGITS.indexOf(c) >= 0
        || FORMAL_DIGITS.indexOf(c) >= 0
        || SMALL_UNITS.indexOf(c) >= 0
        || BIG_UNITS.indexOf(c) >= 0;
  }

  /** Replaces every run of kanji numerals by its Arabic value; runs that make no number stay. */
  static String toArabic(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (!isKanjiNumeral(text.charAt(i))) {
        out.append(text.charAt(i++));
        continue;
      }
      int end = i;
      while (end < text.length() && isKanjiNumeral(text.charAt(end))) {
        end++;
      }
      String run = text.substring(i, end);
      long value = parse(run);
      out.append(value < 0 ? run : Long.toString(value));
      i = end;
    }
    return out.toString();
  }

  /**
   * @param text kanji and/or Arabic digits with units, commas allowed
   * @return the value, or -1 when the characters do not form a number (e.g. 百十百, 万)
   */
  static long parse(String text) {
    long total = 0;
    long section = 0; // below 万
    long current = -1; // digits read since the last unit, -1 for none
    int lastSmallUnit = Integer.MAX_VALUE;
    long lastBigUnit = Long.MAX_VALUE;
    boolean any = false;
    for (char c : text.toCharArray()) {
      int digit = digitValue(c);
      if (digit >= 0) {
        current = Math.max(current, 0) * 10 + digit;
        if (current >= MAX_VALUE) {
          return -1;
        }
      } else if (SMALL_UNITS.indexOf(c) >= 0) {
        int unit = smallUnit(c);
        if (unit >= lastSmallUnit) {
          return -1;
        }
        section += (current < 0 ? 1 : current) * unit;
        current = -1;
        lastSmallUnit = unit;
      } else if (BIG_UNITS.indexOf(c) >= 0) {
        long unit = bigUnit(c);
        long multiplier = section + Math.max(current, 0);
        if (unit >= lastBigUnit || multiplier == 0 || multiplier >= MAX_VALUE / unit) {
          return -1;
        }
        total += multiplier * unit;
        section = 0;
        current = -1;
        lastSmallUnit = Integer.MAX_VALUE;
        lastBigUnit = unit;
      } else if (c != ',') {
        return -1;
      }
      any |= c != ',';
    }
    return any ? total + section + Math.max(current, 0) : -1;
  }

  private static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    int kanji = KANJI_DIGITS.indexOf(c);
    return kanji >= 0 ? kanji : FORMAL_DIGITS.indexOf(c);
  }

  private static int smallUnit(char c) {
    return switch (c) {
      case '十', '拾' -> 10;
      case '百' -> 100;
      default -> 1000;
    };
  }

  private static long bigUnit(char c) {
    return switch (c) {
      case '万', '萬' -> 10_000L;
      case '億' -> 100_000_000L;
      default -> 1_000_000_000_000L;
    };
  }
}
