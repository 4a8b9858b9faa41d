package jp.gyomu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.gyomu.GyomuApplication;

/**
 * Gyomu as its own process, started as an operator starts it, on a data folder of its own: for
 * tests that need settings of their own and for benchmarks. A second Gyomu inside the test JVM
 * would share Camunda's static registries with the suite's engine.
 */
public final class GyomuProcess implements AutoCloseable {

  private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  private final Process process;
  private final Path dataDir;
  private final Path log;
  private final int port;

  private GyomuProcess(Process process, Path dataDir, Path log, int port) {
    this.process = process;
    this.dataDir = dataDir;
    this.log = log;
    this.port = port;
  }

  /**
   * The java command that runs Gyomu from the test JVM's own class path.
   *
   * @param jvmOptions e.g. {@code -Xmx512m}
   */
  public static List<String> fromClassPath(String... jvmOptions) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), GyomuApplication.class.getName()));
    return command;
  }

  /**
   * Starts Gyomu on a free port with the repository's processes and connectors and without the demo
   * (unless {@code settings} has {@code --gyomu.demo.enabled=true}), and waits until it is ready.
   *
   * @param java the command up to the program arguments, e.g. {@link #fromClassPath()}
   * @param settings further {@code --name=value} arguments
   */
  public static GyomuProcess start(List<String> java, Path dataDir, List<String> settings)
      throws IOException, InterruptedException {
    return start(java, null, dataDir, settings);
  }

  /**
   * As {@link #start(List, Path, List)}, run from {@code workingDirectory} (the test JVM's when
   * null): a test can then see whether Gyomu writes anywhere but its data folder.
   */
  public static GyomuProcess start(
      List<String> java, Path workingDirectory, Path dataDir, List<String> settings)
      throws IOException, InterruptedException {
    return start(java, workingDirectory, dataDir, settings, "gyomu.log");
  }

  /**
   * As {@link #start(List, Path, List)}, logging to {@code logName} in the data folder: nodes of a
   * cluster share one data folder and keep a log each.
   */
  public static GyomuProcess start(
      List<String> java, Path dataDir, List<String> settings, String logName)
      throws IOException, InterruptedException {
    return start(java, null, dataDir, settings, logName);
  }

  private static GyomuProcess start(
      List<String> java, Path workingDirectory, Path dataDir, List<String> settings, String logName)
      throws IOException, InterruptedException {
    // H2 refuses a database path relative to the working directory unless it starts with ./
    dataDir = Files.createDirectories(dataDir).toAbsolutePath();
    Path log = dataDir.resolve(logName);
    List<String> command = new ArrayList<>(java);
    command.addAll(
        List.of(
            "--server.port=0",
            "--gyomu.data-dir=" + dataDir,
            "--gyomu.processes-dir=" + ProjectFolders.processes(),
            "--gyomu.connectors-dir=" + ProjectFolders.connectors()));
    if (settings.stream().noneMatch(s -> s.startsWith("--gyomu.demo.enabled="))) {
      command.add("--gyomu.demo.enabled=false");
    }
    command.addAll(settings);
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (workingDirectory != null) {
      builder.directory(workingDirectory.toFile());
    }
    builder.redirectOutput(log.toFile());
    // Tesseract's own threads fight the worker pool otherwise
    builder.environment().put("OMP_THREAD_LIMIT", "1");
    Process process = builder.start();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Gyomu stopped while starting; see " + log);
      }
      String text = Files.exists(log) ? Files.readString(log) : "";
      Matcher port = PORT.matcher(text);
      if (text.contains("Gyomu is ready") && port.find()) {
        return new GyomuProcess(process, dataDir, log, Integer.parseInt(port.group(1)));
      }
      Thread.sleep(250);
    }
    process.destroyForcibly();
    throw new IllegalStateException("Gyomu was not ready within " + START_TIMEOUT + "; see " + log);
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  public Path dataDir() {
    return dataDir;
  }

  public Path log() {
    return log;
  }

  public Http http() {
    return new Http(port);
  }

  /**
   * Kills Gyomu without warning (SIGKILL on Linux: no shutdown hook, no flush), as a power cut or
   * the OOM killer would, and keeps its log as {@code gyomu-<keptAs>.log} for the next start.
   */
  public void kill(String keptAs) throws InterruptedException, IOException {
    process.destroyForcibly().waitFor();
    Files.move(
        log,
        log.resolveSibling(log.getFileName().toString().replace(".log", "-" + keptAs + ".log")));
  }

  /** Stops Gyomu as Ctrl+C would, and waits for it. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(
          Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** The whole log, for failure messages. */
  public String logText() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
