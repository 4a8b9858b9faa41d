package jp.gyomu.ocr;

import java.time.Duration;

/**
 * Reading a page was stopped because it ran past its deadline: the page's own ({@link
 * OcrSettings#pageDeadline()}) or the time its document had left, whichever came first. Nothing of
 * the page is returned.
 */
public class OcrDeadlineException extends RuntimeException {

  private final Duration limit;
  private final Duration elapsed;

  public OcrDeadlineException(Duration limit, Duration elapsed) {
    super(
        "OCR of the page was stopped after %d ms; its deadline was %d ms"
            .formatted(elapsed.toMillis(), limit.toMillis()));
    this.limit = limit;
    this.elapsed = elapsed;
  }

  /** The deadline the page was given. */
  public Duration limit() {
    return limit;
  }

  /** How long the page had been read when it was stopped. */
  public Duration elapsed() {
    return elapsed;
  }
}
