package jp.gyomu.bench;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.gyomu.fields.DocumentClassifier;
import jp.gyomu.fields.FieldExtractor;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.ocr.OcrSettings;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.ocr.PageText;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.testdocs.forms.GeneratedForm;
import jp.gyomu.testdocs.forms.GeneratedForms;
import jp.gyomu.testdocs.forms.PageVariant;
import jp.gyomu.testdocs.forms.Seeds;

/**
 * Field accuracy of the shipped types on generated forms from TUNING seeds only, per type and scan
 * variant, with every wrong value listed: the loop for tuning templates and the labelled-value
 * reader. OCR results are cached in {@code target/ocr-cache/} (they do not depend on field
 * reading), so a rerun after a change to extraction takes seconds. Usage: {@code
 * bench/layout-tuning.sh [pages per type and variant, default 8] [variants] [types]}; types is a
 * comma list or {@code all} (every generated type with a template), default the four below.
 */
public final class LayoutTuning {

  private static final List<String> TYPES =
      List.of("travel-expense", "invoice", "subsidy-application", "benefit-status-report");
  private static final Path CACHE = Path.of("target/ocr-cache");

  private record Job(String type, long seed, PageVariant variant) {}

  /**
   * @param classification the pipeline's classifier on the page's words, as people read it
   */
  private record Outcome(
      Job job, boolean classified, String classification, List<FormScoring.Check> checks) {}

  // how many unsure text values were read again, and the time it took (the second look's cost)
  private static final java.util.concurrent.atomic.AtomicLong LOOKS =
      new java.util.concurrent.atomic.AtomicLong();
  // thread CPU of field extraction (the second looks' Tesseract runs on the calling thread)
  private static final java.util.concurrent.atomic.AtomicLong FIELDS_CPU_NANOS =
      new java.util.concurrent.atomic.AtomicLong();
  private static final java.util.concurrent.atomic.AtomicLong LOOK_CPU_NANOS =
      new java.util.concurrent.atomic.AtomicLong();
  private static final java.util.concurrent.atomic.AtomicLong LOOK_NANOS =
      new java.util.concurrent.atomic.AtomicLong();

  private LayoutTuning() {}

  public static void main(String[] args) throws Exception {
    List<FieldTemplate> templates = BenchTemplates.all();
    if (args.length == 4 && args[0].equals("--show")) {
      show(args[1], Long.parseLong(args[2]), PageVariant.byId(args[3]), templates);
      return;
    }
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    List<String> types = TYPES;
    if (args.length > 2) {
      types =
          args[2].equals("all")
              ? templates.stream().map(FieldTemplate::id).toList()
              : List.of(args[2].split(","));
    }
    List<Job> jobs = new ArrayList<>();
    for (String type : types) {
      for (PageVariant variant : PageVariant.values()) {
        if (args.length > 1
            && !args[1].equals("all")
            && !List.of(args[1].split(",")).contains(variant.id())) {
          continue;
        }
        for (long seed : Seeds.tuning(pages)) {
          if (Seeds.isHeldOut(seed)) {
            throw new IllegalStateException("held-out seed " + seed);
          }
          jobs.add(new Job(type, seed, variant));
        }
      }
    }
    List<Outcome> outcomes = new ArrayList<>();
    try (var engine = new TessApiOcrEngine(OcrSettings.defaults())) {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Job job : jobs) {
        futures.add(pool.submit(() -> measure(job, engine, templates)));
      }
      for (Future<Outcome> f : futures) {
        outcomes.add(f.get());
      }
      pool.shutdown();
    }
    report(outcomes);
    System.out.printf(
        "%nsecond look: %d crops read on %d pages, %.1f s in all; fields CPU %.3f s per page%n",
        LOOKS.get(),
        outcomes.size(),
        LOOK_NANOS.get() / 1e9,
        FIELDS_CPU_NANOS.get() / 1e9 / Math.max(1, outcomes.size()));
    System.out.println("crop readings by caller: " + BY_CALLER);
    System.out.printf(
        "crop readings' thread CPU: %.1f s in all, %.1f ms per crop%n",
        LOOK_CPU_NANOS.get() / 1e9, LOOK_CPU_NANOS.get() / 1e6 / Math.max(1, LOOKS.get()));
  }

  private static Outcome measure(Job job, TessApiOcrEngine engine, List<FieldTemplate> templates)
      throws IOException {
    GeneratedForm form = GeneratedForms.generate(job.type(), job.seed(), job.variant());
    PageText page = readCached(job.type(), job.seed(), job.variant(), form, engine);
    FieldTemplate template =
        templates.stream().filter(t -> t.id().equals(job.type())).findFirst().orElseThrow();
    jp.gyomu.fields.SecondLook second = FormScoring.secondLook(engine);
    jp.gyomu.fields.SecondLook look =
        second == jp.gyomu.fields.SecondLook.NONE
            ? second
            : new jp.gyomu.fields.SecondLook() {
              @Override
              public List<OcrWord> readLine(
                  java.awt.image.BufferedImage image, int dpi, Rectangle region) {
                return timed(() -> second.readLine(image, dpi, region));
              }

              @Override
              public List<OcrWord> readLineAsPage(
                  java.awt.image.BufferedImage image, int dpi, Rectangle region, String languages) {
                return timed(() -> second.readLineAsPage(image, dpi, region, languages));
              }

              @Override
              public List<OcrWord> readLineAmong(
                  java.awt.image.BufferedImage image,
                  int dpi,
                  Rectangle region,
                  String characters) {
                return timed(() -> second.readLineAmong(image, dpi, region, characters));
              }
            };
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    var extraction =
        FieldExtractor.extract(
            List.of(FormScoring.withImage(page, form.document().image())), template, look);
    FIELDS_CPU_NANOS.addAndGet(threads.getCurrentThreadCpuTime() - cpu);
    // the pipeline's classifier (ClassificationStep): on the page's words, not its plain text
    DocumentClassifier.Classification classification = DocumentClassifier.classify(page, templates);
    return new Outcome(
        job,
        classification.type().filter(job.type()::equals).isPresent(),
        classification.summary(),
        FormScoring.score(form.expected(), form.markFields(), extraction, template));
  }

  private static List<OcrWord> timed(java.util.function.Supplier<List<OcrWord>> read) {
    String caller = caller();
    if (System.getenv().getOrDefault("GYOMU_BENCH_LOOK_OFF", "-").contains(caller)) {
      return List.of();
    }
    long start = System.nanoTime();
    long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    try {
      BY_CALLER
          .computeIfAbsent(caller, k -> new java.util.concurrent.atomic.AtomicLong())
          .incrementAndGet();
      return read.get();
    } finally {
      LOOKS.incrementAndGet();
      LOOK_NANOS.addAndGet(System.nanoTime() - start);
      LOOK_CPU_NANOS.addAndGet(
          java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu);
    }
  }

  private static final Map<String, java.util.concurrent.atomic.AtomicLong> BY_CALLER =
      new java.util.concurrent.ConcurrentSkipListMap<>();

  // the fields class and line that asked for a crop reading (CellCrop's callers by their own line)
  private static String caller() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .filter(
                        f ->
                            f.getClassName().startsWith("jp.gyomu.fields.")
                                && !f.getClassName().startsWith("jp.gyomu.fields.SecondLook")
                                && !f.getClassName().startsWith("jp.gyomu.fields.CellCrop"))
                    .findFirst()
                    .map(f -> f.getClassName().substring(16) + ":" + f.getLineNumber())
                    .orElse("?"));
  }

  /**
   * Where a page's reading is cached: named by its pixels as well as its seed, so that a page a
   * changed recipe draws differently is read anew instead of scored against another page's text.
   */
  /** A tuning page's OCR, from the cache keyed by its pixels, read and cached when missing. */
  static PageText readCached(
      String type, long seed, PageVariant variant, GeneratedForm form, TessApiOcrEngine engine)
      throws IOException {
    Path cached = cacheFile(type, seed, variant, form.document().image());
    if (Files.exists(cached)) {
      return read(cached);
    }
    PageText page = engine.read(form.document().image(), form.document().dpi(), "jpn");
    write(cached, page);
    return page;
  }

  static Path cacheFile(
      String type, long seed, PageVariant variant, java.awt.image.BufferedImage image) {
    int width = image.getWidth();
    int[] row = new int[width];
    long hash = 17;
    for (int y = 0; y < image.getHeight(); y++) {
      image.getRGB(0, y, width, 1, row, 0, width);
      hash = 31 * hash + java.util.Arrays.hashCode(row);
    }
    return CACHE.resolve(
        type + "-" + seed + "-" + variant.id() + "-" + Long.toHexString(hash) + ".tsv");
  }

  /** A cached tuning page: its OCR text, how it was classified, and every field as read. */
  private static void show(
      String type, long seed, PageVariant variant, List<FieldTemplate> templates)
      throws IOException {
    if (Seeds.isHeldOut(seed)) {
      throw new IllegalArgumentException("held-out seed " + seed);
    }
    var image = GeneratedForms.generate(type, seed, variant).document().image();
    PageText page = read(cacheFile(type, seed, variant, image));
    System.out.println(page.text());
    System.out.println("--- by boxes: " + DocumentClassifier.classify(page, templates).summary());
    System.out.println(
        "--- by text:  " + DocumentClassifier.classify(page.text(), templates).summary());
    page.words().stream()
        .filter(w -> w.box().y < page.height() / 4)
        .forEach(w -> System.out.println("    " + w.text() + " " + w.box()));
    FieldTemplate template =
        templates.stream().filter(t -> t.id().equals(type)).findFirst().orElseThrow();
    FieldExtractor.extract(List.of(FormScoring.withImage(page, image)), template)
        .fields()
        .forEach(System.out::println);
  }

  private static void report(List<Outcome> outcomes) {
    Map<String, int[]> byCell = new TreeMap<>();
    Map<String, int[]> byVariant = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    for (Outcome o : outcomes) {
      String key = o.job().type() + " " + o.job().variant().id();
      int[] cell = byCell.computeIfAbsent(key, k -> new int[6]);
      int[] variant = byVariant.computeIfAbsent(o.job().variant().id(), k -> new int[6]);
      for (int[] counts : List.of(cell, variant)) {
        counts[2]++;
        counts[3] += o.classified() ? 1 : 0;
      }
      for (FormScoring.Check check : o.checks()) {
        // key values in counts 0-1, check boxes and choices in 4-5
        int at = check.kind() == FormScoring.Kind.MARK ? 4 : 0;
        for (int[] counts : List.of(cell, variant)) {
          counts[at]++;
          counts[at + 1] += check.right() ? 1 : 0;
        }
        if (!check.right()) {
          wrong.add(
              "%s %d %s %s: expected %s, read %s"
                  .formatted(
                      o.job().type(),
                      o.job().seed(),
                      o.job().variant().id(),
                      check.field(),
                      check.expected(),
                      check.read()));
        }
      }
      if (!o.classified()) {
        wrong.add(
            "%s %d %s: not classified (%s)"
                .formatted(
                    o.job().type(), o.job().seed(), o.job().variant().id(), o.classification()));
      }
    }
    System.out.println(
        "| type | variant | key values right (table cells one by one) | classified | check boxes and"
            + " choices |");
    System.out.println("|---|---|---|---|---|");
    byCell.forEach((k, c) -> System.out.println(row(k.replace(' ', '|'), c)));
    byVariant.forEach((k, c) -> System.out.println(row("all|" + k, c)));
    System.out.println();
    wrong.forEach(System.out::println);
  }

  private static String row(String key, int[] c) {
    return "| %s | %d/%d (%.1f%%) | %d/%d | %d/%d |"
        .formatted(
            key.replace("|", " | "),
            c[1],
            c[0],
            100.0 * c[1] / Math.max(1, c[0]),
            c[3],
            c[2],
            c[5],
            c[4]);
  }

  private static void write(Path file, PageText page) throws IOException {
    Files.createDirectories(file.getParent());
    StringBuilder out = new StringBuilder();
    out.append(
        String.join(
            "\t",
            Base64.getEncoder().encodeToString(page.text().getBytes(StandardCharsets.UTF_8)),
            String.valueOf(page.meanConfidence()),
            String.valueOf(page.width()),
            String.valueOf(page.height()),
            String.valueOf(page.dpi()),
            String.valueOf(page.rotationDegrees()),
            String.valueOf(page.skewDegrees()),
            page.languages()));
    out.append('\n');
    for (OcrWord w : page.words()) {
      out.append(Base64.getEncoder().encodeToString(w.text().getBytes(StandardCharsets.UTF_8)))
          .append('\t')
          .append(w.confidence())
          .append('\t')
          .append(w.box().x)
          .append('\t')
          .append(w.box().y)
          .append('\t')
          .append(w.box().width)
          .append('\t')
          .append(w.box().height)
          .append('\n');
    }
    Files.writeString(file, out);
  }

  static PageText read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    String[] h = lines.get(0).split("\t", -1);
    List<OcrWord> words = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      words.add(
          new OcrWord(
              new String(Base64.getDecoder().decode(f[0]), StandardCharsets.UTF_8),
              Float.parseFloat(f[1]),
              new Rectangle(
                  Integer.parseInt(f[2]),
                  Integer.parseInt(f[3]),
                  Integer.parseInt(f[4]),
                  Integer.parseInt(f[5]))));
    }
    return new PageText(
        new String(Base64.getDecoder().decode(h[0]), StandardCharsets.UTF_8),
        words,
        Float.parseFloat(h[1]),
        Integer.parseInt(h[2]),
        Integer.parseInt(h[3]),
        Integer.parseInt(h[4]),
        Integer.parseInt(h[5]),
        Double.parseDouble(h[6]),
        h[7]);
  }
}
