package jp.gyomu.ocrwork;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who reads a node's pages ({@code gyomu.ocr.*}, decision 0015).
 *
 * @param workers {@code in-process}: this node's own OCR threads read its pages, nothing is queued;
 *     {@code external}: pages go through the page queue, which OCR workers ({@code ./gyomu worker})
 *     and, with {@code localReading}, this node's own threads take from
 * @param localReading with {@code external}: this node's own OCR threads take pages from the queue
 *     too (as many as {@code gyomu.intake.workers}), so a node alone never waits for a worker
 * @param workerLease how long a taken page stays with its worker without news; a worker renews it
 *     every third of it while reading, so a worker that dies loses its page after this long
 * @param workerAttempts how many workers may lose a page (die or vanish while reading it) before
 *     the page fails instead of killing yet another worker
 */
@ConfigurationProperties(prefix = "gyomu.ocr")
public record OcrWorkerSettings(
    @DefaultValue("in-process") Mode workers,
    @DefaultValue("true") boolean localReading,
    @DefaultValue("20s") Duration workerLease,
    @DefaultValue("3") int workerAttempts) {

  /** Where pages are read. */
  public enum Mode {
    IN_PROCESS,
    EXTERNAL
  }

  public OcrWorkerSettings {
    if (workerLease.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("gyomu.ocr.worker-lease must be at least 1s");
    }
    if (workerAttempts < 1) {
      throw new IllegalArgumentException("gyomu.ocr.worker-attempts must be at least 1");
    }
  }

  public boolean external() {
    return workers == Mode.EXTERNAL;
  }
}
