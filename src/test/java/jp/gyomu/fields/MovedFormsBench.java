package jp.gyomu.fields;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import jp.gyomu.ocr.OcrSettings;
import jp.gyomu.ocr.PageText;
import jp.gyomu.ocr.TessApiOcrEngine;

/**
 * Zone hit rate on randomly fed scans (shift up to 1 cm, scale 97-102%, rotation up to 1.5°, noise
 * and JPEG) with and without the reference page, read by real Tesseract; and the time registration
 * costs per page. Run by {@code bench/registration.sh [pages] [seed]}; not a test.
 */
public final class MovedFormsBench {

  // CPU time of the registering thread: wall time on a shared machine measures the neighbours
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private MovedFormsBench() {}

  /**
   * Fields whose value came from the cell the form prints it in (the value's box centre lies in the
   * moved cell), right or misread: what a zone decides, apart from OCR.
   */
  static int hits(FieldExtraction extraction, AffineTransform move) {
    int hits = 0;
    for (ExtractedField field : extraction.fields()) {
      var cell = move.createTransformedShape(MovedForms.CELLS.get(field.name()));
      if (field.box() != null
          && cell.contains(field.box().getCenterX(), field.box().getCenterY())) {
        hits++;
      }
    }
    return hits;
  }

  public static void main(String[] args) throws Exception {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 2024;
    Path folder = Files.createTempDirectory("registration-bench");
    FieldTemplate withSample = MovedFormsOcrTest.MovedFormsTemplate.write(folder);
    FieldTemplate withoutSample =
        new FieldTemplate(
            withSample.id(),
            withSample.nameJa(),
            withSample.nameEn(),
            withSample.languages(),
            withSample.titleKeywords(),
            withSample.titlePatterns(),
            withSample.fields());
    int fields = withSample.fields().size();
    PageInk reference = ReferencePages.ink(withSample.sample());
    Random random = new Random(seed);
    int hitsWith = 0;
    int hitsWithout = 0;
    int rightWith = 0;
    int rightWithout = 0;
    int pagesWith = 0;
    int pagesWithout = 0;
    int matched = 0;
    List<Double> millis = new ArrayList<>();
    List<Double> cpuMillis = new ArrayList<>();
    List<Double> errors = new ArrayList<>();
    try (TessApiOcrEngine engine =
        new TessApiOcrEngine(OcrSettings.defaults().withMaxConcurrentPages(1))) {
      for (int i = 0; i < pages; i++) {
        AffineTransform move = MovedForms.randomMove(random, 1.5);
        BufferedImage scan = MovedForms.scan(move, MovedForms.DPI, seed + i);
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        PageRegistration.Registration registration =
            PageRegistration.register(reference, PageInk.of(scan));
        cpuMillis.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6);
        millis.add((System.nanoTime() - start) / 1e6);
        matched += registration.matched() ? 1 : 0;
        errors.add(PageRegistrationTest.worstError(registration, move));
        PageText text = engine.read(scan, MovedForms.DPI, "jpn");
        FieldPage page = FieldPage.of(text, scan);
        FieldExtraction with = FieldExtractor.extract(List.of(page), withSample);
        FieldExtraction without = FieldExtractor.extract(List.of(page), withoutSample);
        hitsWith += hits(with, move);
        hitsWithout += hits(without, move);
        List<String> wrongWith = MovedFormsOcrTest.MovedFormsTemplate.wrong(with);
        List<String> wrongWithout = MovedFormsOcrTest.MovedFormsTemplate.wrong(without);
        rightWith += fields - wrongWith.size();
        rightWithout += fields - wrongWithout.size();
        pagesWith += wrongWith.isEmpty() ? 1 : 0;
        pagesWithout += wrongWithout.isEmpty() ? 1 : 0;
        System.err.printf(
            "page %d: error %.1f px, %.0f ms, wrong with sample %s, without %s%n",
            i, errors.get(i), millis.get(i), wrongWith, wrongWithout);
      }
    }
    // the first pages warm the JIT up: time the rest
    List<Double> warm = new ArrayList<>(millis.subList(Math.min(5, pages - 1), pages));
    List<Double> warmCpu = new ArrayList<>(cpuMillis.subList(Math.min(5, pages - 1), pages));
    Collections.sort(warm);
    Collections.sort(warmCpu);
    Collections.sort(errors);
    System.out.printf(
        "| pages | zone hits, with sample | without | values right, with sample | without |"
            + " pages all right, with | without | registered | position error median / max"
            + " (px at 300 dpi) | registration CPU ms median / p90 | wall ms median / p90 |%n");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    System.out.printf(
        "| %d | %.1f%% (%d/%d) | %.1f%% (%d/%d) | %.1f%% (%d/%d) | %.1f%% (%d/%d) | %d | %d | %d"
            + " | %.1f / %.1f | %.0f / %.0f | %.0f / %.0f |%n",
        pages,
        100.0 * hitsWith / (pages * fields),
        hitsWith,
        pages * fields,
        100.0 * hitsWithout / (pages * fields),
        hitsWithout,
        pages * fields,
        100.0 * rightWith / (pages * fields),
        rightWith,
        pages * fields,
        100.0 * rightWithout / (pages * fields),
        rightWithout,
        pages * fields,
        pagesWith,
        pagesWithout,
        matched,
        errors.get(errors.size() / 2),
        errors.get(errors.size() - 1),
        warmCpu.get(warmCpu.size() / 2),
        warmCpu.get((int) (warmCpu.size() * 0.9)),
        warm.get(warm.size() / 2),
        warm.get((int) (warm.size() * 0.9)));
  }
}
