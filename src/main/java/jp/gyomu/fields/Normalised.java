package jp.gyomu.fields;

import jp.gyomu.reasons.Reason;

/**
 * The outcome of normalising one OCR'd value.
 *
 * @param value the clean value, or {@code null} when the text was rejected
 * @param why why the text was rejected; for an accepted value, an optional caveat a reviewer should
 *     see (e.g. a 平成 date written after 平成 ended)
 * @param <T> the value's type
 */
public record Normalised<T>(T value, Reason why) {

  public static <T> Normalised<T> ok(T value) {
    return new Normalised<>(value, null);
  }

  public static <T> Normalised<T> okWithCaveat(T value, Reason caveat) {
    return new Normalised<>(value, caveat);
  }

  public static <T> Normalised<T> invalid(Reason reason) {
    return new Normalised<>(null, reason);
  }

  /** {@link #why()} in English, for logs and tests; null when there is none. */
  public String reason() {
    return why == null ? null : why.english();
  }

  public boolean isValid() {
    return value != null;
  }
}
