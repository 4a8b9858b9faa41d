package jp.gyomu.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where Gyomu's OCR workers spent their samples in a Flight Recorder file: Java samples and native
 * samples (Tesseract runs in native code under a JNA call) of {@code ocr-worker-*} threads, each
 * put in the step of the innermost frame that names one.
 *
 * <p>Both kinds must be sampled at one period (the recording's {@code jdk.ActiveSetting} says),
 * else the shares are refused: a sample stands for the period of its kind, and weighing by period
 * holds only while the sampler keeps time. On a loaded machine its thread wakes late and takes both
 * kinds at each wake, so at 10 ms Java and 20 ms native the Java steps weighed 2x in a quiet run
 * and native 2x under load. At one period each wake samples both kinds alike, loaded or not.
 */
final class JfrSummary {

  /**
   * Samples per step, in the order of {@link #STEPS}, and the total; and the JVM's CPU by group of
   * threads ({@code jdk.ThreadCPULoad}, summed), which shows what besides the OCR workers ran.
   */
  record Profile(Map<String, Long> samples, long total, Map<String, Double> threadCpu) {

    /** The JIT compilers' share of the Java threads' CPU, 0 to 1. */
    double jitShare() {
      double all = threadCpu.values().stream().mapToDouble(Double::doubleValue).sum();
      return all == 0 ? 0 : threadCpu.getOrDefault(JIT, 0.0) / all;
    }
  }

  static final String JIT = "JIT compilers";

  /**
   * A step: frames of a class whose name contains {@code classPart} (and of the method, if set).
   */
  record Step(String name, String classPart, String method) {}

  private static final List<String> SAMPLES =
      List.of("jdk.ExecutionSample", "jdk.NativeMethodSample");

  // Innermost match wins, so specific frames (a JDBC call inside the hand-off) come first.
  private static final List<Step> STEPS =
      List.of(
          new Step("database (JDBC)", "jdbc", null),
          new Step("database (JDBC)", "h2.", null),
          new Step("database (JDBC)", "postgresql", null),
          new Step("OCR: second pass (single blocks)", "TesseractHandle", "recogniseRegions"),
          new Step("OCR: second pass (finding missed ink)", "MissedInk", null),
          new Step("OCR: recognition (layout + words)", "TesseractHandle", "recognise"),
          new Step("OCR: orientation detection", "TesseractHandle", "detectOrientation"),
          new Step("OCR: deskew/upscale", "PageStraightener", null),
          new Step("OCR: prepare (grey, noise, ink, skew search)", "ocr.Greyscale", null),
          new Step("OCR: prepare (grey, noise, ink, skew search)", "ocr.Despeckle", null),
          new Step("OCR: prepare (grey, noise, ink, skew search)", "ocr.InkSample", null),
          new Step("OCR: prepare (grey, noise, ink, skew search)", "ocr.LineDirection", null),
          new Step("OCR: prepare (grey, noise, ink, skew search)", "ocr.SkewEstimator", null),
          new Step("OCR: prepare (grey, noise, ink, skew search)", "ocr.QuarterTurns", null),
          new Step("OCR: reading order, text", "ocr.ReadingOrder", null),
          new Step("OCR: reading order, text", "ocr.PageTextAssembler", null),
          new Step("page image (PNG)", "ReadPagesStep", "apply"),
          new Step("page decode/render", "jp.gyomu.pages.PageSource", null),
          new Step("page decode/render", "jp.gyomu.pages.ImagePageSource", null),
          new Step("page decode/render", "jp.gyomu.pages.PdfPageSource", null),
          new Step("searchable PDF", "SearchablePdf", null),
          new Step("fields", "ExtractFieldsStep", null),
          new Step("fields", "jp.gyomu.fields.", null),
          new Step("classification", "ClassificationStep", null),
          new Step("hand-off (process start)", "HandOffStep", null),
          new Step("preflight, duplicate check", "PreflightStep", null),
          new Step("preflight, duplicate check", "DeduplicationStep", null));

  private JfrSummary() {}

  /**
   * The profile of the events that started between {@code from} and {@code to}: a recording file
   * holds whole chunks, which can begin long before the recording that wrote it (an earlier
   * recording's data, the warm-up's, shares them).
   */
  static Profile of(Path jfr, Instant from, Instant to) throws IOException {
    return of(jfr, from, to, STEPS);
  }

  static Profile of(Path jfr, Instant from, Instant to, List<Step> steps) throws IOException {
    Map<String, Long> samples = new LinkedHashMap<>();
    steps.forEach(s -> samples.put(s.name(), 0L));
    samples.put("other", 0L);
    long total = 0;
    Map<String, Double> threadCpu = new LinkedHashMap<>();
    List<RecordedEvent> events = RecordingFile.readAllEvents(jfr);
    requireOnePeriod(jfr, events);
    for (RecordedEvent e : events) {
      if (e.getStartTime().isBefore(from) || e.getStartTime().isAfter(to)) {
        continue;
      }
      String type = e.getEventType().getName();
      if (type.equals("jdk.ThreadCPULoad") && e.getThread() != null) {
        threadCpu.merge(
            threadGroup(e.getThread().getJavaName()),
            (double) e.getFloat("user") + e.getFloat("system"),
            Double::sum);
        continue;
      }
      if (!SAMPLES.contains(type)) {
        continue;
      }
      RecordedThread thread = e.getThread("sampledThread");
      if (thread == null
          || thread.getJavaName() == null
          || !thread.getJavaName().startsWith("ocr-worker")
          || e.getStackTrace() == null) {
        continue;
      }
      total++;
      samples.merge(step(e.getStackTrace().getFrames(), steps), 1L, Long::sum);
    }
    return new Profile(samples, total, threadCpu);
  }

  /** Refuses a recording whose Java and native samples were taken at different periods. */
  private static void requireOnePeriod(Path jfr, List<RecordedEvent> events) {
    Map<Long, String> sampleTypes = new HashMap<>();
    for (RecordedEvent e : events) {
      if (SAMPLES.contains(e.getEventType().getName())) {
        sampleTypes.putIfAbsent(e.getEventType().getId(), e.getEventType().getName());
      }
    }
    Map<String, Set<Duration>> periods = new TreeMap<>();
    for (RecordedEvent e : events) {
      if (e.getEventType().getName().equals("jdk.ActiveSetting")
          && e.getString("name").equals("period")
          && sampleTypes.containsKey(e.getLong("id"))) {
        periods
            .computeIfAbsent(sampleTypes.get(e.getLong("id")), k -> new TreeSet<>())
            .add(duration(e.getString("value")));
      }
    }
    if (!sampleTypes.isEmpty()
        && (periods.size() < sampleTypes.size()
            || periods.values().stream().flatMap(Set::stream).distinct().count() > 1)) {
      throw new IllegalStateException(
          jfr
              + ": Java and native samples must be taken at one period (and jdk.ActiveSetting"
              + " recorded) for honest shares; found "
              + periods);
    }
  }

  /** A period as Flight Recorder writes it: "10 ms", "10000000 ns", "1 s". */
  static Duration duration(String period) {
    String[] parts = period.trim().split("\\s+");
    long value = Long.parseLong(parts[0]);
    return switch (parts[1]) {
      case "ns" -> Duration.ofNanos(value);
      case "us" -> Duration.ofNanos(value * 1000);
      case "ms" -> Duration.ofMillis(value);
      case "s" -> Duration.ofSeconds(value);
      default -> throw new IllegalArgumentException("a period of " + period);
    };
  }

  private static String threadGroup(String name) {
    if (name == null) {
      return "other";
    }
    if (name.startsWith("ocr-worker")) {
      return "OCR workers (the pipeline)";
    }
    if (name.contains("CompilerThread")) {
      return JIT;
    }
    if (name.startsWith("http-nio")) {
      return "HTTP (uploads, the benchmark's polling)";
    }
    if (name.startsWith("JFR")) {
      return "Flight Recorder";
    }
    if (name.startsWith("camunda") || name.contains("JobExecutor") || name.contains("Topic")) {
      return "Camunda job executor, external-task clients";
    }
    return "other";
  }

  private static String step(List<RecordedFrame> frames, List<Step> steps) {
    for (RecordedFrame f : frames) {
      if (!f.isJavaFrame()) {
        continue;
      }
      String type = f.getMethod().getType().getName();
      String method = f.getMethod().getName();
      for (Step s : steps) {
        if (type.contains(s.classPart()) && (s.method() == null || s.method().equals(method))) {
          return s.name();
        }
      }
    }
    return "other";
  }
}
