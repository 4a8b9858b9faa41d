package jp.gyomu.system.login;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down the sources of failed logins instead of locking accounts (decision 0008). Failures are
 * counted per client address and per user name, the same for unknown users as for wrong passwords.
 * A client that has made fewer than the free failures is never held back, so {@code admin} and bots
 * can log in while a stranger hammers their names from elsewhere; a client beyond them waits for
 * the longer of its own delay and the user name's (which slows guessing spread over many
 * addresses). Both memories are bounded and forget after a quiet while.
 */
@Component
public class LoginThrottle {

  /** Where a login came in, for the metrics. */
  public enum Door {
    /** Gyomu's login form and HTTP Basic on /api, /engine-rest and the pages */
    GYOMU,
    /** the Camunda webapps' login */
    WEBAPP,
    /** a bot's API token */
    TOKEN
  }

  private record Failures(int count, Instant last) {}

  // user ids are at most 64 characters in the engine; longer names need no room of their own
  private static final int MAX_NAME = 64;

  private final LoginThrottleSettings settings;
  private final Clock clock;
  private final MeterRegistry meters;
  private final Cache<String, Failures> byAddress;
  private final Cache<String, Failures> byUser;

  @Autowired
  public LoginThrottle(LoginThrottleSettings settings, MeterRegistry meters) {
    this(settings, meters, Clock.systemUTC());
  }

  public LoginThrottle(LoginThrottleSettings settings, MeterRegistry meters, Clock clock) {
    this.settings = settings;
    this.meters = meters;
    this.clock = clock;
    this.byAddress = memory();
    this.byUser = memory();
  }

  private Cache<String, Failures> memory() {
    return Caffeine.newBuilder()
        .maximumSize(settings.maxTracked())
        .expireAfterWrite(settings.forgetAfter())
        .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
        .build();
  }

  /**
   * How long the client at {@code address} must wait before it may try {@code user} again; zero
   * when it may try now. Checked before the password, so a held-back client learns nothing.
   */
  public Duration holdBack(String user, String address, Door door) {
    Failures source = byAddress.getIfPresent(addressKey(address));
    if (source == null || source.count() < settings.freeFailures()) {
      return Duration.ZERO;
    }
    Instant now = clock.instant();
    Duration wait = remaining(source, now);
    Failures name = user == null ? null : byUser.getIfPresent(userKey(user));
    if (name != null) {
      Duration forName = remaining(name, now);
      wait = forName.compareTo(wait) > 0 ? forName : wait;
    }
    if (!wait.isZero()) {
      counter("gyomu.login.throttled", door).increment();
    }
    return wait;
  }

  /** Counts a failed login (unknown user, wrong password or invalid token). */
  public void failed(String user, String address, Door door) {
    Instant now = clock.instant();
    count(byAddress, addressKey(address), now);
    if (user != null && !user.isEmpty()) {
      count(byUser, userKey(user), now);
    }
    counter("gyomu.login.failures", door).increment();
  }

  /** Forgets every failure, as a restart does (each test starts from a clean slate). */
  public void forgetAll() {
    byAddress.invalidateAll();
    byUser.invalidateAll();
  }

  /** What administrators see: the sources of recent failures, most recent first. */
  public LoginFailures recent(int limit) {
    Instant now = clock.instant();
    return new LoginFailures(list(byUser, now, limit), list(byAddress, now, limit));
  }

  private List<LoginFailures.Source> list(Cache<String, Failures> memory, Instant now, int limit) {
    memory.cleanUp(); // evict what is over the bound or expired before showing it
    return memory.asMap().entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, Failures> e) -> e.getValue().last()).reversed())
        .limit(limit)
        .map(
            e ->
                new LoginFailures.Source(
                    e.getKey(),
                    e.getValue().count(),
                    e.getValue().last(),
                    roundUp(remaining(e.getValue(), now))))
        .toList();
  }

  private Duration remaining(Failures failures, Instant now) {
    Instant until = failures.last().plus(settings.delayAfter(failures.count()));
    return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
  }

  private static void count(Cache<String, Failures> memory, String key, Instant now) {
    memory
        .asMap()
        .merge(key, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
  }

  private Counter counter(String name, Door door) {
    return meters.counter(name, "door", door.name().toLowerCase(Locale.ROOT));
  }

  /** Whole seconds to wait, rounded up (for Retry-After). */
  public static long roundUp(Duration wait) {
    return (wait.toMillis() + 999) / 1000;
  }

  private static String userKey(String user) {
    String key = user.strip().toLowerCase(Locale.ROOT);
    return key.length() > MAX_NAME ? key.substring(0, MAX_NAME) : key;
  }

  /**
   * The client as the throttle sees it: the IPv4 address, or the /64 network of an IPv6 address
   * (one host usually holds a whole /64 and could otherwise pick a fresh address per try).
   */
  static String addressKey(String address) {
    // only IPv6 literals are parsed: anything else must never reach a name lookup
    if (address == null || address.indexOf(':') < 0 || !address.matches("[0-9A-Fa-f:.]+")) {
      return String.valueOf(address);
    }
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress();
      if (bytes.length != 16) {
        return address;
      }
      byte[] network = Arrays.copyOf(Arrays.copyOf(bytes, 8), 16);
      return InetAddress.getByAddress(network).getHostAddress() + "/64";
    } catch (UnknownHostException e) {
      return address;
    }
  }
}
