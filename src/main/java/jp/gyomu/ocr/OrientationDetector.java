package jp.gyomu.ocr;

import java.awt.image.BufferedImage;

/** Finds pages scanned sideways or upside down with Tesseract's orientation detection (osd). */
final class OrientationDetector {

  static final String OSD = "osd";

  // Upright pages score up to about 1 for a wrong turn; rotated pages score 9 and more.
  private static final float MIN_CONFIDENCE = 2.0f;

  private final TesseractHandlePool handles;

  OrientationDetector(TesseractHandlePool handles) {
    this.handles = handles;
  }

  /** The clockwise turn (0, 90, 180, 270) that makes the page upright; 0 when unsure. */
  int correctionDegrees(BufferedImage grey, int dpi) {
    DetectedOrientation detected = handles.withHandle(OSD, h -> h.detectOrientation(grey, dpi));
    return detected.confidence() >= MIN_CONFIDENCE ? detected.correctionDegrees() : 0;
  }
}
