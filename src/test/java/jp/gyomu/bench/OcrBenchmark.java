package jp.gyomu.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import jp.gyomu.ocr.OcrSettings;
import jp.gyomu.ocr.QuarterTurns;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.testdocs.CharacterErrorRate;
import jp.gyomu.testdocs.FormSpec;
import jp.gyomu.testdocs.OcrEvalFolder;
import jp.gyomu.testdocs.ScanLikeDocuments;
import jp.gyomu.testdocs.ScanVariant;
import jp.gyomu.testdocs.TestDocument;
import jp.gyomu.testdocs.TestDocumentFiles;

/**
 * Gyomu's OCR against the {@code tesseract} command line with its default options ({@code -l
 * jpn+eng}, page segmentation 3), one process per core, on the same page files in one run: pages
 * per second, character error rate per kind of page, peak memory. Run by {@code
 * bench/ocr-benchmark.sh}; not a test.
 */
public final class OcrBenchmark {

  record Page(String kind, String name, Path file, int dpi, String languages, String truth) {}

  record Result(String text, long millis) {}

  public static void main(String[] args) throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    Path dir = Files.createTempDirectory("gyomu-bench-");
    List<Page> pages = pages(dir);
    System.out.printf("%d pages, %d cores, files in %s%n", pages.size(), cores, dir);

    long gyomuStart = System.nanoTime();
    Map<Page, Result> gyomu = runGyomu(pages, cores);
    double gyomuSeconds = (System.nanoTime() - gyomuStart) / 1e9;
    long gyomuPeakKb = peakRssKb();

    long cliStart = System.nanoTime();
    Map<Page, Result> cli = runCli(pages, cores);
    double cliSeconds = (System.nanoTime() - cliStart) / 1e9;
    long cliPeakKb = cliPeakKb(pages);

    var report = new StringBuilder();
    report.append(
        "| kind of page | pages | Gyomu median CER | CLI median CER | CER ratio (Gyomu/CLI) |\n");
    report.append("|---|---|---|---|---|\n");
    Map<String, List<Page>> byKind = new LinkedHashMap<>();
    pages.forEach(p -> byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p));
    byKind.forEach(
        (kind, list) -> {
          double g = median(list.stream().map(p -> cer(gyomu.get(p), p)).toList());
          double c = median(list.stream().map(p -> cer(cli.get(p), p)).toList());
          report.append(
              "| %s | %d | %.3f | %.3f | %s |\n"
                  .formatted(kind, list.size(), g, c, c == 0 ? "-" : "%.2f".formatted(g / c)));
        });
    double gAll = median(pages.stream().map(p -> cer(gyomu.get(p), p)).toList());
    double cAll = median(pages.stream().map(p -> cer(cli.get(p), p)).toList());
    report.append(
        "| **all** | %d | %.3f | %.3f | %.2f |\n\n"
            .formatted(pages.size(), gAll, cAll, cAll == 0 ? 0 : gAll / cAll));
    report.append("| | Gyomu | tesseract CLI | ratio |\n|---|---|---|---|\n");
    report.append(
        "| wall time, %d pages | %.1f s | %.1f s | |\n"
            .formatted(pages.size(), gyomuSeconds, cliSeconds));
    double gRate = pages.size() / gyomuSeconds;
    double cRate = pages.size() / cliSeconds;
    report.append(
        "| throughput | %.2f pages/s | %.2f pages/s | **%.2fx** |\n"
            .formatted(gRate, cRate, gRate / cRate));
    report.append(
        "| median time per page | %d ms | %d ms | %.2fx |\n"
            .formatted(
                medianMillis(gyomu),
                medianMillis(cli),
                (double) medianMillis(cli) / Math.max(1, medianMillis(gyomu))));
    report.append(
        "| peak memory | %d MB (whole JVM, %d engines) | %d MB (largest single process) | |\n"
            .formatted(gyomuPeakKb / 1024, cores, cliPeakKb / 1024));
    report.append("\nPer page (CER Gyomu / CLI):\n\n| page | Gyomu | CLI |\n|---|---|---|\n");
    for (Page p : pages) {
      report.append(
          "| %s | %.3f (%d ms) | %.3f (%d ms) |\n"
              .formatted(
                  p.name(),
                  cer(gyomu.get(p), p),
                  gyomu.get(p).millis(),
                  cer(cli.get(p), p),
                  cli.get(p).millis()));
    }
    System.out.println(report);
    Path out = Path.of("target", "ocr-benchmark.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    System.out.println("written to " + out.toAbsolutePath());
  }

  /** Gyomu as a server runs it: warm engines, one page per worker, files read from disk. */
  private static Map<Page, Result> runGyomu(List<Page> pages, int cores) throws Exception {
    Map<Page, Result> results = new LinkedHashMap<>();
    try (var engine = new TessApiOcrEngine(OcrSettings.defaults().withMaxConcurrentPages(cores))) {
      warmUp(engine, pages, cores);
      ExecutorService pool = Executors.newFixedThreadPool(cores);
      Map<Page, Future<Result>> futures = new LinkedHashMap<>();
      for (Page p : pages) {
        futures.put(
            p,
            pool.submit(
                () -> {
                  long start = System.nanoTime();
                  BufferedImage image = ImageIO.read(p.file().toFile());
                  String text = engine.read(image, p.dpi(), p.languages()).text();
                  return new Result(text, (System.nanoTime() - start) / 1_000_000);
                }));
      }
      for (var e : futures.entrySet()) {
        results.put(e.getKey(), e.getValue().get());
      }
      pool.shutdown();
    }
    return results;
  }

  /** Opens each language's engines once, as a running server already has. */
  private static void warmUp(TessApiOcrEngine engine, List<Page> pages, int cores)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(cores);
    List<Future<?>> warm = new ArrayList<>();
    for (String languages : pages.stream().map(Page::languages).distinct().toList()) {
      for (int i = 0; i < cores; i++) {
        warm.add(
            pool.submit(
                () ->
                    engine.read(
                        new BufferedImage(200, 60, BufferedImage.TYPE_BYTE_GRAY), 300, languages)));
      }
    }
    for (Future<?> f : warm) {
      f.get();
    }
    pool.shutdown();
  }

  /** The command line as people run it: default options, one process per page, one per core. */
  private static Map<Page, Result> runCli(List<Page> pages, int cores) throws Exception {
    Map<Page, Result> results = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(cores);
    Map<Page, Future<Result>> futures = new LinkedHashMap<>();
    for (Page p : pages) {
      futures.put(
          p,
          pool.submit(
              () -> {
                long start = System.nanoTime();
                var builder =
                    new ProcessBuilder(
                            "/usr/bin/time",
                            "-f",
                            "%M",
                            "-o",
                            p.file() + ".rss",
                            "tesseract",
                            p.file().toString(),
                            p.file() + ".cli",
                            "-l",
                            "jpn+eng")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
                builder.environment().remove("OMP_THREAD_LIMIT"); // the CLI's own default
                int exit = builder.start().waitFor();
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (exit != 0) {
                  throw new IllegalStateException("tesseract failed on " + p.file());
                }
                return new Result(Files.readString(Path.of(p.file() + ".cli.txt")), ms);
              }));
    }
    for (var e : futures.entrySet()) {
      results.put(e.getKey(), e.getValue().get());
    }
    pool.shutdown();
    return results;
  }

  private static List<Page> pages(Path dir) throws IOException {
    List<Page> pages = new ArrayList<>();
    var forms =
        Map.of(
            "travel", FormSpec.travelExpense(),
            "invoice", FormSpec.invoice(),
            "subsidy", FormSpec.subsidyApplication());
    for (var form : new java.util.TreeMap<>(forms).entrySet()) {
      for (ScanVariant variant : ScanVariant.all()) {
        TestDocument doc = ScanLikeDocuments.render(form.getValue(), variant, 7);
        String name = form.getKey() + "-" + variant.name() + ".png";
        String kind =
            variant == ScanVariant.CLEAN ? "Japanese form, clean" : "Japanese form, scan-like";
        if (variant == ScanVariant.ROTATED) {
          kind = "Japanese form, skewed 1.5°";
        }
        pages.add(
            new Page(
                kind,
                name,
                TestDocumentFiles.writePng(doc, dir, name),
                variant.dpi(),
                "jpn",
                doc.groundTruth()));
      }
      TestDocument clean = ScanLikeDocuments.render(form.getValue(), ScanVariant.CLEAN, 7);
      var sideways =
          new TestDocument(QuarterTurns.clockwise(clean.image(), 90), 300, clean.lines());
      String name = form.getKey() + "-sideways.png";
      pages.add(
          new Page(
              "Japanese form, fed sideways (90°)",
              name,
              TestDocumentFiles.writePng(sideways, dir, name),
              300,
              "jpn",
              clean.groundTruth()));
    }
    real(
        pages,
        dir,
        "English page, upright",
        "tess4j/eurotext.png",
        "tess4j/eurotext.gt.txt",
        "eng");
    real(
        pages,
        dir,
        "English page, upright",
        "tesseract-test/phototest.tif",
        "tesseract-test/phototest.gt.txt",
        "eng");
    real(
        pages,
        dir,
        "English page, rotated or skewed",
        "tess4j/eurotext90.png",
        "tess4j/eurotext90.gt.txt",
        "eng");
    real(
        pages,
        dir,
        "English page, rotated or skewed",
        "tess4j/eurotext_deskew.png",
        "tess4j/eurotext_deskew.gt.txt",
        "eng");
    real(
        pages,
        dir,
        "English page, rotated or skewed",
        "tesseract-test/phototest-rotated-L.png",
        "tesseract-test/phototest-rotated-L.gt.txt",
        "eng");
    real(
        pages,
        dir,
        "English page, rotated or skewed",
        "tesseract-test/phototest-rotated-180.png",
        "tesseract-test/phototest-rotated-180.gt.txt",
        "eng");
    real(
        pages,
        dir,
        "Vertical Japanese (real scan render)",
        "pdfminer.six/jo-300dpi.png",
        "pdfminer.six/jo-300dpi.gt.txt",
        "jpn");
    pages.sort(Comparator.comparing(Page::kind));
    return pages;
  }

  private static void real(
      List<Page> pages, Path dir, String kind, String image, String truth, String languages)
      throws IOException {
    Path copy = dir.resolve(Path.of(image).getFileName());
    Files.copy(OcrEvalFolder.file(image), copy);
    pages.add(
        new Page(
            kind,
            copy.getFileName().toString(),
            copy,
            300,
            languages,
            OcrEvalFolder.groundTruth(truth)));
  }

  private static double cer(Result r, Page p) {
    return CharacterErrorRate.of(r.text(), p.truth());
  }

  private static double median(List<Double> values) {
    var sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static long medianMillis(Map<Page, Result> results) {
    var sorted = results.values().stream().map(Result::millis).sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static long peakRssKb() throws IOException {
    return Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(l -> l.startsWith("VmHWM:"))
        .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
        .findFirst()
        .orElse(0L);
  }

  private static long cliPeakKb(List<Page> pages) throws IOException {
    long max = 0;
    for (Page p : pages) {
      var lines = Files.readAllLines(Path.of(p.file() + ".rss"));
      max = Math.max(max, Long.parseLong(lines.get(lines.size() - 1).trim()));
    }
    return max;
  }

  private OcrBenchmark() {}
}
