package jp.gyomu.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import jp.gyomu.bench.FormScoring.Check;
import jp.gyomu.bench.FormScoring.Kind;
import jp.gyomu.bench.FormScoring.PageResult;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.ocr.OcrSettings;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.testdocs.forms.ContentGenerator;
import jp.gyomu.testdocs.forms.GeneratedForms;
import jp.gyomu.testdocs.forms.OfficeForms;
import jp.gyomu.testdocs.forms.PageVariant;
import jp.gyomu.testdocs.forms.Seeds;

/**
 * Field accuracy on randomised layouts: per document type and scan variant, the share of key values
 * right after normalisation (table cells counted one by one), classification right, and check boxes
 * apart. Pages are read on several threads, one Tesseract engine each.
 */
final class RandomLayoutAccuracy {

  private RandomLayoutAccuracy() {}

  /**
   * Every type and variant, with engines made from {@code ocr}.
   *
   * @param heldOut held-out seeds (only totals are printed) or tuning seeds (wrong fields are also
   *     written to {@code target/field-accuracy-tuning.txt})
   * @param pages seeds per document type; each is read in every variant
   */
  static List<PageResult> run(
      boolean heldOut,
      int pages,
      int threads,
      List<FieldTemplate> templates,
      OcrSettings ocr,
      PrintStream out)
      throws Exception {
    return run(heldOut, pages, threads, templates, ocr, Selection.ALL, out);
  }

  /**
   * Which types, variants and seeds a run reads.
   *
   * @param types type ids, empty for every templated type
   * @param variants the variants read, in report order
   * @param skippedSeeds seeds of the set passed over before the first read (a later run reads seeds
   *     an earlier one did not)
   */
  record Selection(Set<String> types, List<PageVariant> variants, int skippedSeeds) {
    static final Selection ALL = new Selection(Set.of(), List.of(PageVariant.values()), 0);

    Selection {
      if (variants.isEmpty()) {
        throw new IllegalArgumentException("no variant selected");
      }
      if (skippedSeeds < 0) {
        throw new IllegalArgumentException("skipped seeds cannot be negative: " + skippedSeeds);
      }
      types = Set.copyOf(types);
      variants = List.copyOf(variants);
    }

    boolean reads(String type) {
      return types.isEmpty() || types.contains(type);
    }
  }

  /** As {@link #run(boolean, int, int, List, OcrSettings, PrintStream)} on {@code selection}. */
  static List<PageResult> run(
      boolean heldOut,
      int pages,
      int threads,
      List<FieldTemplate> templates,
      OcrSettings ocr,
      Selection selection,
      PrintStream out)
      throws Exception {
    int skip = selection.skippedSeeds();
    List<Long> seeds =
        (heldOut ? Seeds.heldOut(skip + pages) : Seeds.tuning(skip + pages))
            .subList(skip, skip + pages);
    List<ContentGenerator> types = new ArrayList<>();
    List<String> untemplated = new ArrayList<>();
    for (ContentGenerator g : OfficeForms.all()) {
      if (!selection.reads(g.type())) {
        continue;
      }
      if (templates.stream().anyMatch(t -> t.id().equals(g.type()))) {
        types.add(g);
      } else {
        untemplated.add(g.type());
      }
    }
    List<TessApiOcrEngine> engines = Collections.synchronizedList(new ArrayList<>());
    ThreadLocal<TessApiOcrEngine> engine =
        ThreadLocal.withInitial(
            () -> {
              var e = new TessApiOcrEngine(ocr.withMaxConcurrentPages(1));
              engines.add(e);
              return e;
            });
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<PageResult>> futures = new ArrayList<>();
    long started = System.nanoTime();
    try {
      for (ContentGenerator type : types) {
        for (long seed : seeds) {
          for (PageVariant variant : selection.variants()) {
            futures.add(
                pool.submit(
                    () ->
                        FormScoring.measure(
                            GeneratedForms.generate(type, seed, variant),
                            engine.get(),
                            templates)));
          }
        }
      }
      List<PageResult> results = new ArrayList<>();
      for (var f : futures) {
        results.add(f.get());
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      report(
          results,
          heldOut,
          skip == 0 ? pages + " per type" : pages + " per type after the first " + skip,
          threads,
          seconds,
          untemplated,
          templates,
          selection.variants(),
          out);
      if (!heldOut) {
        writeWrongFields(results, Path.of("target/field-accuracy-tuning.txt"));
      }
      return results;
    } finally {
      pool.shutdown();
      engines.forEach(TessApiOcrEngine::close);
    }
  }

  private static void report(
      List<PageResult> results,
      boolean heldOut,
      String seedsRead,
      int threads,
      double seconds,
      List<String> untemplated,
      List<FieldTemplate> templates,
      List<PageVariant> variants,
      PrintStream out) {
    out.printf(
        "%n### Randomised layouts, %s seeds: %s, %d pages read in %.0f s on %d threads%n%n",
        heldOut ? "HELD-OUT" : "tuning", seedsRead, results.size(), seconds, threads);
    out.println(
        "| type | variant | key values right | share | classified right | check boxes right |");
    out.println("|---|---|---|---|---|---|");
    List<String> types = results.stream().map(PageResult::type).distinct().toList();
    for (String type : types) {
      for (PageVariant v : variants) {
        row(out, type, v.id(), results, r -> r.type().equals(type) && r.variant() == v);
      }
    }
    for (PageVariant v : variants) {
      row(out, "**all**", "**" + v.id() + "**", results, r -> r.variant() == v);
    }
    row(out, "**all**", "**all**", results, r -> true);
    fieldTable(out, results, variants);
    Map<String, List<String>> unmeasured = new TreeMap<>();
    for (String type : types) {
      var template = templates.stream().filter(t -> t.id().equals(type)).findFirst().orElseThrow();
      var expected =
          GeneratedForms.generate(type, Seeds.tuning(1).get(0), PageVariant.CLEAN).expected();
      var missing = FormScoring.unmeasured(expected, template);
      if (!missing.isEmpty()) {
        unmeasured.put(type, missing);
      }
    }
    if (!unmeasured.isEmpty()) {
      out.println("\nNot measured (the template does not declare them yet): " + unmeasured);
    }
    if (!untemplated.isEmpty()) {
      out.println("No template, not read: " + untemplated);
    }
    if (!heldOut) {
      Map<String, Integer> wrongByField = new TreeMap<>();
      results.forEach(
          r ->
              r.wrong()
                  .forEach(
                      c ->
                          wrongByField.merge(
                              r.type() + "." + c.field().replaceAll("\\[\\d+]", "[]"),
                              1,
                              Integer::sum)));
      out.println("\nWrong values by field (tuning seeds): " + wrongByField);
      out.println("Wrong check boxes and choices (tuning seeds):");
      results.forEach(
          r ->
              r.wrong().stream()
                  .filter(c -> c.kind() == Kind.MARK)
                  .forEach(
                      c ->
                          out.printf(
                              "  %s %d %s %s: expected %s, read %s%n",
                              r.type(),
                              r.seed(),
                              r.variant().id(),
                              c.field(),
                              c.expected(),
                              c.read())));
      out.println("Every wrong value, page by page: target/field-accuracy-tuning.txt");
    }
  }

  /** Right / read per field and variant (totals only: no page or value is shown). */
  private static void fieldTable(
      PrintStream out, List<PageResult> results, List<PageVariant> selected) {
    Map<String, int[]> counts = new TreeMap<>(); // per field: right and total per variant
    int variants = selected.size();
    for (PageResult r : results) {
      for (var c : r.checks()) {
        int[] n =
            counts.computeIfAbsent(
                r.type() + "." + c.field().replaceAll("\\[\\d+]", "[]"),
                k -> new int[2 * variants]);
        int v = selected.indexOf(r.variant());
        n[2 * v] += c.right() ? 1 : 0;
        n[2 * v + 1]++;
      }
    }
    StringBuilder header = new StringBuilder("\n| field |");
    StringBuilder rule = new StringBuilder("|---|");
    for (PageVariant v : selected) {
      header.append(' ').append(v.id()).append(" |");
      rule.append("---|");
    }
    out.println(header);
    out.println(rule);
    counts.forEach(
        (field, n) -> {
          StringBuilder line = new StringBuilder("| " + field + " |");
          for (int v = 0; v < variants; v++) {
            line.append(' ').append(n[2 * v]).append('/').append(n[2 * v + 1]).append(" |");
          }
          out.println(line);
        });
  }

  private static void row(
      PrintStream out,
      String type,
      String variant,
      List<PageResult> all,
      Predicate<PageResult> which) {
    List<PageResult> pages = all.stream().filter(which).toList();
    List<Check> values =
        pages.stream()
            .flatMap(p -> p.checks().stream())
            .filter(c -> c.kind() != Kind.MARK)
            .toList();
    List<Check> marks =
        pages.stream()
            .flatMap(p -> p.checks().stream())
            .filter(c -> c.kind() == Kind.MARK)
            .toList();
    long valuesRight = values.stream().filter(Check::right).count();
    long classified = pages.stream().filter(PageResult::classifiedRight).count();
    long marksRight = marks.stream().filter(Check::right).count();
    out.printf(
        "| %s | %s | %d / %d | %s | %d / %d | %s |%n",
        type,
        variant,
        valuesRight,
        values.size(),
        percent(valuesRight, values.size()),
        classified,
        pages.size(),
        marks.isEmpty() ? "–" : marksRight + " / " + marks.size());
  }

  static String percent(long part, long whole) {
    return whole == 0 ? "–" : String.format("%.1f%%", 100.0 * part / whole);
  }

  private static void writeWrongFields(List<PageResult> results, Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (PageResult r : results) {
      if (!r.classifiedRight()) {
        lines.add(
            r.type()
                + " "
                + r.seed()
                + " "
                + r.variant().id()
                + " classified as "
                + r.classified());
      }
      for (Check c : r.wrong()) {
        lines.add(
            String.format(
                "%s %d %s %s: expected %s, read %s",
                r.type(), r.seed(), r.variant().id(), c.field(), c.expected(), c.read()));
      }
    }
    Files.createDirectories(file.getParent());
    Files.write(file, lines);
  }
}
