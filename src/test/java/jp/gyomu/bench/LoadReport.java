package jp.gyomu.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The load test's figures as markdown tables, ready to paste into docs/BENCHMARKS.md. */
final class LoadReport {

  /** One document as the API lists it after the run. */
  record Doc(String source, String status, Instant arrived, Instant settled, long workMillis) {}

  /** How the run was set up and what the machine did meanwhile. */
  record Run(
      String date,
      int cores,
      String loadBefore,
      String loadAfter,
      String javaOptions,
      List<String> gyomuSettings,
      int workers,
      int clients,
      int uploadsOffered,
      Duration uploadTimeBound,
      int folderFiles,
      double startupSeconds) {}

  /** Peak memory figures of the Gyomu process. */
  record Memory(long peakRssKbAfterUploads, long peakRssKb, double peakHeapMb) {}

  private LoadReport() {}

  static String markdown(
      Run run,
      List<Doc> docs,
      UploadClients.Outcome uploads,
      List<QueueDepthSampler.Sample> samples,
      Memory memory) {
    var md = new StringBuilder();
    md.append(
        "Run of %s: %d cores, load average (1, 5, 15 min) %s before, %s after.\n"
            .formatted(run.date(), run.cores(), run.loadBefore(), run.loadAfter()));
    md.append(
        "Gyomu: `java %s -jar`, %s; ready in %.0f s.\n\n"
            .formatted(
                run.javaOptions(), String.join(" ", run.gyomuSettings()), run.startupSeconds()));

    md.append(
        "| phase | documents | final states | wall time | documents / min |"
            + " arrival → hand-off p50 | p95 | pipeline work p50 | p95 | most waiting |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|\n");
    phaseRow(md, "%d upload clients".formatted(run.clients()), "upload", "uploads", docs, samples);
    phaseRow(md, "folder drop", "folder", "folder", docs, samples);

    md.append(
        "\n| uploads | scans offered | 202 | 503 answers | Retry-After min / median / max |"
            + " first try → 202 p50 | p95 | not sent in time | errors |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    List<Long> retry = uploads.retryAfters().stream().sorted().toList();
    List<Duration> wait =
        uploads.sent().stream()
            .filter(s -> s.accepted() != null)
            .map(s -> Duration.between(s.firstTry(), s.accepted()))
            .toList();
    long unsent =
        uploads.sent().stream().filter(s -> s.accepted() == null && s.error() == null).count()
            + (run.uploadsOffered() - uploads.sent().size());
    md.append(
        "| %d clients, %s bound | %d | %d | %d | %s | %s | %s | %d | %d |\n"
            .formatted(
                run.clients(),
                minutes(run.uploadTimeBound()),
                run.uploadsOffered(),
                uploads.accepted(),
                uploads.refusals(),
                retry.isEmpty()
                    ? "-"
                    : "%d / %d / %d s"
                        .formatted(
                            retry.get(0), percentile(retry, 0.5), retry.get(retry.size() - 1)),
                seconds(percentileOf(wait, 0.5)),
                seconds(percentileOf(wait, 0.95)),
                unsent,
                uploads.errors()));

    md.append(
        "\n| memory | peak RSS (VmHWM) after uploads | peak RSS at the end |"
            + " peak heap used (sampled) |\n|---|---|---|---|\n");
    md.append(
        "| Gyomu JVM (`%s`) | %d MB | %d MB | %.0f MB |\n"
            .formatted(
                run.javaOptions(),
                memory.peakRssKbAfterUploads() / 1024,
                memory.peakRssKb() / 1024,
                memory.peakHeapMb()));

    md.append(
        "\nQueue depth over time (a row about every %s; every sample in queue-depth.csv):\n\n"
            .formatted(rowEvery(samples)));
    md.append("| time | phase | waiting | queued | running | heap used | RSS |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (var s : thinned(samples)) {
      md.append(
          "| %d:%02d | %s | %.0f | %.0f | %.0f | %.0f MB | %.0f MB |\n"
              .formatted(
                  (long) s.seconds() / 60,
                  (long) s.seconds() % 60,
                  s.phase(),
                  s.waiting(),
                  s.queued(),
                  s.running(),
                  s.heapMb(),
                  s.rssMb()));
    }
    return md.toString();
  }

  private static void phaseRow(
      StringBuilder md,
      String label,
      String source,
      String phase,
      List<Doc> all,
      List<QueueDepthSampler.Sample> samples) {
    List<Doc> docs = all.stream().filter(d -> d.source().equals(source)).toList();
    if (docs.isEmpty()) {
      md.append("| %s | 0 | | | | | | | | |\n".formatted(label));
      return;
    }
    Instant first = docs.stream().map(Doc::arrived).min(Comparator.naturalOrder()).orElseThrow();
    Instant last = docs.stream().map(Doc::settled).max(Comparator.naturalOrder()).orElseThrow();
    Duration wall = Duration.between(first, last);
    List<Duration> handOff =
        docs.stream()
            .filter(d -> d.status().equals("HANDED_OFF"))
            .map(d -> Duration.between(d.arrived(), d.settled()))
            .toList();
    List<Duration> work = docs.stream().map(d -> Duration.ofMillis(d.workMillis())).toList();
    double mostWaiting =
        samples.stream()
            .filter(s -> s.phase().equals(phase))
            .mapToDouble(QueueDepthSampler.Sample::waiting)
            .max()
            .orElse(0);
    md.append(
        "| %s | %d | %s | %s | **%.1f** | %s | %s | %s | %s | %.0f |\n"
            .formatted(
                label,
                docs.size(),
                states(docs),
                minutes(wall),
                docs.size() / Math.max(wall.toMillis() / 60_000.0, 1e-9),
                seconds(percentileOf(handOff, 0.5)),
                seconds(percentileOf(handOff, 0.95)),
                seconds(percentileOf(work, 0.5)),
                seconds(percentileOf(work, 0.95)),
                mostWaiting));
  }

  private static String states(List<Doc> docs) {
    Map<String, Long> counts =
        docs.stream()
            .collect(Collectors.groupingBy(Doc::status, TreeMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
  }

  /** Nearest-rank percentile of sorted values. */
  static long percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static Duration percentileOf(List<Duration> values, double p) {
    List<Long> millis = values.stream().map(Duration::toMillis).sorted().toList();
    return millis.isEmpty() ? null : Duration.ofMillis(percentile(millis, p));
  }

  private static String seconds(Duration d) {
    if (d == null) {
      return "-";
    }
    return d.toMillis() < 60_000 ? "%.1f s".formatted(d.toMillis() / 1000.0) : minutes(d);
  }

  private static String minutes(Duration d) {
    return "%d min %02d s".formatted(d.toMinutes(), d.toSecondsPart());
  }

  /** At most about 24 rows, always with the first and the last sample. */
  private static List<QueueDepthSampler.Sample> thinned(List<QueueDepthSampler.Sample> samples) {
    int step = Math.max(1, (int) Math.ceil(samples.size() / 24.0));
    List<QueueDepthSampler.Sample> rows = new ArrayList<>();
    for (int i = 0; i < samples.size(); i += step) {
      rows.add(samples.get(i));
    }
    if (!samples.isEmpty() && rows.get(rows.size() - 1) != samples.get(samples.size() - 1)) {
      rows.add(samples.get(samples.size() - 1));
    }
    return rows;
  }

  private static String rowEvery(List<QueueDepthSampler.Sample> samples) {
    if (samples.size() < 2) {
      return "sample";
    }
    double interval = samples.get(samples.size() - 1).seconds() / (samples.size() - 1);
    int step = Math.max(1, (int) Math.ceil(samples.size() / 24.0));
    return "%.0f s".formatted(interval * step);
  }
}
