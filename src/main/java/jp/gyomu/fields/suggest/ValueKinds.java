package jp.gyomu.fields.suggest;

import java.text.Normalizer;
import java.util.regex.Pattern;
import jp.gyomu.fields.FieldType;

/**
 * The type a value looks like, from its printed text: a date (和暦 or Western), an amount (¥, 円 or
 * thousands commas), a count, a phone number, a postal code, a registration number, or text. Shapes
 * are strict (a whole value, not a number somewhere in a sentence) and each is confirmed by the
 * type's own normaliser, so what is proposed is what the template will read.
 */
final class ValueKinds {

  private static final Pattern DATE =
      Pattern.compile(
          "(明治|大正|昭和|平成|令和|[MTSHR]\\.?)\\s*(\\d{1,2}|元)\\s*[年./-]\\s*\\d{1,2}\\s*[月./-]\\s*\\d{1,2}\\s*日?"
              + "([(（][月火水木金土日][)）])?"
              + "|\\d{4}\\s*[年./-]\\s*\\d{1,2}\\s*[月./-]\\s*\\d{1,2}\\s*日?([(（][月火水木金土日][)）])?");
  private static final Pattern POSTAL = Pattern.compile("〒?\\s*\\d{3}\\s*-\\s*\\d{4}");
  private static final Pattern PHONE =
      Pattern.compile(
          "(TEL|Tel|tel|電話)?[:：.]?\\s*(\\(?0\\d{1,4}\\)?\\s*[-(（)）]?\\s*\\d{1,4}\\s*[-)）]\\s*\\d{3,4}|0[5789]0\\d{8})");
  private static final Pattern REGISTRATION = Pattern.compile("T\\s*\\d{13}");
  private static final Pattern AMOUNT =
      Pattern.compile(
          "[¥￥\\\\]\\s*\\d[\\d,]*\\s*(円|-|－)?.*|\\d{1,3}(,\\d{3})+\\s*円?.*|\\d+\\s*円.*|金\\s*[\\d,]+\\s*円.*");
  private static final Pattern COUNT =
      Pattern.compile("\\d{1,6}\\s*(年|人|個|件|枚|回|名|歳|冊|台|本|泊|日|か月|ヶ月|時間)?");

  private ValueKinds() {}

  static FieldType of(String printed) {
    String text = fold(printed);
    if (text.isEmpty()) {
      return FieldType.TEXT;
    }
    if (looksLikeDate(text) && FieldType.DATE.normalise(text).isValid()) {
      return FieldType.DATE;
    }
    if (REGISTRATION.matcher(text).matches()
        && FieldType.INVOICE_REGISTRATION_NUMBER.normalise(text).isValid()) {
      return FieldType.INVOICE_REGISTRATION_NUMBER;
    }
    if (POSTAL.matcher(text).matches()) {
      return FieldType.POSTAL_CODE;
    }
    if (PHONE.matcher(text).matches() && FieldType.PHONE.normalise(text).isValid()) {
      return FieldType.PHONE;
    }
    if ((AMOUNT.matcher(text).matches() || looksLikeAmount(text))
        && text.length() < 30
        && FieldType.AMOUNT.normalise(text).isValid()) {
      return FieldType.AMOUNT;
    }
    if (COUNT.matcher(text).matches() && FieldType.NUMBER.normalise(text).isValid()) {
      return FieldType.NUMBER;
    }
    return FieldType.TEXT;
  }

  // what a date may carry besides its digits: era, separators, a weekday, OCR's spaces
  private static final Pattern DATE_PARTS =
      Pattern.compile("明治|大正|昭和|平成|令和|[MTSHR]|元|[年月日./\\-()（）\\s]|[月火水木金土日]");

  private static boolean looksLikeDate(String text) {
    if (DATE.matcher(text).matches()) {
      return true;
    }
    String rest = DATE_PARTS.matcher(text.replaceAll("\\d", "")).replaceAll("");
    return text.length() <= 24 && rest.length() <= 1 && text.matches(".*\\d.*[年/.\\-].*\\d.*");
  }

  /** Yen marks or thousands commas, and little else. */
  private static boolean looksLikeAmount(String text) {
    boolean marked = text.matches(".*([¥￥円]|\\d,\\d{3}).*");
    String rest = text.replaceAll("[\\d,.\\s¥￥円\\-－金也()（）税込抜]", "");
    return marked && rest.length() <= 1 && !text.matches(".*[年月日].*");
  }

  /** Whether a text carries a value of a type other than text (a date, an amount...). */
  static boolean typed(String printed) {
    return of(printed) != FieldType.TEXT;
  }

  static boolean hasDigit(String text) {
    return fold(text).chars().anyMatch(Character::isDigit);
  }

  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
  }
}
