package jp.gyomu.system.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class LoginThrottleSettingsTest {

  private static LoginThrottleSettings bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("gyomu.login-throttle", LoginThrottleSettings.class);
  }

  private static final LoginThrottleSettings DEFAULTS = bind(Map.of());

  @Test
  void byDefaultFiveFailuresAreFreeThenTheWaitDoublesFromOneSecondToFiveMinutes() {
    assertThat(DEFAULTS.delayAfter(4)).isZero();
    assertThat(DEFAULTS.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(DEFAULTS.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
    assertThat(DEFAULTS.delayAfter(13)).isEqualTo(Duration.ofSeconds(256));
    assertThat(DEFAULTS.delayAfter(14)).isEqualTo(Duration.ofMinutes(5));
    assertThat(DEFAULTS.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void byDefaultAPatientStrangerGetsAboutTwelveTriesAnHourPerAddress() {
    assertThat(Duration.ofHours(1).dividedBy(DEFAULTS.maxDelay())).isEqualTo(12);
    assertThat(DEFAULTS.forgetAfter()).isEqualTo(Duration.ofHours(1));
    assertThat(DEFAULTS.maxTracked()).isEqualTo(10_000);
  }

  @Test
  void deploymentsChangeEachSettingAlone() {
    var settings = bind(Map.of("gyomu.login-throttle.max-delay", "30s"));
    assertThat(settings.maxDelay()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.firstDelay()).isEqualTo(DEFAULTS.firstDelay());
    assertThat(settings.delayAfter(100)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void settingsThatWouldNeverLetAnyoneWaitOrForgetAreRefused() {
    assertThatThrownBy(
            () ->
                new LoginThrottleSettings(
                    0, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(1), 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new LoginThrottleSettings(
                    5, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofMinutes(1), 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
