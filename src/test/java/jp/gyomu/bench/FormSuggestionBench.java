package jp.gyomu.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import jp.gyomu.bench.SuggestionScoring.LayoutResult;
import jp.gyomu.ocr.OcrSettings;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.testdocs.forms.ContentGenerator;
import jp.gyomu.testdocs.forms.OfficeForms;
import jp.gyomu.testdocs.forms.PageVariant;
import jp.gyomu.testdocs.forms.Seeds;

/**
 * Form suggestion on generated forms of every type Gyomu can generate: per layout, a template is
 * suggested from one clean filled sample, loaded by the real loader, and used to read two OTHER
 * filled instances of the same printed form (one clean, one scan-like). Prints (a) the share of
 * ground-truth fields proposed with the right type and (b) the share of the other instances' values
 * read right. Usage: {@code bench/form-suggestion.sh [--seeds tuning|held-out] [--layouts N]
 * [--threads N]}; held-out seeds print totals only.
 */
public final class FormSuggestionBench {

  private static final List<PageVariant> INSTANCES =
      List.of(PageVariant.CLEAN, PageVariant.SCAN_LIKE);
  // instance seeds stand this far after the layout seed, inside the same seed set
  private static final long INSTANCE_OFFSET = 50_000;

  private FormSuggestionBench() {}

  public static void main(String[] args) throws Exception {
    boolean heldOut = false;
    int layouts = 4;
    int threads = 2;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seeds" -> heldOut = args[++i].equals("held-out");
        case "--layouts" -> layouts = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    run(heldOut, layouts, threads, System.out);
  }

  static List<LayoutResult> run(boolean heldOut, int layouts, int threads, PrintStream out)
      throws Exception {
    List<Long> seeds = heldOut ? Seeds.heldOut(layouts) : Seeds.tuning(layouts);
    List<TessApiOcrEngine> engines = Collections.synchronizedList(new ArrayList<>());
    ThreadLocal<TessApiOcrEngine> engine =
        ThreadLocal.withInitial(
            () -> {
              var e = new TessApiOcrEngine(OcrSettings.defaults().withMaxConcurrentPages(1));
              engines.add(e);
              return e;
            });
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    try {
      List<Future<LayoutResult>> futures = new ArrayList<>();
      for (ContentGenerator type : OfficeForms.all()) {
        for (long seed : seeds) {
          futures.add(
              pool.submit(
                  () ->
                      SuggestionScoring.measure(
                          type, seed, instances(seed), INSTANCES, engine.get())));
        }
      }
      List<LayoutResult> results = new ArrayList<>();
      for (var f : futures) {
        results.add(f.get());
      }
      report(results, heldOut, layouts, (System.nanoTime() - started) / 1e9, threads, out);
      return results;
    } finally {
      pool.shutdown();
      engines.forEach(TessApiOcrEngine::close);
    }
  }

  static List<Long> instances(long seed) {
    List<Long> seeds = new ArrayList<>();
    for (int i = 0; i < INSTANCES.size(); i++) {
      seeds.add(seed + INSTANCE_OFFSET + i);
    }
    return seeds;
  }

  private static void report(
      List<LayoutResult> results,
      boolean heldOut,
      int layouts,
      double seconds,
      int threads,
      PrintStream out) {
    out.printf(
        "%n### Form suggestion, %s seeds: %d layouts per type, each read on %d other instances"
            + " (%s); %.0f s on %d threads%n%n",
        heldOut ? "HELD-OUT" : "tuning",
        layouts,
        INSTANCES.size(),
        String.join(", ", INSTANCES.stream().map(PageVariant::id).toList()),
        seconds,
        threads);
    out.println(
        "| type | templates loaded | fields found, right type | values read right on other instances |");
    out.println("|---|---|---|---|");
    for (String type : results.stream().map(LayoutResult::type).distinct().toList()) {
      row(out, type, results, r -> r.type().equals(type));
    }
    row(out, "**all**", results, r -> true);
    if (!heldOut) {
      Map<String, int[]> byField = new TreeMap<>();
      for (LayoutResult r : results) {
        out.println("\n#### " + r.type() + " " + r.seed());
        if (r.yamlProblem() != null) {
          out.println("NOT LOADED: " + r.yamlProblem());
        }
        out.println(r.yaml());
        r.found()
            .forEach(
                f -> {
                  int[] n = byField.computeIfAbsent(r.type() + "." + f.field(), k -> new int[2]);
                  n[0] += f.typedRight() ? 1 : 0;
                  n[1]++;
                });
        r.found().stream()
            .filter(f -> !f.typedRight())
            .forEach(
                f ->
                    out.println(
                        "  not found/typed: "
                            + r.type()
                            + " "
                            + r.seed()
                            + " "
                            + f.field()
                            + " -> "
                            + f.proposed()));
        r.reads().stream()
            .filter(x -> !x.right())
            .forEach(
                x ->
                    out.println(
                        "  wrong: "
                            + r.type()
                            + " "
                            + r.seed()
                            + " "
                            + x.field()
                            + ": expected "
                            + x.expected()
                            + ", read "
                            + x.read()));
      }
      out.println("\nFound with the right type, by field (tuning seeds):");
      byField.forEach((k, n) -> out.println("  " + k + " " + n[0] + "/" + n[1]));
    }
  }

  private static void row(
      PrintStream out, String type, List<LayoutResult> all, Predicate<LayoutResult> which) {
    List<LayoutResult> rs = all.stream().filter(which).toList();
    long loaded = rs.stream().filter(r -> r.yamlProblem() == null).count();
    long found = rs.stream().mapToLong(LayoutResult::foundRight).sum();
    long fields = rs.stream().mapToLong(r -> r.found().size()).sum();
    long right = rs.stream().mapToLong(LayoutResult::readRight).sum();
    long values = rs.stream().mapToLong(r -> r.reads().size()).sum();
    out.printf(
        "| %s | %d / %d | %d / %d (%s) | %d / %d (%s) |%n",
        type,
        loaded,
        rs.size(),
        found,
        fields,
        RandomLayoutAccuracy.percent(found, fields),
        right,
        values,
        RandomLayoutAccuracy.percent(right, values));
  }
}
