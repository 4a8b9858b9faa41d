package jp.gyomu.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import jdk.jfr.Configuration;
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

  @Test
  void theBenchmarksSettingsSampleJavaAndNativeCodeAtOnePeriod() throws Exception {
    var profile =
        record(
            new Recording(Configuration.create(Path.of("bench/ocr-benchmark.jfc"))),
            dir.resolve("benchmark.jfr"));

    assertThat(profile.samples().get("native") + profile.samples().get("java")).isPositive();
  }

  @Test
  void aRecordingWithJavaAndNativeSamplesAtDifferentPeriodsIsRefused() throws Exception {
    Recording recording = new Recording();
    recording.enable("jdk.ActiveSetting");
    // counted alone, the Java samples would weigh 4x in a quiet run, about 1x under load
    recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
    recording.enable("jdk.NativeMethodSample").withPeriod(Duration.ofMillis(40));

    assertThatThrownBy(() -> record(recording, dir.resolve("unequal.jfr")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("one period");
  }

  @Test
  void periodsAreReadInTheUnitsFlightRecorderWritesThem() {
    assertThat(JfrSummary.duration("20 ms")).isEqualTo(Duration.ofMillis(20));
    assertThat(JfrSummary.duration("10000000 ns")).isEqualTo(Duration.ofMillis(10));
    assertThat(JfrSummary.duration("1 s")).isEqualTo(Duration.ofSeconds(1));
  }

  /** A worker blocked about a second in native code, then a second in Java, profiled. */
  private static JfrSummary.Profile record(Recording recording, Path file) throws Exception {
    Instant from;
    Instant to;
    try (recording) {
      recording.start();
      from = Instant.now();
      spinning = true;
      CountDownLatch waited = new CountDownLatch(1);
      Thread worker =
          new Thread(
              () -> {
                waitForAChildProcess();
                waited.countDown();
                spinInJava();
              },
              "ocr-worker-1");
      worker.start();
      waited.await();
      Thread.sleep(SECOND_MS);
      spinning = false;
      worker.join();
      to = Instant.now();
      recording.stop();
      recording.dump(file);
    }
    return JfrSummary.of(
        file,
        from,
        to,
        List.of(
            new JfrSummary.Step("native", "JfrSummaryTest", "waitForAChildProcess"),
            new JfrSummary.Step("java", "JfrSummaryTest", "spinInJava")));
  }

  private static final long SECOND_MS = 1000;
  private static volatile boolean spinning;

  /** About a second blocked in a native read, on the output of a child that sleeps. */
  private static void waitForAChildProcess() {
    try {
      Process child = new ProcessBuilder("sleep", "1").start();
      child.getInputStream().read();
      child.waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Java code (no native calls) until the test clears {@link #spinning}. */
  private static void spinInJava() {
    long x = 0;
    while (spinning) {
      x += Long.numberOfTrailingZeros(x + 1);
    }
    if (x == 42) {
      System.out.println(x);
    }
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
