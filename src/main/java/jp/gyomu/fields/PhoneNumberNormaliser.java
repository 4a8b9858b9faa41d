package jp.gyomu.fields;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;

/**
 * Reads a Japanese phone number (03-1234-5678, ０３（１２３４）５６７８, 090 1234 5678, +81-3-1234-5678) and
 * writes it with hyphens between the groups the writer used.
 *
 * <p>A number written without separators keeps no hyphens unless its shape is unambiguous (mobile
 * 090/080/070/050 and 0120): landline area codes have 1 to 5 digits and guessing them would invent
 * a wrong number.
 */
public final class PhoneNumberNormaliser {

  private static final Pattern PHONE = Pattern.compile("[+(]?\\d[\\d()\\- ]{6,}\\d\\)?");
  private static final Pattern DIGIT_GROUP = Pattern.compile("\\d+");
  private static final Pattern MOBILE = Pattern.compile("0[5789]0\\d{8}");
  private static final Pattern FREE_DIAL = Pattern.compile("0120\\d{6}");

  private PhoneNumberNormaliser() {}

  public static Normalised<String> parse(String text) {
    if (text == null || text.isBlank()) {
      return Normalised.invalid(Reason.of(ReasonCode.EMPTY));
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    s = OcrConfusions.repairDashes(OcrConfusions.repairDigits(s));
    Matcher m = PHONE.matcher(s);
    if (!m.find()) {
      return Normalised.invalid(Reason.of(ReasonCode.NO_PHONE_NUMBER, text.strip()));
    }
    List<String> groups = new ArrayList<>();
    Matcher g = DIGIT_GROUP.matcher(m.group());
    while (g.find()) {
      groups.add(g.group());
    }
    if (m.group().startsWith("+") && groups.get(0).equals("81") && groups.size() > 1) {
      groups.remove(0);
      groups.set(0, "0" + groups.get(0)); // +81 replaces the domestic trunk prefix 0
    }
    String digits = String.join("", groups);
    if (!digits.startsWith("0") || digits.length() < 10 || digits.length() > 11) {
      return Normalised.invalid(Reason.of(ReasonCode.PHONE_DIGITS, m.group()));
    }
    if (groups.size() > 1) {
      return Normalised.ok(String.join("-", groups));
    }
    if (MOBILE.matcher(digits).matches()) {
      return Normalised.ok(
          digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7));
    }
    if (FREE_DIAL.matcher(digits).matches()) {
      return Normalised.ok(
          digits.substring(0, 4) + "-" + digits.substring(4, 7) + "-" + digits.substring(7));
    }
    return Normalised.ok(digits);
  }
}
