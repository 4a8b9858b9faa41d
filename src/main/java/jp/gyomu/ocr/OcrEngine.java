package jp.gyomu.ocr;

import java.awt.image.BufferedImage;
import java.time.Duration;

/** Reads the text of one page image. Implementations must be safe to call from many threads. */
public interface OcrEngine {

  /**
   * Reads a page within the engine's own page deadline.
   *
   * @param page the page as scanned or rendered (any orientation, slightly skewed is fine)
   * @param dpi the image's resolution; low resolutions are upscaled before reading
   * @param languages Tesseract languages, e.g. {@code jpn} or {@code eng}
   * @throws OcrDeadlineException if the page is still being read at its deadline
   */
  default PageText read(BufferedImage page, int dpi, String languages) {
    return read(page, dpi, languages, OcrSettings.NO_DEADLINE);
  }

  /**
   * Reads a page within {@code timeLeft} or the engine's own page deadline, whichever is shorter (a
   * document's budget running out cuts its last page short).
   *
   * @throws OcrDeadlineException if the page is still being read at that deadline
   */
  PageText read(BufferedImage page, int dpi, String languages, Duration timeLeft);
}
