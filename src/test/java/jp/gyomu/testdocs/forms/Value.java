package jp.gyomu.testdocs.forms;

import java.util.Random;
import java.util.function.Function;

/**
 * A value as printed on a form and as a reader should normalise it.
 *
 * @param printed the text on the page
 * @param expected a {@code String} (compared without whitespace), {@code LocalDate} or {@code Long}
 */
public record Value(String printed, Object expected) {

  /** Draws a random value. */
  @FunctionalInterface
  public interface Source extends Function<Random, Value> {}

  /** A text printed as it should be read. */
  public static Value text(String text) {
    return new Value(text, text.replaceAll("\\s", ""));
  }
}
