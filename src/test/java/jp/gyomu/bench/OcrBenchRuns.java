package jp.gyomu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.gyomu.bench.OcrBenchPages.Page;
import jp.gyomu.ocr.OcrPhases;
import jp.gyomu.ocr.OcrSettings;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.pages.PageImage;
import jp.gyomu.pages.PageSource;
import jp.gyomu.support.GyomuProcess;
import jp.gyomu.support.Http;
import org.springframework.util.FileSystemUtils;

/** The five ways {@link OcrBenchmark} reads its pages, each measured on its own. */
final class OcrBenchRuns {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(10);

  /** The Flight Recorder settings of (d): only the events the report reads. */
  private static final Path RECORDING_SETTINGS = Path.of("bench", "ocr-benchmark.jfc");

  /** What one page gave: its text and the time spent on it alone. */
  record PageResult(String text, long millis) {}

  /**
   * One way of reading all pages.
   *
   * @param wallSeconds from the first page started to the last page done
   * @param peakRssKb the largest resident memory of the process(es) that read
   */
  record Run(
      String label,
      Map<Page, PageResult> pages,
      double wallSeconds,
      double cpuSeconds,
      long peakRssKb) {

    double pagesPerSecond() {
      return pages.size() / wallSeconds;
    }

    /**
     * Pages per second of CPU: what the run would read per second with every core to itself,
     * whatever else the machine was doing meanwhile (it counts all the readers' threads).
     */
    double pagesPerCpuSecond() {
      return pages.size() / cpuSeconds;
    }
  }

  /** (d) with what Gyomu recorded while the measured pages went through. */
  record PipelineRun(
      Run run,
      Map<String, Double> millisPerPageByStep,
      Map<String, Double> millisPerPageByPagePart,
      Map<String, Double> millisPerPageByOcrPhase,
      Map<String, Long> ocrPhaseRuns,
      Map<String, String> finalStates,
      JfrSummary.Profile profile,
      List<Double> roundPagesPerCpuSecond,
      List<Double> roundJitShares) {}

  /** (e) with the engine's own phase times. */
  record EngineRun(Run run, Map<String, Double> millisPerPageByOcrPhase) {}

  private final int cores;
  private final List<Page> warmUp;
  private final List<Page> jvmWarmUp;

  /**
   * @param warmUp pages each CLI run reads first (its data files in the page cache)
   * @param jvmWarmUp pages Gyomu's pipeline and engine read first, enough for the JIT to compile
   *     what the measured pages run
   */
  OcrBenchRuns(int cores, List<Page> warmUp, List<Page> jvmWarmUp) {
    this.cores = cores;
    this.warmUp = warmUp;
    this.jvmWarmUp = jvmWarmUp;
  }

  static Run faster(Run a, Run b) {
    return a.pagesPerSecond() >= b.pagesPerSecond() ? a : b;
  }

  /** The command line, one process per page and per core, after the warm-up pages. */
  Run cli(List<Page> pages, String languages, boolean threadLimit, String... variables)
      throws Exception {
    String label =
        "tesseract -l " + languages + (threadLimit ? " OMP_THREAD_LIMIT=1" : " (OpenMP default)");
    cliBatch(warmUp, languages, threadLimit, variables);
    long start = System.nanoTime();
    Map<Page, PageResult> results = cliBatch(pages, languages, threadLimit, variables);
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    double cpu = 0;
    for (Page p : pages) {
      List<String> lines = Files.readAllLines(Path.of(p.file() + ".rss"));
      String[] memoryUserSystem = lines.get(lines.size() - 1).trim().split("\\s+");
      peak = Math.max(peak, Long.parseLong(memoryUserSystem[0]));
      cpu += Double.parseDouble(memoryUserSystem[1]) + Double.parseDouble(memoryUserSystem[2]);
    }
    return new Run(label, results, seconds, cpu, peak);
  }

  private Map<Page, PageResult> cliBatch(
      List<Page> pages, String languages, boolean threadLimit, String... variables)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(cores);
    try {
      Map<Page, Future<PageResult>> running = new LinkedHashMap<>();
      for (Page p : pages) {
        running.put(p, pool.submit(() -> cliPage(p, languages, threadLimit, variables)));
      }
      Map<Page, PageResult> results = new LinkedHashMap<>();
      for (var e : running.entrySet()) {
        results.put(e.getKey(), e.getValue().get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  /**
   * @param variables Tesseract variables, {@code name=value}, each given as {@code -c}
   */
  private static PageResult cliPage(
      Page p, String languages, boolean threadLimit, String... variables) throws Exception {
    String base = p.file() + ".cli";
    List<String> command =
        new ArrayList<>(
            List.of(
                "/usr/bin/time",
                "-f",
                "%M %U %S",
                "-o",
                p.file() + ".rss",
                "tesseract",
                p.file().toString(),
                base,
                "-l",
                languages));
    for (String v : variables) {
      command.add("-c");
      command.add(v);
    }
    var builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    if (threadLimit) {
      builder.environment().put("OMP_THREAD_LIMIT", "1");
    } else {
      builder.environment().remove("OMP_THREAD_LIMIT");
    }
    long start = System.nanoTime();
    int exit = builder.start().waitFor();
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (exit != 0) {
      throw new IllegalStateException("tesseract failed on " + p.file());
    }
    return new PageResult(Files.readString(Path.of(base + ".txt")), millis);
  }

  /** Gyomu's engine in this JVM, one page per core, files decoded as the intake decodes them. */
  EngineRun engine(List<Page> pages) throws Exception {
    try (var engine = new TessApiOcrEngine(OcrSettings.defaults().withMaxConcurrentPages(cores))) {
      engineBatch(engine, jvmWarmUp);
      Map<String, Double> before = phaseSeconds(engine.phases());
      long pid = ProcessHandle.current().pid();
      double cpuBefore = ProcessMemory.cpuSeconds(pid);
      long start = System.nanoTime();
      Map<Page, PageResult> results = engineBatch(engine, pages);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = ProcessMemory.cpuSeconds(pid) - cpuBefore;
      Map<String, Double> after = phaseSeconds(engine.phases());
      Map<String, Double> perPage = new LinkedHashMap<>();
      after.forEach((k, v) -> perPage.put(k, (v - before.get(k)) * 1000 / pages.size()));
      return new EngineRun(
          new Run("TessApiOcrEngine", results, seconds, cpu, ProcessMemory.kb(pid, "VmHWM")),
          perPage);
    }
  }

  private Map<Page, PageResult> engineBatch(TessApiOcrEngine engine, List<Page> pages)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(cores);
    try {
      Map<Page, Future<PageResult>> running = new LinkedHashMap<>();
      for (Page p : pages) {
        running.put(
            p,
            pool.submit(
                () -> {
                  long start = System.nanoTime();
                  try (PageSource source = PageSource.open(p.file())) {
                    PageImage image = source.render(0);
                    String text = engine.read(image.image(), image.dpi(), "jpn").text();
                    return new PageResult(text, (System.nanoTime() - start) / 1_000_000);
                  }
                }));
      }
      Map<Page, PageResult> results = new LinkedHashMap<>();
      for (var e : running.entrySet()) {
        results.put(e.getKey(), e.getValue().get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  private static Map<String, Double> phaseSeconds(OcrPhases phases) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    for (OcrPhases.Phase p : OcrPhases.Phase.values()) {
      seconds.put(p.id(), phases.seconds(p));
    }
    return seconds;
  }

  /**
   * A fresh Gyomu (H2, its own data folder) started from this class path, an uploader account, the
   * warm-up pages through the API until settled, then the measured pages, all uploaded at once (the
   * intake queues them), under a Flight Recorder sample. With {@code rounds} above 1 the measured
   * pages go through first {@code rounds - 1} times more (same pixels, other bytes: {@link
   * OcrBenchPages#again}), each round awaited, and only the last round, the original files, is
   * measured: a server in steady state, its JIT settled on exactly this work.
   */
  PipelineRun pipeline(List<Page> pages, Path out, int rounds) throws Exception {
    FileSystemUtils.deleteRecursively(out);
    Path data = Files.createDirectories(out.resolve("data"));
    try (GyomuProcess gyomu =
        GyomuProcess.start(GyomuProcess.fromClassPath(gyomuJvmOptions()), data, List.of())) {
      Runtime.getRuntime().addShutdownHook(new Thread(gyomu::close));
      Http http = gyomu.http();
      String admin =
          Files.readString(data.resolve("initial-admin-password"), StandardCharsets.UTF_8).trim();
      String uploader = LoadBenchmark.createUploader(http, admin);
      var api = new Api(http, admin, uploader);
      System.out.printf("Gyomu ready on port %d (pid %d)%n", gyomu.port(), gyomu.pid());

      // One recording from before the warm-up to the end: starting a recording can instrument
      // JDK classes, and the JIT compiles again what that invalidated, so it must not start with
      // the measured batch. Lean settings: only what the report reads (bench/ocr-benchmark.jfc);
      // each round's profile is the events of its own window (decision 0027).
      Path jfr = out.resolve("pipeline.jfr").toAbsolutePath();
      jcmd(
          gyomu.pid(),
          "JFR.start",
          "name=bench",
          "settings=" + RECORDING_SETTINGS.toAbsolutePath(),
          "filename=" + jfr);
      api.awaitSettled(api.uploadAll(jvmWarmUp).keySet());
      List<Double> roundRates = new ArrayList<>();
      List<Instant[]> roundWindows = new ArrayList<>();
      for (int round = 1; round < rounds; round++) {
        List<Page> again = OcrBenchPages.again(pages, out.resolve("rounds"), round);
        Instant from = Instant.now();
        double roundCpu = ProcessMemory.cpuSeconds(gyomu.pid());
        api.awaitSettled(api.uploadAll(again).keySet());
        roundRates.add(pages.size() / (ProcessMemory.cpuSeconds(gyomu.pid()) - roundCpu));
        roundWindows.add(new Instant[] {from, Instant.now()});
        System.out.printf(
            "(d) round %d of %d: %.3f pages per CPU-second%n",
            round, rounds, roundRates.get(round - 1));
      }
      Metrics before = Metrics.read(api);
      Instant measuredFrom = Instant.now();
      double cpuBefore = ProcessMemory.cpuSeconds(gyomu.pid());
      Map<String, Page> uploaded = api.uploadAll(pages);
      api.awaitSettled(uploaded.keySet());
      double cpu = ProcessMemory.cpuSeconds(gyomu.pid()) - cpuBefore;
      roundRates.add(pages.size() / cpu);
      Instant measuredTo = Instant.now();
      roundWindows.add(new Instant[] {measuredFrom, measuredTo});
      jcmd(gyomu.pid(), "JFR.stop", "name=bench");
      List<Double> roundJitShares = new ArrayList<>();
      for (Instant[] w : roundWindows) {
        roundJitShares.add(JfrSummary.of(jfr, w[0], w[1]).jitShare());
      }
      Metrics after = Metrics.read(api);

      Map<Page, PageResult> results = new LinkedHashMap<>();
      Map<String, String> states = new LinkedHashMap<>();
      Instant first = Instant.MAX;
      Instant last = Instant.MIN;
      for (var e : uploaded.entrySet()) {
        JsonNode d = api.document(e.getKey());
        Instant created = OffsetDateTime.parse(d.get("createdAt").asText()).toInstant();
        Instant updated = OffsetDateTime.parse(d.get("updatedAt").asText()).toInstant();
        first = created.isBefore(first) ? created : first;
        last = updated.isAfter(last) ? updated : last;
        long work = 0;
        for (JsonNode step : d.path("timings")) {
          work += step.asLong();
        }
        results.put(e.getValue(), new PageResult(api.text(e.getKey()), work));
        states.merge(d.get("status").asText(), e.getValue().name(), (a, b) -> a + ", " + b);
      }
      double seconds = Duration.between(first, last).toMillis() / 1000.0;
      int n = pages.size();
      return new PipelineRun(
          new Run("Gyomu pipeline", results, seconds, cpu, ProcessMemory.kb(gyomu.pid(), "VmHWM")),
          after.perPage(before, "step", n),
          after.perPage(before, "page", n),
          after.perPage(before, "phase", n),
          after.runs(before),
          states,
          JfrSummary.of(jfr, measuredFrom, measuredTo),
          roundRates,
          roundJitShares);
    }
  }

  /**
   * -Xmx1g, then the options ./gyomu starts Java with (jvm.options), or GYOMU_BENCH_JVM_OPTIONS
   * (space-separated) instead of them, to try flags.
   */
  static String[] gyomuJvmOptions() throws IOException {
    List<String> options = new ArrayList<>(List.of("-Xmx1g"));
    String instead = System.getenv("GYOMU_BENCH_JVM_OPTIONS");
    if (instead != null && !instead.isBlank()) {
      options.addAll(List.of(instead.trim().split("\\s+")));
    } else {
      for (String line : Files.readAllLines(Path.of("jvm.options"))) {
        if (!line.isBlank() && !line.strip().startsWith("#")) {
          options.add(line.strip());
        }
      }
    }
    return options.toArray(String[]::new);
  }

  private static void jcmd(long pid, String... command) throws Exception {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
    line.add(Long.toString(pid));
    line.addAll(List.of(command));
    Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", line) + " failed: " + output);
    }
  }

  /** Gyomu's API as the benchmark uses it. */
  private record Api(Http http, String adminPassword, String uploaderPassword) {

    /** Uploads each page (with its type if it has one); the documents' ids in upload order. */
    Map<String, Page> uploadAll(List<Page> pages) throws IOException {
      Map<String, Page> ids = new LinkedHashMap<>();
      for (Page p : pages) {
        var response =
            http.upload(
                "/api/documents",
                p.file().getFileName().toString(),
                Files.readAllBytes(p.file()),
                p.type(),
                LoadBenchmark.UPLOADER,
                uploaderPassword);
        if (response.statusCode() != 202) {
          throw new IllegalStateException("upload answered " + response.statusCode());
        }
        ids.put(JSON.readTree(response.body()).get("id").asText(), p);
      }
      return ids;
    }

    /** Waits until no document is RECEIVED: one count query a second, so as not to load Gyomu. */
    void awaitSettled(Iterable<String> ids) throws Exception {
      long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
      while (JSON.readTree(
                  http.get("/api/documents?size=1&status=RECEIVED", "admin", adminPassword).body())
              .get("total")
              .asLong()
          > 0) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("not settled after " + SETTLE_TIMEOUT + ": " + ids);
        }
        Thread.sleep(1000);
      }
    }

    JsonNode document(String id) throws IOException {
      return JSON.readTree(http.get("/api/documents/" + id, "admin", adminPassword).body())
          .get("document");
    }

    String text(String id) {
      return http.get("/api/documents/" + id + "/text", "admin", adminPassword).body();
    }

    /** A meter's statistic (TOTAL_TIME, COUNT) for one tag value; 0 when it has none yet. */
    double meter(String name, String tag, String statistic) throws IOException {
      var response = http.get("/actuator/metrics/" + name + "?tag=" + tag, "admin", adminPassword);
      if (response.statusCode() == 404) {
        return 0;
      }
      for (JsonNode m : JSON.readTree(response.body()).get("measurements")) {
        if (m.get("statistic").asText().equals(statistic)) {
          return m.get("value").asDouble();
        }
      }
      return 0;
    }
  }

  /** Totals of Gyomu's step timers at one moment, in seconds, by "group:name". */
  private record Metrics(Map<String, Double> seconds, Map<String, Long> counts) {

    static final List<String> STEPS =
        List.of(
            "preflight",
            "duplicate-check",
            "read-pages",
            "searchable-pdf",
            "classify",
            "extract-fields",
            "hand-off");

    static Metrics read(Api api) throws IOException {
      Map<String, Double> seconds = new LinkedHashMap<>();
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String step : STEPS) {
        seconds.put("step:" + step, api.meter("gyomu.intake.step", "step:" + step, "TOTAL_TIME"));
      }
      for (String part : List.of("read", "page-image")) {
        seconds.put("page:" + part, api.meter("gyomu.intake.page", "part:" + part, "TOTAL_TIME"));
      }
      for (OcrPhases.Phase phase : OcrPhases.Phase.values()) {
        seconds.put(
            "phase:" + phase.id(),
            api.meter("gyomu.ocr.phase.seconds", "phase:" + phase.id(), "COUNT"));
        counts.put(
            phase.id(), (long) api.meter("gyomu.ocr.phase.runs", "phase:" + phase.id(), "COUNT"));
      }
      return new Metrics(seconds, counts);
    }

    Map<String, Double> perPage(Metrics before, String group, int pages) {
      Map<String, Double> perPage = new LinkedHashMap<>();
      seconds.forEach(
          (k, v) -> {
            if (k.startsWith(group + ":")) {
              perPage.put(
                  k.substring(group.length() + 1), (v - before.seconds.get(k)) * 1000 / pages);
            }
          });
      return perPage;
    }

    Map<String, Long> runs(Metrics before) {
      Map<String, Long> runs = new LinkedHashMap<>();
      counts.forEach((k, v) -> runs.put(k, v - before.counts.get(k)));
      return runs;
    }
  }
}
