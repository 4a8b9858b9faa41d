package jp.gyomu.ocr;

/**
 * Whether the text lines of a page run across or down: the ink of lines bunches into rows with
 * white between them, or into columns. Lines run down on vertical Japanese pages and on pages
 * scanned sideways.
 */
final class LineDirection {

  // Columns must stand out clearly more than rows: horizontal upright pages are the common case.
  private static final double MARGIN = 1.15;

  private LineDirection() {}

  static boolean runsDown(InkSample ink) {
    return ink.lineContrast(true) > MARGIN * ink.lineContrast(false);
  }
}
