package jp.gyomu.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.gyomu.bench.OcrBenchPages.Kind;
import jp.gyomu.bench.OcrBenchPages.Page;
import jp.gyomu.bench.OcrBenchRuns.Run;
import jp.gyomu.testdocs.CharacterErrorRate;

/** {@link OcrBenchmark}'s Markdown report. */
final class OcrBenchReport {

  private OcrBenchReport() {}

  static String markdown(
      int cores,
      String loadBefore,
      String loadAfter,
      List<Page> pages,
      Map<String, Run> runs,
      List<Run> rawRuns,
      OcrBenchRuns.PipelineRun pipeline,
      OcrBenchRuns.EngineRun engine,
      int rounds) {
    var md = new StringBuilder();
    Run raw = runs.values().iterator().next();
    Run rawSameVariables =
        runs.entrySet().stream()
            .filter(e -> e.getKey().startsWith("(a+)"))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse(raw);
    md.append(
        "Run of %s: %d pages, %d cores, load average before %s, after %s.%n%n"
            .formatted(LocalDate.now(), pages.size(), cores, loadBefore, loadAfter));
    md.append(
        "| | pages/s | vs (a) | pages per CPU-second | vs (a), by CPU | vs (a+), by CPU"
            + " | median per page | p95 per page | mean CER | peak RSS |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|\n");
    runs.forEach(
        (label, r) -> {
          List<Long> millis = r.pages().values().stream().map(p -> p.millis()).sorted().toList();
          md.append(
              "| %s | %.2f | **%.2fx** | %.3f | **%.2fx** | %.2fx | %d ms | %d ms | %.4f | %d MB |\n"
                  .formatted(
                      label,
                      r.pagesPerSecond(),
                      r.pagesPerSecond() / raw.pagesPerSecond(),
                      r.pagesPerCpuSecond(),
                      r.pagesPerCpuSecond() / raw.pagesPerCpuSecond(),
                      r.pagesPerCpuSecond() / rawSameVariables.pagesPerCpuSecond(),
                      percentile(millis, 50),
                      percentile(millis, 95),
                      meanCer(r, pages),
                      r.peakRssKb() / 1024));
        });
    md.append(
        "\n(a) ran before and after (d): %s pages/s; the table uses the faster. Per page: one"
                .formatted(
                    String.join(
                        " and ",
                        rawRuns.stream().map(r -> "%.2f".formatted(r.pagesPerSecond())).toList()))
            + " CLI process's wall time; (d) the document's step timings added up (its work, not"
            + " its wait in the queue); (d)'s pages/s counts from the first upload's arrival to the"
            + " last document's final state. Peak RSS: largest single CLI process (there are "
            + cores
            + " at once); the whole Gyomu JVM (-Xmx1g, Camunda included); the benchmark's JVM for"
            + " (e). Pages per CPU-second: pages over the CPU time (user + system) of all the"
            + " readers' threads in the batch (each CLI process; the whole Gyomu JVM, with GC,"
            + " JIT, Camunda and the Flight Recorder; the benchmark JVM for (e)): on a machine"
            + " shared with other work it is the figure that compares; on an idle one, with all"
            + " cores busy, pages/s follows it.\n\n");

    md.append("Mean CER by kind of page (NFKC, whitespace removed):\n\n| kind | pages |");
    runs.keySet().forEach(l -> md.append(" ").append(l, 0, l.indexOf(')') + 1).append(" |"));
    md.append("\n|---|---|").append("---|".repeat(runs.size())).append('\n');
    for (Kind kind : Kind.values()) {
      List<Page> ofKind = pages.stream().filter(p -> p.kind() == kind).toList();
      if (ofKind.isEmpty()) {
        continue;
      }
      md.append("| %s | %d |".formatted(kind.label, ofKind.size()));
      runs.values().forEach(r -> md.append(" %.4f |".formatted(meanCer(r, ofKind))));
      md.append('\n');
    }

    md.append(
        "\n(d) read the measured pages %d time(s) after its warm-up pages (the earlier rounds the"
                .formatted(rounds)
            + " same pixels in other bytes, so that the duplicate check lets them through) and"
            + " reports the last: pages per CPU-second by round %s; the JIT compilers' share of"
                .formatted(
                    String.join(
                        ", ",
                        pipeline.roundPagesPerCpuSecond().stream()
                            .map(r -> "%.3f".formatted(r))
                            .toList()))
            + " the JVM's Java-thread CPU by round %s.\n"
                .formatted(
                    String.join(
                        ", ",
                        pipeline.roundJitShares().stream()
                            .map(r -> "%.1f%%".formatted(100 * r))
                            .toList())));
    md.append("\nWhere Gyomu's time goes, per page (ms), measured batch only:\n\n");
    md.append("| pipeline step | ms/page |\n|---|---|\n");
    pipeline.millisPerPageByStep().forEach((k, v) -> md.append("| %s | %.0f |\n".formatted(k, v)));
    md.append("\n| inside read-pages | ms/page |\n|---|---|\n");
    pipeline
        .millisPerPageByPagePart()
        .forEach((k, v) -> md.append("| %s | %.0f |\n".formatted(k, v)));
    md.append("\n| OCR phase | (d) ms/page | (d) runs | (e) ms/page |\n|---|---|---|---|\n");
    pipeline
        .millisPerPageByOcrPhase()
        .forEach(
            (k, v) ->
                md.append(
                    "| %s | %.0f | %d | %.0f |\n"
                        .formatted(
                            k,
                            v,
                            pipeline.ocrPhaseRuns().get(k),
                            engine.millisPerPageByOcrPhase().getOrDefault(k, 0.0))));
    var profile = pipeline.profile();
    md.append(
        "\nFlight Recorder samples of the OCR worker threads during (d)'s measured batch (%d samples, Java and"
                .formatted(profile.total())
            + " native, at one period):\n\n| step | share |\n|---|---|\n");
    profile.samples().entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .forEach(
            e ->
                md.append(
                    "| %s | %.1f%% |\n"
                        .formatted(
                            e.getKey(), 100.0 * e.getValue() / Math.max(1, profile.total()))));
    double cpu = profile.threadCpu().values().stream().mapToDouble(Double::doubleValue).sum();
    md.append(
        "\nThe Gyomu JVM's CPU during (d)'s measured batch by thread (Java threads; GC not included):\n\n");
    md.append("| threads | share |\n|---|---|\n");
    profile.threadCpu().entrySet().stream()
        .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
        .forEach(
            e ->
                md.append(
                    "| %s | %.1f%% |\n"
                        .formatted(e.getKey(), 100 * e.getValue() / Math.max(cpu, 1e-9))));
    md.append("\nFinal states in (d): ");
    List<String> states = new ArrayList<>();
    pipeline.finalStates().forEach((s, names) -> states.add(s + " (" + names + ")"));
    md.append(String.join("; ", states)).append("\n\n");

    md.append("Per page, CER and time:\n\n| page | kind |");
    runs.keySet().forEach(l -> md.append(" ").append(l, 0, l.indexOf(')') + 1).append(" |"));
    md.append("\n|---|---|").append("---|".repeat(runs.size())).append('\n');
    for (Page p : pages) {
      md.append("| %s | %s |".formatted(p.name(), p.kind().name().toLowerCase()));
      runs.values()
          .forEach(
              r -> md.append(" %.3f, %d ms |".formatted(cer(r, p), r.pages().get(p).millis())));
      md.append('\n');
    }
    return md.toString();
  }

  static double cer(Run r, Page p) {
    return CharacterErrorRate.of(r.pages().get(p).text(), p.truth());
  }

  static double meanCer(Run r, List<Page> pages) {
    return pages.stream().mapToDouble(p -> cer(r, p)).average().orElse(0);
  }

  private static long percentile(List<Long> sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
