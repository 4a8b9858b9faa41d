package jp.gyomu.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where Gyomu's OCR workers spent their samples in a Flight Recorder file: Java samples and native
 * samples (Tesseract runs in native code under a JNA call) of {@code ocr-worker-*} threads, each
 * put in the step of the innermost frame that names one.
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

  private record Step(String name, String classPart, String method) {}

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
    Map<String, Long> samples = new LinkedHashMap<>();
    STEPS.forEach(s -> samples.put(s.name(), 0L));
    samples.put("other", 0L);
    long total = 0;
    Map<String, Double> threadCpu = new LinkedHashMap<>();
    for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
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
      if (!type.equals("jdk.ExecutionSample") && !type.equals("jdk.NativeMethodSample")) {
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
      samples.merge(step(e.getStackTrace().getFrames()), 1L, Long::sum);
    }
    return new Profile(samples, total, threadCpu);
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

  private static String step(List<RecordedFrame> frames) {
    for (RecordedFrame f : frames) {
      if (!f.isJavaFrame()) {
        continue;
      }
      String type = f.getMethod().getType().getName();
      String method = f.getMethod().getName();
      for (Step s : STEPS) {
        if (type.contains(s.classPart()) && (s.method() == null || s.method().equals(method))) {
          return s.name();
        }
      }
    }
    return "other";
  }
}
