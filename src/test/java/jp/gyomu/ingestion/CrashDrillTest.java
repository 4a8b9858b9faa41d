package jp.gyomu.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import jp.gyomu.bench.CrashDrill;
import jp.gyomu.support.Drill;
import org.junit.jupiter.api.Test;

/**
 * The small crash drill (bench/crash-drill.sh runs the large one): a Gyomu process of its own is
 * killed with SIGKILL while it takes files from its inbox and reads the first of them, then started
 * on the same data folder; every file must end accounted for exactly once.
 */
@Drill
class CrashDrillTest {

  @Test
  void everyInboxFileIsAccountedForExactlyOnceAfterASigkillWhileFilesAreTaken() throws Exception {
    var result =
        CrashDrill.run(
            CrashDrill.Settings.parse(
                "n=12",
                "kills=pickup",
                "sweep-seconds=5",
                "out=target/crash-drill-test",
                "timeout-minutes=8"));

    assertThat(result.discrepancies()).as(result.report()).isEmpty();
  }
}
