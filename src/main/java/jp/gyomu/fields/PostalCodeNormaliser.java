package jp.gyomu.fields;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;

/** Reads a Japanese postal code (〒100-0001, 1000001, 〒１００ー０００１) as {@code 100-0001}. */
public final class PostalCodeNormaliser {

  private static final Pattern POSTAL_CODE = Pattern.compile("(?<!\\d)(\\d{3})-?(\\d{4})(?!\\d)");

  private PostalCodeNormaliser() {}

  public static Normalised<String> parse(String text) {
    if (text == null || text.isBlank()) {
      return Normalised.invalid(Reason.of(ReasonCode.EMPTY));
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    s = OcrConfusions.repairDashes(OcrConfusions.repairDigits(s));
    Matcher m = POSTAL_CODE.matcher(s);
    if (!m.find()) {
      return Normalised.invalid(Reason.of(ReasonCode.NO_POSTAL_CODE, text.strip()));
    }
    return Normalised.ok(m.group(1) + "-" + m.group(2));
  }
}
