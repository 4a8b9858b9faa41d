package jp.gyomu.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Hours saved over some cases, kept as minutes until shown: gross = cases x baseline minutes, human
 * = minutes people still spent (measured), net = gross - human.
 */
public record Savings(long cases, double grossMinutes, double humanMinutes) {

  public static final Savings NONE = new Savings(0, 0, 0);

  /** Cases handled with a baseline of manual minutes per case, and the measured human minutes. */
  public static Savings of(long cases, int baselineMinutesPerCase, double humanMinutes) {
    if (cases < 0 || baselineMinutesPerCase < 0 || humanMinutes < 0) {
      throw new IllegalArgumentException("cases, baseline and human minutes cannot be negative");
    }
    return new Savings(cases, (double) cases * baselineMinutesPerCase, humanMinutes);
  }

  public Savings plus(Savings other) {
    return new Savings(
        cases + other.cases, grossMinutes + other.grossMinutes, humanMinutes + other.humanMinutes);
  }

  @JsonProperty
  public BigDecimal grossHours() {
    return hours(grossMinutes);
  }

  @JsonProperty
  public BigDecimal humanHours() {
    return hours(humanMinutes);
  }

  /** Negative when people spend more time than the manual baseline: shown, not hidden. */
  @JsonProperty
  public BigDecimal netHours() {
    return hours(grossMinutes - humanMinutes);
  }

  private static BigDecimal hours(double minutes) {
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
  }
}
