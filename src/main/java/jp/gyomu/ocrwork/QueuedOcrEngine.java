package jp.gyomu.ocrwork;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import jp.gyomu.ocr.OcrDeadlineException;
import jp.gyomu.ocr.OcrEngine;
import jp.gyomu.ocr.PageText;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.ocrwork.OcrPageQueue.Outcome;
import jp.gyomu.ocrwork.PageWork.Failure;
import jp.gyomu.ocrwork.PageWork.FailureKind;

/**
 * Reads a page by queueing it for OCR workers ({@code gyomu.ocr.workers=external}) and waiting for
 * the text they send back: the same {@link PageText} this node's own engine would have produced,
 * within the same deadlines. The page's deadline runs from when a worker takes it (as it runs from
 * when in-process reading starts); the document's budget runs all along.
 */
public final class QueuedOcrEngine implements OcrEngine {

  /** How often the database is asked about a page answered through another node. */
  private static final Duration POLL = Duration.ofMillis(200);

  private final OcrPageQueue queue;
  private final PageSignals signals;
  private final Duration pageDeadline;
  private final String node;

  QueuedOcrEngine(OcrPageQueue queue, PageSignals signals, Duration pageDeadline, String node) {
    this.queue = queue;
    this.signals = signals;
    this.pageDeadline = pageDeadline;
    this.node = node;
  }

  @Override
  public PageText read(BufferedImage page, int dpi, String languages, Duration timeLeft) {
    if (dpi <= 0) {
      throw new IllegalArgumentException("dpi must be positive: " + dpi);
    }
    long start = System.nanoTime();
    Duration limit = timeLeft.compareTo(pageDeadline) < 0 ? timeLeft : pageDeadline;
    Instant expiresAt = Instant.now().plus(timeLeft);
    String id =
        queue.add(
            QueuedPagePng.png(page),
            dpi,
            languages == null || languages.isBlank()
                ? TessApiOcrEngine.DEFAULT_LANGUAGES
                : languages.strip(),
            limit,
            expiresAt,
            node);
    signals.watch(id);
    signals.pageQueued();
    try {
      while (true) {
        Outcome outcome = queue.outcome(id).orElseThrow();
        switch (outcome.state()) {
          case DONE:
            return outcome.result().toPageText();
          case FAILED:
            throw failed(outcome.failure());
          default:
            break;
        }
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        Duration left = timeLeft.minus(waited);
        if (left.isNegative() || left.isZero()) {
          throw new OcrDeadlineException(timeLeft, waited);
        }
        signals.awaitAnswer(id, left.compareTo(POLL) < 0 ? left : POLL);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("stopped while waiting for the page's OCR", e);
    } finally {
      signals.unwatch(id);
      queue.remove(id);
    }
  }

  private static RuntimeException failed(Failure failure) {
    return failure.kind() == FailureKind.DEADLINE
        ? new OcrDeadlineException(
            Duration.ofMillis(failure.limitMillis()), Duration.ofMillis(failure.elapsedMillis()))
        : new IllegalStateException("An OCR worker could not read the page: " + failure.message());
  }
}
