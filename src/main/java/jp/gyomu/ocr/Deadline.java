package jp.gyomu.ocr;

import java.time.Duration;

/** When reading one page must stop, on the monotonic clock. */
final class Deadline {

  private final Duration limit;
  private final long start;
  private final long end;

  private Deadline(Duration limit, long start) {
    this.limit = limit;
    this.start = start;
    // saturates instead of overflowing for limits of centuries
    this.end = start + Math.min(limit.toNanos(), Long.MAX_VALUE / 4);
  }

  static Deadline after(Duration limit) {
    return new Deadline(limit, System.nanoTime());
  }

  boolean passed() {
    return System.nanoTime() - end > 0;
  }

  /** Milliseconds left for Tesseract's monitor: at least 1 (0 would mean no deadline to it). */
  int remainingMillis() {
    long left = (end - System.nanoTime()) / 1_000_000;
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, left));
  }

  /** Refuses to start more work on the page once the deadline has passed. */
  void check() {
    if (passed()) {
      throw exceeded();
    }
  }

  OcrDeadlineException exceeded() {
    return new OcrDeadlineException(limit, Duration.ofNanos(System.nanoTime() - start));
  }
}
