package jp.gyomu.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.gyomu.support.GyomuProcess;
import jp.gyomu.support.Http;
import jp.gyomu.support.OcrWorkerProcess;
import org.springframework.util.FileSystemUtils;

/**
 * bench/ocr-workers.sh: one-page documents dropped into a node's inbox, read (1) by the node alone
 * without the page queue, (2) through the queue by the node's own readers alone (what the queue
 * costs), (3) by 1 and then 2 external workers alone (the node reads nothing itself: the per-worker
 * figure). Each row: the same batch size, time from the drop until no document is RECEIVED, pages
 * per minute, who read the pages and the CPU time (user + system) the node and the workers spent
 * per page. Workers are separate JVMs ({@code java -jar gyomu.jar worker}) with one thread each.
 *
 * <p>With {@code taskset} (on by default when the machine has it and 2 or more cores), the
 * workers-only rows pin the node to the last core and each worker to a core of its own, from the
 * first: one worker never competes with the node, so the 1-worker row is one worker on one core, as
 * on a machine of its own. With 2 workers on 2 cores the second worker shares the node's core.
 */
public final class OcrWorkersBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WORKER = "bench-ocr-worker";
  private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(20);
  private static final Duration IDLE_SAMPLE = Duration.ofSeconds(5);

  /**
   * @param readPagesMillis median time of the pipeline's read-pages step per document: the OCR of
   *     its page, plus, through the queue, the queueing, the wait for a reader and the answer
   * @param nodeCpu the node's CPU seconds during the batch
   * @param nodeIdle the node's CPU seconds per second in the 5 s before the batch, with this
   *     benchmark's polls: not subtracted, since what the node still finishes from the batch before
   *     (engine jobs, the JIT) counts there too
   * @param workersCpu the workers' CPU seconds from their start to their stop
   */
  record Row(
      String setup,
      int workers,
      String cores,
      int pages,
      double seconds,
      long byWorkers,
      long readPagesMillis,
      double nodeCpu,
      double nodeIdle,
      double workersCpu) {
    double pagesPerMinute() {
      return pages * 60 / seconds;
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> o =
        BenchOptions.parse(
            Map.of(
                "documents",
                "32",
                "warm-up",
                "6",
                "out",
                "target/bench",
                "java-opts",
                "-Xmx1g",
                "taskset",
                "auto"),
            args,
            "jar");
    int batch = Integer.parseInt(o.get("documents"));
    int warmUp = Integer.parseInt(o.get("warm-up"));
    int cores = Runtime.getRuntime().availableProcessors();
    boolean pin =
        switch (o.get("taskset")) {
          case "auto" -> cores >= 2 && new File("/usr/bin/taskset").canExecute();
          default -> Boolean.parseBoolean(o.get("taskset"));
        };
    Path out = Files.createDirectories(Path.of(o.get("out")));
    String loadBefore = ProcessMemory.loadAverage();
    List<LoadForms.Form> forms =
        LoadForms.ensure(out.resolve("ocr-workers-scans"), batch * 4 + warmUp * 3);
    List<Row> rows = new ArrayList<>();
    int next = 0;

    // each fresh node first reads a small batch that is not reported: the JIT compiles the
    // pipeline, Tesseract loads its models; the rows are what a node that has been up reads
    try (Node node = Node.start(o, out.resolve("ocr-workers-inprocess"), List.of())) {
      node.batch("warm-up", 0, forms.subList(next, next += warmUp), false);
      rows.add(
          node.batch(
              "node alone, in-process (no queue)", 0, forms.subList(next, next += batch), false));
    }
    try (Node node =
        Node.start(
            o, out.resolve("ocr-workers-external"), List.of("--gyomu.ocr.workers=external"))) {
      node.batch("warm-up", 0, forms.subList(next, next += warmUp), false);
      rows.add(
          node.batch(
              "node alone, through the queue", 0, forms.subList(next, next += batch), false));
    }
    try (Node node =
        Node.start(
            o,
            out.resolve("ocr-workers-only"),
            List.of("--gyomu.ocr.workers=external", "--gyomu.ocr.local-reading=false"))) {
      if (pin) {
        node.pinTo(cores - 1);
      }
      node.batch("warm-up", 1, forms.subList(next, next += warmUp), pin);
      for (int workers = 1; workers <= 2; workers++) {
        rows.add(node.batch("workers only", workers, forms.subList(next, next += batch), pin));
      }
    }

    String report = markdown(rows, batch, pin, loadBefore, ProcessMemory.loadAverage());
    Files.writeString(out.resolve("ocr-workers.md"), report, StandardCharsets.UTF_8);
    System.out.println(report);
  }

  static String markdown(
      List<Row> rows, int batch, boolean pinned, String loadBefore, String loadAfter) {
    var md = new StringBuilder();
    md.append("### OCR workers (`bench/ocr-workers.sh`, ")
        .append(LocalDate.now())
        .append(")\n\n")
        .append(
            "%d cores; load average before %s, after %s. %d one-page documents per row, dropped"
                    .formatted(
                        Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter, batch)
                + " into the inbox at once; time until none is RECEIVED. Node: H2,"
                + " `gyomu.intake.workers` = cores. Workers: `java -jar gyomu.jar worker`, one"
                + " thread each, on this machine"
                + (pinned
                    ? "; workers-only rows pinned with `taskset` (cores listed: node | workers)."
                    : "; not pinned.")
                + " CPU = user + system seconds per page. Each node read a warm-up batch first"
                + " (not shown); each row's workers are fresh processes.\n\n")
        .append(
            "| setup | external workers | cores (node \\| workers) | pages | seconds | pages/min"
                + " | read by workers | read-pages step, median ms | node CPU s/page | node CPU"
                + " s/s before the batch | worker CPU"
                + " s/page |\n")
        .append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %s | %d | %.1f | %.1f | %d | %d | %.2f | %.2f | %s |%n",
              r.setup(),
              r.workers(),
              r.cores(),
              r.pages(),
              r.seconds(),
              r.pagesPerMinute(),
              r.byWorkers(),
              r.readPagesMillis(),
              r.nodeCpu() / r.pages(),
              r.nodeIdle(),
              r.workers() == 0
                  ? "-"
                  : String.format(
                      Locale.ROOT, "%.2f", r.workersCpu() / Math.max(1, r.byWorkers()))));
    }
    return md.toString();
  }

  /** One node under test, with a token for workers. */
  private record Node(
      GyomuProcess process,
      Http http,
      String adminPassword,
      String token,
      Map<String, String> options)
      implements AutoCloseable {

    static Node start(Map<String, String> o, Path data, List<String> settings) throws Exception {
      FileSystemUtils.deleteRecursively(data);
      List<String> java = new ArrayList<>();
      java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      java.addAll(List.of(o.get("java-opts").trim().split("\\s+")));
      java.addAll(List.of("-jar", o.get("jar")));
      GyomuProcess process = GyomuProcess.start(java, data, settings);
      Http http = process.http();
      String admin =
          Files.readString(data.resolve("initial-admin-password"), StandardCharsets.UTF_8).trim();
      return new Node(process, http, admin, OcrWorkerProcess.createWorker(http, admin, WORKER), o);
    }

    /** Pins every thread of the running node, and those it starts later, to one core. */
    void pinTo(int core) throws Exception {
      var taskset =
          new ProcessBuilder(
                  "taskset", "-a", "-p", "-c", Integer.toString(core), Long.toString(process.pid()))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (taskset.waitFor() != 0) {
        throw new IllegalStateException("taskset could not pin the node");
      }
    }

    /** One batch; with {@code pin}, worker i runs on core i - 1 (the node is on the last core). */
    Row batch(String setup, int workerCount, List<LoadForms.Form> forms, boolean pin)
        throws Exception {
      int cores = Runtime.getRuntime().availableProcessors();
      List<OcrWorkerProcess> workers = new ArrayList<>();
      List<String> workerCores = new ArrayList<>();
      for (int i = 1; i <= workerCount; i++) {
        Path log = process.dataDir().resolve("worker-%d-%d.log".formatted(System.nanoTime(), i));
        List<String> command = new ArrayList<>();
        if (pin) {
          String core = Integer.toString((i - 1) % cores);
          command.addAll(List.of("taskset", "-c", core));
          workerCores.add(core);
        }
        command.addAll(java());
        workers.add(OcrWorkerProcess.start(command, process.port(), token, "bench-w" + i, log));
      }
      double idlePerSecond = idleCpuPerSecond();
      double nodeCpuBefore = ProcessMemory.cpuSeconds(process.pid());
      List<Double> workerCpuBefore = new ArrayList<>();
      for (OcrWorkerProcess worker : workers) {
        workerCpuBefore.add(ProcessMemory.cpuSeconds(worker.pid()));
      }
      long before = total("");
      Path staging = Files.createDirectories(process.dataDir().resolve("staging"));
      for (var form : forms) {
        Files.copy(
            form.file(),
            staging.resolve(form.file().getFileName()),
            StandardCopyOption.REPLACE_EXISTING);
      }
      long start = System.nanoTime();
      for (var form : forms) {
        Path inbox =
            Files.createDirectories(process.dataDir().resolve("inbox").resolve(form.type()));
        Path staged = staging.resolve(form.file().getFileName());
        Files.move(staged, inbox.resolve(staged.getFileName()), StandardCopyOption.ATOMIC_MOVE);
      }
      long deadline = start + BATCH_TIMEOUT.toNanos();
      while (total("") < before + forms.size() || total("&status=RECEIVED") > 0) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("documents still RECEIVED after " + BATCH_TIMEOUT);
        }
        Thread.sleep(250);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double nodeCpu = ProcessMemory.cpuSeconds(process.pid()) - nodeCpuBefore;
      long byWorkers = 0;
      double workersCpu = 0;
      for (int i = 0; i < workers.size(); i++) {
        var worker = workers.get(i);
        workersCpu += ProcessMemory.cpuSeconds(worker.pid()) - workerCpuBefore.get(i);
        worker.close(); // SIGTERM: it finishes its page and says how many it read
        byWorkers += worker.pagesRead();
      }
      String pinned =
          workerCores.isEmpty()
              ? "all"
              : "%d \\| %s"
                  .formatted(
                      Runtime.getRuntime().availableProcessors() - 1,
                      String.join(", ", workerCores));
      Row row =
          new Row(
              setup,
              workerCount,
              pinned,
              forms.size(),
              seconds,
              byWorkers,
              medianReadPages(forms),
              nodeCpu,
              idlePerSecond,
              workersCpu);
      System.err.printf(Locale.ROOT, "%s, %d workers: %.1f s%n", setup, workerCount, seconds);
      return row;
    }

    /** The node's CPU per second while nothing arrives and this benchmark polls as in a batch. */
    private double idleCpuPerSecond() throws Exception {
      double before = ProcessMemory.cpuSeconds(process.pid());
      long start = System.nanoTime();
      while (System.nanoTime() - start < IDLE_SAMPLE.toNanos()) {
        total("");
        total("&status=RECEIVED");
        Thread.sleep(250);
      }
      return (ProcessMemory.cpuSeconds(process.pid()) - before)
          / ((System.nanoTime() - start) / 1e9);
    }

    private List<String> java() {
      List<String> java = new ArrayList<>();
      java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      java.addAll(List.of(options.get("java-opts").trim().split("\\s+")));
      java.addAll(List.of("-jar", options.get("jar")));
      return java;
    }

    private long medianReadPages(List<LoadForms.Form> forms) throws Exception {
      var names = forms.stream().map(f -> f.file().getFileName().toString()).toList();
      var body = http.get("/api/documents?size=500", "admin", adminPassword).body();
      List<Long> millis = new ArrayList<>();
      for (var d : JSON.readTree(body).get("items")) {
        if (names.contains(d.path("originalName").asText())
            && d.path("timings").has("read-pages")) {
          millis.add(d.path("timings").get("read-pages").asLong());
        }
      }
      Collections.sort(millis);
      return millis.isEmpty() ? -1 : millis.get(millis.size() / 2);
    }

    private long total(String filter) throws Exception {
      var body = http.get("/api/documents?size=1" + filter, "admin", adminPassword).body();
      return JSON.readTree(body).get("total").asLong();
    }

    @Override
    public void close() {
      process.close();
    }
  }

  private OcrWorkersBenchmark() {}
}
