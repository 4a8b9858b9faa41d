package jp.gyomu.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import jp.gyomu.bench.CrashDrill;
import jp.gyomu.support.Drill;
import org.junit.jupiter.api.Test;

/**
 * The small database-restart drill: Gyomu on a private PostgreSQL server that is stopped while a
 * wave of files arrives in the inbox and documents are being read, and started again after a pause.
 * Every file must end accounted for exactly once; uploads during the outage are told to come back.
 * Needs PostgreSQL's server programs and fails saying so when they are missing.
 */
@Drill
class DatabaseRestartDrillTest {

  @Test
  void aDatabaseOutageInTheMiddleOfABatchLosesAndRepeatsNothing() throws Exception {
    var result =
        CrashDrill.run(
            CrashDrill.Settings.parse(
                "db=postgres",
                "n=12",
                "sweep-seconds=5",
                "restarts=fast",
                "outage-seconds=12",
                "out=target/database-restart-drill-test",
                "timeout-minutes=8"));

    assertThat(result.discrepancies()).as(result.report()).isEmpty();
  }
}
