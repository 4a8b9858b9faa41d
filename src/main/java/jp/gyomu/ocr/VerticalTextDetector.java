package jp.gyomu.ocr;

/**
 * Tells vertical Japanese (lines top to bottom) from horizontal text on an upright page: the ink of
 * vertical text bunches into columns with white between them, horizontal text into rows.
 */
final class VerticalTextDetector {

  // Columns must stand out clearly more than rows: horizontal pages are the common case.
  private static final double MARGIN = 1.15;

  private VerticalTextDetector() {}

  static boolean isVertical(InkSample ink) {
    return ink.lineContrast(true) > MARGIN * ink.lineContrast(false);
  }
}
