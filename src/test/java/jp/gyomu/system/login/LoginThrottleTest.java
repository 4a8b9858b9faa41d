package jp.gyomu.system.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import jp.gyomu.system.login.LoginThrottle.Door;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final String STRANGER = "192.0.2.66";
  private static final String OFFICE = "192.0.2.10";

  private final MovableClock clock = new MovableClock();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final LoginThrottleSettings settings =
      new LoginThrottleSettings(
          5, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(1), 1_000);
  private final LoginThrottle throttle = new LoginThrottle(settings, meters, clock);

  private void fail(String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(user, address, Door.GYOMU);
    }
  }

  @Test
  void aClientThatHasNotFailedIsNeverHeldBackWhileAStrangerHammersTheSameUser() {
    fail("admin", STRANGER, 50);
    assertThat(throttle.holdBack("admin", STRANGER, Door.GYOMU)).isEqualTo(Duration.ofMinutes(5));
    assertThat(throttle.holdBack("admin", OFFICE, Door.GYOMU)).isZero();
    fail("admin", OFFICE, 4);
    assertThat(throttle.holdBack("admin", OFFICE, Door.GYOMU))
        .as("a few typos of the real user stay free")
        .isZero();
  }

  @Test
  void aClientBeyondItsFreeFailuresWaitsForTheUserNameToo() {
    fail("admin", STRANGER, 20);
    fail("someone-else", OFFICE, 5);
    assertThat(throttle.holdBack("someone-else", OFFICE, Door.GYOMU))
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(throttle.holdBack("admin", OFFICE, Door.GYOMU))
        .as("guessing spread over many addresses waits for the name's delay")
        .isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void theWaitRunsFromTheLastFailureAndIsCapped() {
    fail("bot", STRANGER, 6);
    assertThat(throttle.holdBack("bot", STRANGER, Door.GYOMU)).isEqualTo(Duration.ofSeconds(2));
    clock.advance(Duration.ofMillis(1500));
    assertThat(throttle.holdBack("bot", STRANGER, Door.GYOMU)).isEqualTo(Duration.ofMillis(500));
    clock.advance(Duration.ofMillis(500));
    assertThat(throttle.holdBack("bot", STRANGER, Door.GYOMU)).isZero();
    fail("bot", STRANGER, 1_000);
    assertThat(throttle.holdBack("bot", STRANGER, Door.GYOMU)).isEqualTo(settings.maxDelay());
  }

  @Test
  void failuresAreForgottenAfterAQuietWhileSoNoAccountIsEverLockedForGood() {
    fail("admin", STRANGER, 100);
    clock.advance(Duration.ofHours(1).plusSeconds(1));
    assertThat(throttle.holdBack("admin", STRANGER, Door.GYOMU)).isZero();
    assertThat(throttle.recent(10).users()).isEmpty();
  }

  @Test
  void unknownUsersCountExactlyLikeKnownOnes() {
    fail("admin", STRANGER, 7);
    fail("no-such-user", OFFICE, 7);
    assertThat(throttle.holdBack("admin", STRANGER, Door.GYOMU))
        .isEqualTo(throttle.holdBack("no-such-user", OFFICE, Door.GYOMU));
  }

  @Test
  void aStrangerCannotFillMemoryWithRandomNames() {
    for (int i = 0; i < 20_000; i++) {
      throttle.failed("random-" + i, "198.51.100." + (i % 250), Door.WEBAPP);
    }
    var recent = throttle.recent(Integer.MAX_VALUE);
    assertThat(recent.users().size()).isLessThanOrEqualTo(settings.maxTracked());
    assertThat(recent.addresses()).hasSize(250);
  }

  @Test
  void oneIpv6HostCannotDodgeTheThrottleByChangingItsAddressWithinItsNetwork() {
    for (int i = 1; i <= 5; i++) {
      throttle.failed("admin", "2001:db8:1:2::" + Integer.toHexString(i), Door.GYOMU);
    }
    assertThat(throttle.holdBack("admin", "2001:db8:1:2:ffff::1", Door.GYOMU)).isPositive();
    assertThat(throttle.holdBack("admin", "2001:db8:1:3::1", Door.GYOMU)).isZero();
    assertThat(throttle.recent(10).addresses())
        .extracting(LoginFailures.Source::name)
        .containsExactly("2001:db8:1:2:0:0:0:0/64");
  }

  @Test
  void administratorsSeeCountsLastFailureAndWaitAndMetricsCountEachDoor() {
    fail("reference-bot", STRANGER, 6);
    throttle.failed(null, OFFICE, Door.TOKEN);
    throttle.holdBack("reference-bot", STRANGER, Door.WEBAPP);
    var recent = throttle.recent(10);
    assertThat(recent.users())
        .containsExactly(new LoginFailures.Source("reference-bot", 6, clock.instant(), 2));
    assertThat(recent.addresses())
        .extracting(LoginFailures.Source::name, LoginFailures.Source::failures)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(STRANGER, 6),
            org.assertj.core.groups.Tuple.tuple(OFFICE, 1));
    assertThat(meters.counter("gyomu.login.failures", "door", "gyomu").count()).isEqualTo(6);
    assertThat(meters.counter("gyomu.login.failures", "door", "token").count()).isEqualTo(1);
    assertThat(meters.counter("gyomu.login.throttled", "door", "webapp").count()).isEqualTo(1);
  }

  /** A clock tests move by hand. */
  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2025-04-01T09:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
