package jp.gyomu.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Awaitility with the suite's bounds, for work the job executor or the intake does in the
 * background: returns the first value that is neither null nor {@code false}.
 */
public final class Await {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  private Await() {}

  public static <T> T until(String what, Supplier<T> probe) {
    return await(what)
        .atMost(TIMEOUT)
        .pollInterval(Duration.ofMillis(100))
        .until(probe::get, value -> value != null && !Boolean.FALSE.equals(value));
  }
}
