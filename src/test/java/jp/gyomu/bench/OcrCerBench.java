package jp.gyomu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.gyomu.bench.OcrBenchPages.Kind;
import jp.gyomu.bench.OcrBenchPages.Page;
import jp.gyomu.ocr.OcrPhases;
import jp.gyomu.ocr.OcrSettings;
import jp.gyomu.ocr.SecondOpinionCounts;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.pages.PageImage;
import jp.gyomu.pages.PageSource;
import jp.gyomu.testdocs.CharacterErrorRate;
import org.springframework.util.FileSystemUtils;

/**
 * Gyomu's OCR engine alone, one page at a time in one thread, on the pages of {@link OcrBenchmark}
 * ({@code --set benchmark}, the default) or of {@link SecondOpinionBench} ({@code --set
 * second-opinion}, held-out seeds), run by {@code bench/ocr-cer.sh}: per page CER and thread CPU,
 * mean CER by kind of page, without the whole benchmark's CLI runs and pipeline. For tuning
 * accuracy work quickly; {@code bench/ocr-benchmark.sh} stays the published figure.
 *
 * <p>Options: {@code --second-opinion on|off} (default: as configured), {@code --below N} the
 * second opinion's threshold, {@code --cli} also reads each page with {@code tesseract -l jpn+eng}
 * (the CLI default) for the ratio, {@code --texts DIR} writes each page's text and ground truth
 * there for diffs, {@code --pages N} seeds per type for {@code --set second-opinion} (default 2),
 * {@code --min-dpi N} and {@code --target-dpi N} other upscaling than the engine's defaults, {@code
 * --max-dpi N} pages above N dpi read scaled down to N. Each page's line also gives the time of
 * each of the engine's phases.
 */
public final class OcrCerBench {

  private static Path WORDS;

  private record Result(double cer, double cpuMillis, double cliCer) {}

  public static void main(String[] args) throws Exception {
    String set = "benchmark";
    String secondOpinion = null;
    Float below = null;
    boolean cli = false;
    Path texts = null;
    int perType = 2;
    Integer minDpi = null;
    Integer targetDpi = null;
    Integer maxDpi = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--set" -> set = args[++i];
        case "--second-opinion" -> secondOpinion = args[++i];
        case "--below" -> below = Float.parseFloat(args[++i]);
        case "--cli" -> cli = true;
        case "--texts" -> texts = Path.of(args[++i]);
        case "--words" -> WORDS = Files.createDirectories(Path.of(args[++i]));
        case "--pages" -> perType = Integer.parseInt(args[++i]);
        case "--min-dpi" -> minDpi = Integer.parseInt(args[++i]);
        case "--target-dpi" -> targetDpi = Integer.parseInt(args[++i]);
        case "--max-dpi" -> maxDpi = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    // Its own folder per run: runs side by side each regenerate their pages.
    Path dir =
        Path.of(
            "target", "bench", "ocr-cer-pages-" + set + System.getProperty("gyomu.bench.run", ""));
    FileSystemUtils.deleteRecursively(dir);
    Files.createDirectories(dir);
    List<Page> pages;
    List<Page> warmUp;
    if (set.equals("benchmark")) {
      pages = OcrBenchPages.measured(dir);
      warmUp = OcrBenchPages.warmUpLikeMeasured(dir);
    } else {
      pages = SecondOpinionBench.benchPages(dir, perType);
      warmUp = pages.subList(pages.size() - 2, pages.size());
    }
    OcrSettings settings = OcrSettings.defaults().withMaxConcurrentPages(1);
    var so = settings.secondOpinion();
    if (secondOpinion != null) {
      so = so.enabled(secondOpinion.equals("on"));
    }
    if (below != null) {
      so = so.withBelowConfidence(below);
    }
    settings = settings.withSecondOpinion(so);
    if (minDpi != null || targetDpi != null) {
      settings =
          settings.withUpscaling(
              minDpi != null ? minDpi : settings.minDpi(),
              targetDpi != null ? targetDpi : settings.targetDpi());
    }
    if (maxDpi != null) {
      settings = settings.withMaxDpi(maxDpi);
    }
    if (texts != null) {
      Files.createDirectories(texts);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<Page, Result> results = new LinkedHashMap<>();
    SecondOpinionCounts counts;
    try (var engine = new TessApiOcrEngine(settings)) {
      for (Page p : warmUp) {
        read(engine, p);
      }
      SecondOpinionCounts before = engine.secondOpinionCounts();
      for (Page p : pages) {
        double[] phasesBefore = phaseSeconds(engine);
        long cpu = threads.getCurrentThreadCpuTime();
        String text = read(engine, p);
        double ms = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        double[] phasesAfter = phaseSeconds(engine);
        double cliCer = cli ? CharacterErrorRate.of(cliText(p), p.truth()) : Double.NaN;
        results.put(p, new Result(CharacterErrorRate.of(text, p.truth()), ms, cliCer));
        if (texts != null) {
          Files.writeString(texts.resolve(p.name() + ".txt"), text, StandardCharsets.UTF_8);
          Files.writeString(texts.resolve(p.name() + ".gt.txt"), p.truth(), StandardCharsets.UTF_8);
        }
        System.out.printf(
            "%-45s %-10s CER %.4f  cpu %5.0f ms%s  %s%n",
            p.name(),
            p.kind(),
            results.get(p).cer(),
            ms,
            cli ? "  cli jpn+eng %.4f".formatted(cliCer) : "",
            phaseMillis(phasesBefore, phasesAfter));
      }
      SecondOpinionCounts after = engine.secondOpinionCounts();
      counts =
          new SecondOpinionCounts(
              after.pages() - before.pages(),
              after.pagesReRead() - before.pagesReRead(),
              after.lines() - before.lines(),
              after.linesReRead() - before.linesReRead(),
              after.segmentsReplaced() - before.segmentsReplaced());
    }
    var table = new StringBuilder();
    table.append(
        "%n%s pages, second opinion %s%s, Gyomu's engine alone, one thread%n%n"
            .formatted(
                set,
                settings.secondOpinion().enabled() ? "on below " : "off",
                settings.secondOpinion().enabled()
                    ? "%.0f".formatted(settings.secondOpinion().belowConfidence())
                    : ""));
    table.append("| kind | pages | mean CER | CLI jpn+eng | ratio | thread CPU ms/page |\n");
    table.append("|---|---|---|---|---|---|\n");
    for (Kind k : Kind.values()) {
      List<Result> of = new ArrayList<>();
      pages.stream().filter(p -> p.kind() == k).forEach(p -> of.add(results.get(p)));
      if (!of.isEmpty()) {
        row(table, k.name(), of);
      }
    }
    row(table, "all", new ArrayList<>(results.values()));
    table.append(
        "%nsecond opinion %s below %.0f: pages re-read %d/%d, lines %d/%d, runs replaced %d%n"
            .formatted(
                settings.secondOpinion().enabled() ? "on" : "off",
                settings.secondOpinion().belowConfidence(),
                counts.pagesReRead(),
                counts.pages(),
                counts.linesReRead(),
                counts.lines(),
                counts.segmentsReplaced()));
    System.out.print(table);
    Path out = Path.of("target", "bench", "ocr-cer-" + set + ".md");
    Files.writeString(out, table.toString(), StandardCharsets.UTF_8);
  }

  private static double[] phaseSeconds(TessApiOcrEngine engine) {
    OcrPhases.Phase[] all = OcrPhases.Phase.values();
    double[] seconds = new double[all.length];
    for (int i = 0; i < all.length; i++) {
      seconds[i] = engine.phases().seconds(all[i]);
    }
    return seconds;
  }

  /** Milliseconds per phase of the page just read (wall clock; one thread reads). */
  private static String phaseMillis(double[] before, double[] after) {
    var sb = new StringBuilder();
    OcrPhases.Phase[] all = OcrPhases.Phase.values();
    for (int i = 0; i < all.length; i++) {
      double ms = (after[i] - before[i]) * 1000;
      if (ms >= 0.5) {
        sb.append(" %s %.0f".formatted(all[i].id(), ms));
      }
    }
    return sb.toString().strip();
  }

  private static void row(StringBuilder table, String label, List<Result> of) {
    double cer = of.stream().mapToDouble(Result::cer).average().orElse(0);
    double cliCer = of.stream().mapToDouble(Result::cliCer).average().orElse(0);
    double cpu = of.stream().mapToDouble(Result::cpuMillis).average().orElse(0);
    table.append(
        "| %s | %d | %.4f | %s | %s | %.0f |%n"
            .formatted(
                label,
                of.size(),
                cer,
                Double.isNaN(cliCer) ? "" : "%.4f".formatted(cliCer),
                Double.isNaN(cliCer) ? "" : "%.2f".formatted(cer / cliCer),
                cpu));
  }

  private static String read(TessApiOcrEngine engine, Page p) throws Exception {
    try (PageSource source = PageSource.open(p.file())) {
      PageImage image = source.render(0);
      var read = engine.read(image.image(), image.dpi(), "jpn");
      if (WORDS != null) {
        var sb = new StringBuilder();
        read.words()
            .forEach(
                w ->
                    sb.append(
                        "%5.1f %4d %4d %4d %4d %s%n"
                            .formatted(
                                w.confidence(),
                                w.box().x,
                                w.box().y,
                                w.box().width,
                                w.box().height,
                                w.text())));
        Files.writeString(WORDS.resolve(p.name() + ".words"), sb, StandardCharsets.UTF_8);
      }
      return read.text();
    }
  }

  private static String cliText(Page p) throws Exception {
    var builder =
        new ProcessBuilder("tesseract", p.file().toString(), "-", "-l", "jpn+eng")
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("OMP_THREAD_LIMIT", "1");
    Process process = builder.start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return text;
  }

  private OcrCerBench() {}
}
