package jp.gyomu.testdocs.forms;

import java.util.Random;

/**
 * Japanese corporate numbers (法人番号) and the invoice registration numbers (適格請求書発行事業者 登録番号, {@code
 * T} + the corporate number) built on them, with the National Tax Agency's check digit.
 */
public final class CorporateNumbers {

  private CorporateNumbers() {}

  /**
   * The check digit of a 12-digit base number: for its digits P(n) counted from the right (n =
   * 1..12) and Q(n) = 1 for odd n, 2 for even n, {@code 9 - (Σ P(n)×Q(n) mod 9)}.
   */
  public static int checkDigit(String base) {
    if (!base.matches("\\d{12}")) {
      throw new IllegalArgumentException("a base number has 12 digits: " + base);
    }
    int sum = 0;
    for (int n = 1; n <= 12; n++) {
      int digit = base.charAt(12 - n) - '0';
      sum += digit * (n % 2 == 1 ? 1 : 2);
    }
    return 9 - sum % 9;
  }

  /** Whether a 13-digit corporate number's leading check digit is right. */
  public static boolean isValid(String corporateNumber) {
    return corporateNumber.matches("\\d{13}")
        && corporateNumber.charAt(0) - '0' == checkDigit(corporateNumber.substring(1));
  }

  /** A random valid invoice registration number: T and 13 digits. */
  public static String registrationNumber(Random r) {
    StringBuilder base = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      base.append(r.nextInt(10));
    }
    return "T" + checkDigit(base.toString()) + base;
  }
}
