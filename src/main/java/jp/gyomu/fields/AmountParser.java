package jp.gyomu.fields;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;

/**
 * Reads an integer amount as written on Japanese forms: yen (¥12,345, 12,345円, 金12,345円也,
 * 一万二千三百四十五円, 1万2345円, △1,000) and plain counts for number fields (3名).
 *
 * <p>Decisions, because yen has no fractional unit on forms:
 *
 * <ul>
 *   <li>a '.' between 3-digit groups (12.345円) is a comma OCR misread, or a European habit: read as
 *       12345 with a caveat; any other '.' (12.5円, 1,234.00) is rejected;
 *   <li>commas must group by three (1,2345 is rejected as misread, not guessed), except that a
 *       first group of 4-6 digits before groups of three (1228,315) is one comma lost, read with a
 *       caveat; a doubled separator (32,.850) is one;
 *   <li>△ and ▲ (Japanese accounting minus) and a leading '-' make the amount negative; a trailing
 *       '-' (¥12,345-) only closes the amount against tampering.
 * </ul>
 *
 * When the text holds several numbers, the first one marked as yen (¥ before or 円 after) wins, then
 * the first with Arabic digits (so 工事一式 12,345 is not read as 1), then the first. A rate (10%, 8％)
 * is never the amount.
 */
public final class AmountParser {

  private static final String NUMERALS = "0-9〇一二三四五六七八九十百千万億兆零壱弐参拾萬";
  private static final Pattern AMOUNT =
      Pattern.compile(
          "(?<sign>[△▲\\-−])?(?<yen>¥)?(?<body>[" + NUMERALS + "][" + NUMERALS + ",.]*)(?<en>円)?");
  private static final Pattern GROUPED_BY_COMMA = Pattern.compile("\\d{1,3}(,\\d{3})+");
  private static final Pattern GROUPED_BY_DOT = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
  private static final Pattern DOUBLED_SEPARATOR =
      Pattern.compile("(?<=\\d)[,.]{2,}(?=\\d{3}(?!\\d))");
  // 1228,315: the first comma lost, the others grouping by three
  private static final Pattern FIRST_COMMA_LOST = Pattern.compile("\\d{4,6}(,\\d{3})+");
  private static final int MAX_DIGITS = 15;

  private record Candidate(int start, boolean marked, boolean arabic, MatchResult match) {}

  private AmountParser() {}

  public static Normalised<Long> parse(String text) {
    if (text == null || text.isBlank()) {
      return Normalised.invalid(Reason.of(ReasonCode.EMPTY));
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    // Windows Japanese fonts draw the backslash as a yen sign, so OCR reads it as one
    s = s.replace('\\', '¥').replaceAll("\\s+", "");
    s = OcrConfusions.repairDigits(s);
    // a speck beside a comma (32,.850円, ¥28,,920): one separator, grouping checked as usual
    s = DOUBLED_SEPARATOR.matcher(s).replaceAll(",");
    List<Candidate> candidates = new ArrayList<>();
    Matcher m = AMOUNT.matcher(s);
    while (m.find()) {
      if (isRate(s, m)) {
        continue;
      }
      boolean arabic = m.group("body").chars().anyMatch(Character::isDigit);
      boolean marked = m.group("yen") != null || m.group("en") != null;
      candidates.add(new Candidate(m.start(), marked, arabic, m.toMatchResult()));
    }
    return candidates.stream()
        .min(
            Comparator.comparing((Candidate c) -> !c.marked())
                .thenComparing(c -> !c.arabic())
                .thenComparingInt(Candidate::start))
        .map(c -> amount(c.match()))
        .orElseGet(() -> Normalised.invalid(Reason.of(ReasonCode.NO_AMOUNT, text.strip())));
  }

  // a rate printed beside the amount (消費税 (10%) 80,248, 8%対象) is not the amount
  private static boolean isRate(String s, Matcher m) {
    return m.end() < s.length() && (s.charAt(m.end()) == '%' || s.charAt(m.end()) == '割');
  }

  private static Normalised<Long> amount(MatchResult m) {
    // groups by number: Java 17's MatchResult has no named groups
    String body = m.group(3).replaceAll("[,.]+$", "");
    Normalised<Long> magnitude =
        body.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.')
            ? arabic(body)
            : kanji(body);
    if (!magnitude.isValid() || m.group(1) == null) {
      return magnitude;
    }
    return new Normalised<>(-magnitude.value(), magnitude.why());
  }

  private static Normalised<Long> arabic(String body) {
    String digits = body;
    Reason caveat = null;
    if (body.contains(".") && body.contains(",")) {
      // 1.250,000: OCR read one comma of a comma-grouped amount as a dot
      String commas = body.replace('.', ',');
      if (!GROUPED_BY_COMMA.matcher(commas).matches()) {
        return Normalised.invalid(Reason.of(ReasonCode.AMOUNT_FRACTION, body));
      }
      digits = commas.replace(",", "");
      caveat = Reason.of(ReasonCode.AMOUNT_DOT_AS_COMMA, body);
    } else if (body.contains(".")) {
      if (!GROUPED_BY_DOT.matcher(body).matches()) {
        return Normalised.invalid(Reason.of(ReasonCode.AMOUNT_FRACTION, body));
      }
      digits = body.replace(".", "");
      caveat = Reason.of(ReasonCode.AMOUNT_DOT_AS_SEPARATOR, body);
    } else if (body.contains(",")) {
      if (FIRST_COMMA_LOST.matcher(body).matches()) {
        return checkedLength(
            body, body.replace(",", ""), Reason.of(ReasonCode.AMOUNT_COMMA_LOST, body));
      }
      if (!GROUPED_BY_COMMA.matcher(body).matches()) {
        return Normalised.invalid(Reason.of(ReasonCode.AMOUNT_BAD_GROUPING, body));
      }
      digits = body.replace(",", "");
    }
    return checkedLength(body, digits, caveat);
  }

  private static Normalised<Long> checkedLength(String body, String digits, Reason caveat) {
    if (digits.length() > MAX_DIGITS) {
      return Normalised.invalid(Reason.of(ReasonCode.AMOUNT_TOO_LONG, body));
    }
    return new Normalised<>(Long.parseLong(digits), caveat);
  }

  private static Normalised<Long> kanji(String body) {
    if (body.contains(".")) {
      return Normalised.invalid(Reason.of(ReasonCode.AMOUNT_FRACTION, body));
    }
    long value = KanjiNumerals.parse(body);
    return value < 0
        ? Normalised.invalid(Reason.of(ReasonCode.NOT_A_NUMBER, body))
        : Normalised.ok(value);
  }
}
