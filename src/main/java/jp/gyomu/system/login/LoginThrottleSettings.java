package jp.gyomu.system.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins slow their source down, from {@code gyomu.login-throttle.*} (environment
 * variables {@code GYOMU_LOGINTHROTTLE_*}). A client address (or a user name) with {@code
 * freeFailures} failures waits {@code firstDelay} before its next try, twice as long after each
 * further failure, never more than {@code maxDelay}; its failures are forgotten {@code forgetAfter}
 * after the last one.
 *
 * @param freeFailures failures a source may make before it has to wait
 * @param firstDelay the wait after the first failure beyond the free ones
 * @param maxDelay the longest wait
 * @param forgetAfter failures are forgotten this long after a source's last one
 * @param maxTracked most addresses and most user names remembered (each); the least used go first
 */
@ConfigurationProperties(prefix = "gyomu.login-throttle")
public record LoginThrottleSettings(
    @DefaultValue("5") int freeFailures,
    @DefaultValue("1s") Duration firstDelay,
    @DefaultValue("5m") Duration maxDelay,
    @DefaultValue("1h") Duration forgetAfter,
    @DefaultValue("10000") int maxTracked) {

  public LoginThrottleSettings {
    if (freeFailures < 1 || maxTracked < 1) {
      throw new IllegalArgumentException("free-failures and max-tracked must be at least 1");
    }
    if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("need 0 <= first-delay <= max-delay");
    }
    if (forgetAfter.compareTo(maxDelay) < 0) {
      throw new IllegalArgumentException("forget-after must be at least max-delay");
    }
  }

  /** The wait after {@code failures} failures of one source. */
  public Duration delayAfter(int failures) {
    if (failures < freeFailures) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - freeFailures, 40);
    double millis = firstDelay.toMillis() * Math.pow(2, doublings);
    return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis((long) millis);
  }
}
