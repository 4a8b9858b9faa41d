package jp.gyomu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JfrSummaryTest {

  private static final String WORKERS = "OCR workers (the pipeline)";

  @TempDir Path dir;

  @Test
  void aRecordingsProfileCountsOnlyTheCpuOfTheWindowAskedFor() throws Exception {
    Path file = dir.resolve("recording.jfr");
    Instant quietFrom;
    Instant workerFrom;
    Instant workerTo;
    try (Recording recording = new Recording()) {
      recording.enable("jdk.ThreadCPULoad").withPeriod(Duration.ofMillis(100));
      recording.start();
      quietFrom = Instant.now();
      Thread.sleep(300);
      workerFrom = Instant.now();
      Thread worker = new Thread(JfrSummaryTest::spin, "ocr-worker-1");
      worker.start();
      worker.join();
      Thread.sleep(300);
      workerTo = Instant.now();
      recording.stop();
      recording.dump(file);
    }

    var beforeTheWorker = JfrSummary.of(file, quietFrom, workerFrom);
    var whileItWorked = JfrSummary.of(file, workerFrom, workerTo);

    assertThat(beforeTheWorker.threadCpu()).doesNotContainKey(WORKERS);
    assertThat(whileItWorked.threadCpu().get(WORKERS)).isPositive();
  }

  /** About a second of CPU on the calling thread. */
  private static void spin() {
    long until = System.nanoTime() + 1_000_000_000L;
    long x = 0;
    while (System.nanoTime() < until) {
      x += Long.numberOfTrailingZeros(x + 1);
    }
    if (x == 42) {
      System.out.println(x);
    }
  }
}
