package jp.gyomu.ocr;

import java.awt.image.BufferedImage;

/** Reads the text of one page image. Implementations must be safe to call from many threads. */
public interface OcrEngine {

  /**
   * @param page the page as scanned or rendered (any orientation, slightly skewed is fine)
   * @param dpi the image's resolution; low resolutions are upscaled before reading
   * @param languages Tesseract languages, e.g. {@code jpn} or {@code eng}
   */
  PageText read(BufferedImage page, int dpi, String languages);
}
