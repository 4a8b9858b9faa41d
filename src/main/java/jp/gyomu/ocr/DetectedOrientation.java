package jp.gyomu.ocr;

/**
 * What Tesseract's orientation detection saw.
 *
 * @param degrees how far the page is turned counter-clockwise: 0, 90, 180 or 270
 * @param confidence Tesseract's orientation confidence (above about 2 is a clear call)
 * @param script the dominant script, e.g. {@code Latin}, {@code Japanese}, {@code Han}
 */
record DetectedOrientation(int degrees, float confidence, String script) {

  static final DetectedOrientation UNKNOWN = new DetectedOrientation(0, 0, "");

  /** The clockwise turn that makes the page upright. */
  int correctionDegrees() {
    return Math.floorMod(360 - degrees, 360);
  }
}
