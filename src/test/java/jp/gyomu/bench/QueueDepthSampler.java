package jp.gyomu.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.gyomu.support.Http;

/**
 * Reads Gyomu's intake gauges and memory every few seconds, as an operator's dashboard would, into
 * a CSV file and memory (for the summary and the chart).
 */
final class QueueDepthSampler implements AutoCloseable {

  /** One sample; {@code seconds} since the sampler started. */
  record Sample(
      double seconds,
      String phase,
      double waiting,
      double queued,
      double running,
      double heapMb,
      double rssMb) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Http http;
  private final String admin;
  private final String password;
  private final long pid;
  private final PrintWriter csv;
  private final List<Sample> samples = new ArrayList<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final long start = System.nanoTime();
  private volatile String phase = "start";

  QueueDepthSampler(
      Http http, String admin, String password, long pid, Path csvFile, Duration every)
      throws IOException {
    this.http = http;
    this.admin = admin;
    this.password = password;
    this.pid = pid;
    this.csv = new PrintWriter(Files.newBufferedWriter(csvFile, StandardCharsets.UTF_8));
    csv.println("seconds,phase,waiting,queued,running,heap_used_mb,rss_mb");
    timer.scheduleAtFixedRate(this::sample, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  void phase(String name) {
    this.phase = name;
  }

  synchronized List<Sample> samples() {
    return List.copyOf(samples);
  }

  /** The latest number of documents waiting, read now. */
  double waiting() throws IOException {
    return metric("gyomu.intake.waiting");
  }

  private void sample() {
    try {
      var s =
          new Sample(
              (System.nanoTime() - start) / 1e9,
              phase,
              metric("gyomu.intake.waiting"),
              metric("gyomu.intake.queued"),
              metric("gyomu.intake.running"),
              metric("jvm.memory.used?tag=area:heap") / 1024 / 1024,
              ProcessMemory.kb(pid, "VmRSS") / 1024.0);
      synchronized (this) {
        samples.add(s);
        csv.printf(
            "%.0f,%s,%.0f,%.0f,%.0f,%.0f,%.0f%n",
            s.seconds(), s.phase(), s.waiting(), s.queued(), s.running(), s.heapMb(), s.rssMb());
        csv.flush();
      }
      System.out.printf(
          "%5.0f s  %-8s waiting %4.0f  queued %3.0f  running %1.0f  heap %4.0f MB  RSS %4.0f MB%n",
          s.seconds(), s.phase(), s.waiting(), s.queued(), s.running(), s.heapMb(), s.rssMb());
    } catch (Exception e) {
      System.out.println("sample failed: " + e);
    }
  }

  private double metric(String name) throws IOException {
    var body = http.get("/actuator/metrics/" + name, admin, password).body();
    return JSON.readTree(body).get("measurements").get(0).get("value").asDouble();
  }

  @Override
  public void close() {
    timer.shutdown();
    try {
      timer.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      csv.close();
    }
  }
}
