package jp.gyomu.fields;

/**
 * The outcome of normalising one OCR'd value.
 *
 * @param value the clean value, or {@code null} when the text was rejected
 * @param reason why the text was rejected; for an accepted value, an optional caveat a reviewer
 *     should see (e.g. a 平成 date written after 平成 ended)
 * @param <T> the value's type
 */
public record Normalised<T>(T value, String reason) {

  public static <T> Normalised<T> ok(T value) {
    return new Normalised<>(value, null);
  }

  public static <T> Normalised<T> okWithCaveat(T value, String caveat) {
    return new Normalised<>(value, caveat);
  }

  public static <T> Normalised<T> invalid(String reason) {
    return new Normalised<>(null, reason);
  }

  public boolean isValid() {
    return value != null;
  }
}
