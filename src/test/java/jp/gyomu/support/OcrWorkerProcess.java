package jp.gyomu.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./gyomu worker} as a separate process (decision 0015), for tests, benchmarks and drills:
 * started against one node, killed (SIGKILL) or stopped (SIGTERM: it finishes its page and says how
 * many it read).
 */
public final class OcrWorkerProcess implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern READ = Pattern.compile("read ([0-9,.]+) pages");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path log;

  private OcrWorkerProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * A worker user in {@code gyomu-ocr-workers} and its API token, made as an administrator would
   * script them (docs/OPERATIONS.md, "OCR workers"); returns the token.
   */
  public static String createWorker(Http http, String adminPassword, String user) {
    String body =
        """
        {"profile": {"id": "%s", "firstName": "OCR", "lastName": "Worker"},
         "credentials": {"password": "%s"}}"""
            .formatted(user, UUID.randomUUID());
    expect(
        http.send(
            "POST", "/engine-rest/user/create", "admin", adminPassword, "application/json", body),
        204);
    expect(
        http.send(
            "PUT",
            "/engine-rest/group/gyomu-ocr-workers/members/" + user,
            "admin",
            adminPassword,
            "application/json",
            ""),
        204);
    var issued =
        http.send(
            "POST",
            "/api/bot-tokens",
            "admin",
            adminPassword,
            "application/json",
            "{\"bot\": \"" + user + "\", \"label\": \"OCR worker\"}");
    expect(issued, 201);
    try {
      return JSON.readTree(issued.body()).get("token").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts a worker with one thread and waits until it runs.
   *
   * @param java the command up to the program arguments: {@code java -jar gyomu.jar} or {@link
   *     GyomuProcess#fromClassPath}
   */
  public static OcrWorkerProcess start(
      List<String> java, int nodePort, String token, String name, Path log) throws IOException {
    List<String> command = new ArrayList<>(java);
    command.add("worker");
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().put("GYOMU_WORKER_URL", "http://127.0.0.1:" + nodePort);
    builder.environment().put("GYOMU_WORKER_TOKEN", token);
    builder.environment().put("GYOMU_WORKER_THREADS", "1");
    builder.environment().put("GYOMU_WORKER_NAME", name);
    builder.environment().put("OMP_THREAD_LIMIT", "1");
    var worker = new OcrWorkerProcess(builder.start(), log);
    long end = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!worker.logText().contains("reads pages for")) {
      if (!worker.process.isAlive() || System.nanoTime() > end) {
        worker.kill();
        throw new IllegalStateException("the OCR worker did not start; see " + log);
      }
      sleep(100);
    }
    return worker;
  }

  /** Kills the worker without warning, as a power cut would. */
  public void kill() {
    try {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the worker as SIGTERM does (the page in hand is finished and sent) and waits for it. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** Pages the worker read and its node kept, as it said when it stopped; 0 before. */
  public long pagesRead() {
    Matcher m = READ.matcher(logText());
    return m.find() ? Long.parseLong(m.group(1).replaceAll("[,.]", "")) : 0;
  }

  public Path log() {
    return log;
  }

  /** The worker's process id (the JVM's, also when started through {@code taskset}). */
  public long pid() {
    return process.pid();
  }

  private String logText() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          "HTTP " + response.statusCode() + " from " + response.uri() + ": " + response.body());
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
