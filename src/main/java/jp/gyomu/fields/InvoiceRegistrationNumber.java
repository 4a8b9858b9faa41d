package jp.gyomu.fields;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;

/**
 * 適格請求書発行事業者登録番号 (qualified invoice issuer number): {@code T} and a 13-digit corporate number whose
 * first digit is a check digit (National Tax Agency, 法人番号の指定等に関する省令 第2条). Hyphens and spaces
 * between digit groups are dropped; a T that OCR read as 1, 7 or 丁 is taken; a number whose check
 * digit is wrong is invalid, because one misread digit would send money to the wrong business.
 */
final class InvoiceRegistrationNumber {

  private static final Pattern NUMBER = Pattern.compile("[TＴ]\\s*((?:\\d[\\s-]*){13})");
  // OCR reads the T as 1, 7 or 丁 (I, l, | become 1 first): 14 digits in a row, the check digit
  // still verified
  private static final Pattern MISREAD_T =
      Pattern.compile("(?<![\\d-])[17丁]\\s*((?:\\d[\\s-]*){12}\\d)(?![\\d-])");

  private InvoiceRegistrationNumber() {}

  static Normalised<String> parse(String raw) {
    if (raw == null) {
      return Normalised.invalid(Reason.of(ReasonCode.EMPTY));
    }
    String text = OcrConfusions.repairDigits(Widths.fold(raw));
    Matcher m = NUMBER.matcher(text);
    if (!m.find() && !(m = MISREAD_T.matcher(text)).find()) {
      return Normalised.invalid(Reason.of(ReasonCode.NOT_INVOICE_NUMBER));
    }
    String digits = m.group(1).replaceAll("[\\s-]", "");
    if (checkDigit(digits.substring(1)) != digits.charAt(0) - '0') {
      return Normalised.invalid(Reason.of(ReasonCode.INVOICE_CHECK_DIGIT, digits));
    }
    return Normalised.ok("T" + digits);
  }

  /**
   * @param base the 12 digits after the check digit
   * @return 9 - (sum of each digit times 1 or 2, alternating from the right, mod 9)
   */
  static int checkDigit(String base) {
    int sum = 0;
    for (int n = 1; n <= 12; n++) {
      int digit = base.charAt(12 - n) - '0';
      sum += digit * (n % 2 == 1 ? 1 : 2);
    }
    return 9 - sum % 9;
  }
}
