package jp.gyomu.ingestion;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalDouble;

/**
 * Documents this node settled per second, from its last few settlements: recent enough to follow a
 * change of load, long enough to smooth out two workers finishing at once.
 */
final class SettleRate {

  private static final int SAMPLES = 32;
  // older settlements say nothing about the workers now (an idle night, a restart)
  private static final Duration MAX_AGE = Duration.ofMinutes(10);

  private final Deque<Instant> recent = new ArrayDeque<>();

  synchronized void settled(Instant at) {
    recent.addLast(at);
    if (recent.size() > SAMPLES) {
      recent.removeFirst();
    }
  }

  /**
   * Settlements per second up to {@code now}; empty until two fall within the last 10 minutes.
   * Measured up to now rather than to the last settlement, so stalled workers lower the rate.
   */
  synchronized OptionalDouble perSecond(Instant now) {
    recent.removeIf(at -> at.isBefore(now.minus(MAX_AGE)));
    if (recent.size() < 2) {
      return OptionalDouble.empty();
    }
    double seconds = Duration.between(recent.getFirst(), now).toMillis() / 1000.0;
    return OptionalDouble.of((recent.size() - 1) / Math.max(seconds, 0.001));
  }
}
