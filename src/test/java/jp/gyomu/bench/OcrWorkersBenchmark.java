package jp.gyomu.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * without the page queue, (2) through the queue by the node's own readers with 0, 1 and 2 OCR
 * worker processes beside them, (3) by 1 and 2 workers alone (the node reads nothing itself). Each
 * row: the same batch size, time from the drop until no document is RECEIVED, pages per minute, and
 * who read the pages. Workers are separate JVMs ({@code java -jar gyomu.jar worker}) with one
 * thread each, on this machine.
 */
public final class OcrWorkersBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WORKER = "bench-ocr-worker";
  private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(20);

  /**
   * @param readPagesMillis median time of the pipeline's read-pages step per document: the OCR of
   *     its page, plus, through the queue, the queueing, the wait for a reader and the answer
   */
  record Row(
      String setup, int workers, int pages, double seconds, long byWorkers, long readPagesMillis) {
    double pagesPerMinute() {
      return pages * 60 / seconds;
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> o =
        BenchOptions.parse(
            Map.of("documents", "16", "out", "target/bench", "java-opts", "-Xmx1g"), args, "jar");
    int batch = Integer.parseInt(o.get("documents"));
    Path out = Files.createDirectories(Path.of(o.get("out")));
    String loadBefore = ProcessMemory.loadAverage();
    List<LoadForms.Form> forms = LoadForms.ensure(out.resolve("ocr-workers-scans"), batch * 6);
    List<Row> rows = new ArrayList<>();
    int next = 0;

    try (Node node = Node.start(o, out.resolve("ocr-workers-inprocess"), List.of())) {
      rows.add(node.batch("in-process (no queue)", 0, forms.subList(next, next += batch)));
    }
    try (Node node =
        Node.start(
            o, out.resolve("ocr-workers-external"), List.of("--gyomu.ocr.workers=external"))) {
      for (int workers = 0; workers <= 2; workers++) {
        rows.add(
            node.batch(
                "queue: node's 2 readers + workers", workers, forms.subList(next, next += batch)));
      }
    }
    try (Node node =
        Node.start(
            o,
            out.resolve("ocr-workers-only"),
            List.of("--gyomu.ocr.workers=external", "--gyomu.ocr.local-reading=false"))) {
      for (int workers = 1; workers <= 2; workers++) {
        rows.add(node.batch("queue: workers only", workers, forms.subList(next, next += batch)));
      }
    }

    String report = markdown(rows, batch, loadBefore, ProcessMemory.loadAverage());
    Files.writeString(out.resolve("ocr-workers.md"), report, StandardCharsets.UTF_8);
    System.out.println(report);
  }

  static String markdown(List<Row> rows, int batch, String loadBefore, String loadAfter) {
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
                + " thread each, same machine.\n\n")
        .append(
            "| setup | external workers | pages | seconds | pages/min | read by workers | read-pages"
                + " step, median ms |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %.1f | %.1f | %d | %d |%n",
              r.setup(),
              r.workers(),
              r.pages(),
              r.seconds(),
              r.pagesPerMinute(),
              r.byWorkers(),
              r.readPagesMillis()));
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

    Row batch(String setup, int workerCount, List<LoadForms.Form> forms) throws Exception {
      List<OcrWorkerProcess> workers = new ArrayList<>();
      for (int i = 1; i <= workerCount; i++) {
        Path log = process.dataDir().resolve("worker-%d-%d.log".formatted(System.nanoTime(), i));
        workers.add(OcrWorkerProcess.start(java(), process.port(), token, "bench-w" + i, log));
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
      long byWorkers = 0;
      for (OcrWorkerProcess worker : workers) {
        worker.close(); // SIGTERM: it finishes its page and says how many it read
        byWorkers += worker.pagesRead();
      }
      Row row =
          new Row(setup, workerCount, forms.size(), seconds, byWorkers, medianReadPages(forms));
      System.err.printf(Locale.ROOT, "%s, %d workers: %.1f s%n", setup, workerCount, seconds);
      return row;
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
