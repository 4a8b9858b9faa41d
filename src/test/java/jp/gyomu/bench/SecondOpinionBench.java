package jp.gyomu.bench;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import jp.gyomu.ocr.OcrSettings;
import jp.gyomu.ocr.SecondOpinionCounts;
import jp.gyomu.ocr.SecondOpinionSettings;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.testdocs.CharacterErrorRate;
import jp.gyomu.testdocs.TestDocument;
import jp.gyomu.testdocs.TestDocumentFiles;
import jp.gyomu.testdocs.forms.ContentGenerator;
import jp.gyomu.testdocs.forms.GeneratedForms;
import jp.gyomu.testdocs.forms.OfficeForms;
import jp.gyomu.testdocs.forms.PageVariant;
import jp.gyomu.testdocs.forms.Seeds;

/**
 * The second opinion on unsure lines (decision 0013): on generated office pages (every shipped type
 * and the benefit status report, clean and scan-like), (1) each Japanese model alone with the
 * tesseract command line ({@code OMP_THREAD_LIMIT=1}, one process per core), (2) Gyomu's engine
 * without and with the second opinion per model and threshold: mean CER, wall time, share of pages
 * and lines read again. Run by {@code bench/second-opinion.sh}; not a test.
 *
 * <p>Options: {@code --seeds tuning|held-out} (default held-out), {@code --pages N} seeds per type
 * (default 2), {@code --best-int DIR} folder holding {@code jpn_best_int.traineddata} (its rows are
 * left out without it), {@code --thresholds 70,80,...} (default: the configured one), {@code --out
 * FILE}.
 */
public final class SecondOpinionBench {

  record Page(String name, Path file, int dpi, String truth) {}

  record Model(String label, Path tessdata, String language) {}

  /**
   * @param cpuSeconds CPU time of the threads that read the pages (Tesseract runs in them): unlike
   *     wall time, hardly changed by other work on the machine
   */
  record Run(
      String label,
      List<Double> cers,
      double seconds,
      double cpuSeconds,
      SecondOpinionCounts counts) {
    double meanCer() {
      return cers.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
  }

  public static void main(String[] args) throws Exception {
    String seeds = "held-out";
    int perType = 2;
    Path bestInt = null;
    int fieldPages = 5;
    Path out = Path.of("target/bench/second-opinion.md");
    List<Float> thresholds = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String[] arg = args[i].split("=", 2);
      String value = arg.length > 1 ? arg[1] : i + 1 < args.length ? args[i + 1] : "";
      if (arg.length == 1) {
        i++;
      }
      switch (arg[0]) {
        case "--seeds" -> seeds = value;
        case "--pages" -> perType = Integer.parseInt(value);
        case "--best-int" -> bestInt = value.isBlank() ? null : Path.of(value);
        case "--thresholds" -> {
          for (String t : value.split(",")) {
            thresholds.add(Float.parseFloat(t));
          }
        }
        case "--out" -> out = Path.of(value);
        case "--field-pages" -> fieldPages = Integer.parseInt(value);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    OcrSettings base = OcrSettings.defaults();
    if (thresholds.isEmpty()) {
      thresholds.add(base.secondOpinion().belowConfidence());
    }
    int cores = Runtime.getRuntime().availableProcessors();
    Path dir = Files.createTempDirectory("gyomu-second-opinion-");
    List<Page> pages =
        pages(dir, seeds.equals("held-out") ? Seeds.heldOut(perType) : Seeds.tuning(perType));

    List<Model> models = new ArrayList<>();
    models.add(new Model("`jpn` (Debian, fast)", base.tessdataDir(), "jpn"));
    models.add(new Model("`Japanese` (Debian script model)", base.tessdataDir(), "Japanese"));
    if (bestInt != null && Files.isRegularFile(bestInt.resolve("jpn_best_int.traineddata"))) {
      models.add(new Model("`jpn` best_int (npm)", bestInt, "jpn_best_int"));
    }
    models.removeIf(m -> !Files.isRegularFile(m.tessdata().resolve(m.language() + ".traineddata")));

    var report = new StringBuilder();
    report.append(
        "%d %s pages (%d per type x 5 types x clean, scan-like), %d cores, OMP_THREAD_LIMIT=1%n%n"
            .formatted(pages.size(), seeds, perType, cores));
    report.append("**Each model alone, tesseract command line, one process per core**\n\n");
    report.append("| model | mean CER | pages it reads best | wall time |\n|---|---|---|---|\n");
    List<Run> cli = new ArrayList<>();
    for (Model m : models) {
      cli.add(cli(m, pages, cores));
    }
    for (int i = 0; i < cli.size(); i++) {
      int best = 0;
      for (int p = 0; p < pages.size(); p++) {
        final int page = p;
        double mine = cli.get(i).cers().get(p);
        if (cli.stream().allMatch(r -> mine <= r.cers().get(page))) {
          best++;
        }
      }
      report.append(
          "| %s | %.2f%% | %d | %.1f s |%n"
              .formatted(
                  cli.get(i).label(), 100 * cli.get(i).meanCer(), best, cli.get(i).seconds()));
    }
    double oracle = 0;
    for (int p = 0; p < pages.size(); p++) {
      final int page = p;
      oracle += cli.stream().mapToDouble(r -> r.cers().get(page)).min().orElse(0);
    }
    report.append(
        "| best model per page (an oracle) | %.2f%% | | |%n%n"
            .formatted(100 * oracle / pages.size()));

    report.append(
        "**Gyomu's engine (warm, one page per core), second opinion on unsure lines**\n\n");
    report.append(
        "| second opinion | mean CER | CPU time | CPU vs off | wall time | pages re-read |"
            + " lines re-read | runs replaced |\n|---|---|---|---|---|---|---|---|\n");
    flush(report);
    Run off = gyomu("off", base.withSecondOpinion(base.secondOpinion().disabled()), pages, cores);
    row(report, off, off);
    flush(report);
    for (Model m : models.subList(1, models.size())) {
      for (float t : thresholds) {
        OcrSettings settings =
            base.withSecondOpinion(
                base.secondOpinion()
                    .enabled(true)
                    .withModel(m.tessdata(), m.language())
                    .withBelowConfidence(t));
        row(report, gyomu("%s below %.0f".formatted(m.label(), t), settings, pages, cores), off);
        flush(report);
      }
    }
    if (fieldPages > 0) {
      fieldAccuracy(report, seeds.equals("held-out"), fieldPages, cores, base);
    }
    flush(report);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
  }

  /**
   * Field accuracy on randomised layouts (as {@code bench/field-accuracy.sh --no-fixed}) without
   * and with the second opinion as configured by default, by kind of value.
   */
  private static void fieldAccuracy(
      StringBuilder report, boolean heldOut, int perType, int cores, OcrSettings base)
      throws Exception {
    var templates = BenchTemplates.all();
    var quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
    long t0 = System.nanoTime();
    var off =
        RandomLayoutAccuracy.run(
            heldOut,
            perType,
            cores,
            templates,
            base.withSecondOpinion(base.secondOpinion().disabled()),
            quiet);
    long t1 = System.nanoTime();
    var on =
        RandomLayoutAccuracy.run(
            heldOut,
            perType,
            cores,
            templates,
            base.withSecondOpinion(base.secondOpinion().enabled(true)),
            quiet);
    long t2 = System.nanoTime();
    SecondOpinionSettings so = base.secondOpinion();
    report.append(
        "%n**Field accuracy, randomised layouts (%s seeds, %d per type, clean/skew/scan-like/shifted):"
                .formatted(heldOut ? "held-out" : "tuning", perType)
            + " second opinion off vs on (`%s` below %.0f)**%n%n"
                .formatted(so.model(), so.belowConfidence()));
    report.append(
        "| kind of value | off: right | on: right | change |%n|---|---|---|---|%n".formatted());
    Map<String, int[]> offCounts = byKind(off);
    Map<String, int[]> onCounts = byKind(on);
    for (String kind : offCounts.keySet()) {
      int[] a = offCounts.get(kind);
      int[] b = onCounts.getOrDefault(kind, new int[2]);
      report.append(
          "| %s | %d / %d (%.1f%%) | %d / %d (%.1f%%) | %+d |%n"
              .formatted(
                  kind,
                  a[0],
                  a[1],
                  100.0 * a[0] / a[1],
                  b[0],
                  b[1],
                  100.0 * b[0] / b[1],
                  b[0] - a[0]));
    }
    report.append(
        "%nReading time of those pages: off %.0f s, on %.0f s (%.2fx).%n"
            .formatted((t1 - t0) / 1e9, (t2 - t1) / 1e9, (double) (t2 - t1) / (t1 - t0)));
  }

  /** Right and total checks per kind of expected value. */
  private static Map<String, int[]> byKind(List<FormScoring.PageResult> results) {
    Map<String, int[]> counts = new java.util.TreeMap<>();
    for (var r : results) {
      for (var c : r.checks()) {
        int[] n = counts.computeIfAbsent(kind(c), k -> new int[2]);
        n[0] += c.right() ? 1 : 0;
        n[1]++;
        int[] all = counts.computeIfAbsent("~ all", k -> new int[2]);
        all[0] += c.right() ? 1 : 0;
        all[1]++;
      }
    }
    return counts;
  }

  private static String kind(FormScoring.Check c) {
    if (c.kind() == FormScoring.Kind.MARK) {
      return "check boxes, choices";
    }
    Object v = c.expected();
    String field = c.field().toLowerCase(java.util.Locale.ROOT);
    if (v instanceof java.time.temporal.Temporal) {
      return "dates";
    }
    if (v instanceof Number) {
      return c.kind() == FormScoring.Kind.CELL ? "numbers in tables" : "amounts, numbers";
    }
    if (field.contains("name")) {
      return "names";
    }
    return c.kind() == FormScoring.Kind.CELL ? "text in tables" : "other text";
  }

  private static int printed;

  /** Prints what the report gained since the last call, so a run cut short still shows rows. */
  private static void flush(StringBuilder report) {
    System.out.print(report.substring(printed));
    System.out.flush();
    printed = report.length();
  }

  private static void row(StringBuilder report, Run run, Run off) {
    SecondOpinionCounts c = run.counts();
    report.append(
        "| %s | %.2f%% | %.1f s | %.2fx | %.1f s | %s | %s | %s |%n"
            .formatted(
                run.label(),
                100 * run.meanCer(),
                run.cpuSeconds(),
                run.cpuSeconds() / off.cpuSeconds(),
                run.seconds(),
                share(c.pagesReRead(), c.pages()),
                share(c.linesReRead(), c.lines()),
                c.linesReRead() == 0 ? "-" : "%d".formatted(c.segmentsReplaced())));
  }

  private static String share(long part, long whole) {
    return whole == 0 ? "-" : "%d / %d (%.0f%%)".formatted(part, whole, 100.0 * part / whole);
  }

  /**
   * This benchmark's held-out pages as {@link OcrBenchPages.Page}s for {@link OcrCerBench}: clean
   * pages grouped as clean, scan-like ones as scan-like.
   */
  static List<OcrBenchPages.Page> benchPages(Path dir, int perType) {
    return pages(dir, Seeds.heldOut(perType)).stream()
        .map(
            p ->
                new OcrBenchPages.Page(
                    p.name(),
                    p.name().endsWith("-" + PageVariant.CLEAN.id())
                        ? OcrBenchPages.Kind.CLEAN
                        : OcrBenchPages.Kind.SCAN_LIKE,
                    p.file(),
                    null,
                    p.truth()))
        .toList();
  }

  private static List<Page> pages(Path dir, List<Long> seeds) {
    List<Page> pages = new ArrayList<>();
    for (ContentGenerator type : OfficeForms.all()) {
      for (long seed : seeds) {
        for (PageVariant variant : List.of(PageVariant.CLEAN, PageVariant.SCAN_LIKE)) {
          TestDocument doc = GeneratedForms.generate(type, seed, variant).document();
          String name = "%s-%d-%s".formatted(type.type(), seed, variant.id());
          pages.add(
              new Page(
                  name, TestDocumentFiles.writePng(doc, dir, name), doc.dpi(), doc.groundTruth()));
        }
      }
    }
    return pages;
  }

  private static Run cli(Model model, List<Page> pages, int cores) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(cores);
    long start = System.nanoTime();
    List<Future<Double>> futures = new ArrayList<>();
    for (Page p : pages) {
      futures.add(
          pool.submit(
              () -> {
                Path base = Path.of(p.file() + "." + model.language());
                var builder =
                    new ProcessBuilder(
                            "tesseract",
                            "--tessdata-dir",
                            model.tessdata().toString(),
                            p.file().toString(),
                            base.toString(),
                            "-l",
                            model.language())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
                builder.environment().put("OMP_THREAD_LIMIT", "1");
                if (builder.start().waitFor() != 0) {
                  throw new IllegalStateException("tesseract failed on " + p.file());
                }
                return CharacterErrorRate.of(Files.readString(Path.of(base + ".txt")), p.truth());
              }));
    }
    List<Double> cers = new ArrayList<>();
    for (var f : futures) {
      cers.add(f.get());
    }
    pool.shutdown();
    return new Run(model.label(), cers, (System.nanoTime() - start) / 1e9, 0, null);
  }

  private static Run gyomu(String label, OcrSettings settings, List<Page> pages, int cores)
      throws Exception {
    try (var engine = new TessApiOcrEngine(settings.withMaxConcurrentPages(cores))) {
      ExecutorService pool = Executors.newFixedThreadPool(cores);
      // Warm: every handle of both models opened, as in a running server.
      List<Future<?>> warm = new ArrayList<>();
      for (int i = 0; i < cores; i++) {
        Page p = pages.get(pages.size() - 1 - i);
        warm.add(pool.submit(() -> engine.read(ImageIO.read(p.file().toFile()), p.dpi(), "jpn")));
      }
      for (var f : warm) {
        f.get();
      }
      SecondOpinionCounts before = engine.secondOpinionCounts();
      long start = System.nanoTime();
      Map<Page, Future<double[]>> futures = new LinkedHashMap<>();
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      for (Page p : pages) {
        futures.put(
            p,
            pool.submit(
                () -> {
                  BufferedImage image = ImageIO.read(p.file().toFile());
                  long cpu = threads.getCurrentThreadCpuTime();
                  String text = engine.read(image, p.dpi(), "jpn").text();
                  return new double[] {
                    CharacterErrorRate.of(text, p.truth()),
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e9
                  };
                }));
      }
      List<Double> cers = new ArrayList<>();
      double cpuSeconds = 0;
      for (var f : futures.values()) {
        cers.add(f.get()[0]);
        cpuSeconds += f.get()[1];
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      SecondOpinionCounts after = engine.secondOpinionCounts();
      return new Run(
          label,
          cers,
          seconds,
          cpuSeconds,
          new SecondOpinionCounts(
              after.pages() - before.pages(),
              after.pagesReRead() - before.pagesReRead(),
              after.lines() - before.lines(),
              after.linesReRead() - before.linesReRead(),
              after.segmentsReplaced() - before.segmentsReplaced()));
    }
  }

  private SecondOpinionBench() {}
}
