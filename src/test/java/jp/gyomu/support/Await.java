package jp.gyomu.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for work the job executor does in the background. */
public final class Await {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  private Await() {}

  public static <T> T until(String what, Supplier<T> probe) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      T value = probe.get();
      if (value != null && !Boolean.FALSE.equals(value)) {
        return value;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("Timed out after " + TIMEOUT + " waiting for " + what);
  }
}
