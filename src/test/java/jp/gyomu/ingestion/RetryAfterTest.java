package jp.gyomu.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** How long a refused upload is told to wait, from the backlog and the workers' measured pace. */
class RetryAfterTest {

  private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

  @Test
  void theWaitIsTheTimeTheWorkersNeedToMakeRoomAtTheirMeasuredPace() {
    assertThat(UploadAdmission.retryAfter(40, OptionalDouble.of(2.0)))
        .isEqualTo(Duration.ofSeconds(20));
    assertThat(UploadAdmission.retryAfter(41, OptionalDouble.of(2.0)))
        .as("rounded up: coming back early only earns another 503")
        .isEqualTo(Duration.ofSeconds(21));
  }

  @Test
  void clientsComeBackNoSoonerThanFiveSecondsAndNoLaterThanTenMinutes() {
    assertThat(UploadAdmission.retryAfter(1, OptionalDouble.of(2.0)))
        .isEqualTo(Duration.ofSeconds(5));
    assertThat(UploadAdmission.retryAfter(5_000, OptionalDouble.of(0.5)))
        .isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void withoutAMeasuredPaceClientsAreToldThirtySeconds() {
    assertThat(UploadAdmission.retryAfter(3, OptionalDouble.empty()))
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void thePaceIsSettlementsPerSecondOverTheRecentOnes() {
    var rate = new SettleRate();
    for (int i = 0; i <= 10; i++) {
      rate.settled(T0.plusMillis(500L * i));
    }
    assertThat(rate.perSecond(T0.plusSeconds(5)).getAsDouble()).isEqualTo(2.0);
  }

  @Test
  void stalledWorkersLowerThePaceAndOldSettlementsAreForgotten() {
    var rate = new SettleRate();
    rate.settled(T0);
    rate.settled(T0.plusSeconds(1));
    assertThat(rate.perSecond(T0.plusSeconds(1)).getAsDouble()).isEqualTo(1.0);
    assertThat(rate.perSecond(T0.plusSeconds(10)).getAsDouble()).isEqualTo(0.1);
    assertThat(rate.perSecond(T0.plus(Duration.ofMinutes(11)))).isEmpty();
  }

  @Test
  void oneSettlementIsNoPaceYet() {
    var rate = new SettleRate();
    assertThat(rate.perSecond(T0)).isEmpty();
    rate.settled(T0);
    assertThat(rate.perSecond(T0.plusSeconds(1))).isEmpty();
  }
}
