package jp.gyomu.ocr;

import java.util.List;

/**
 * What OCR (or a PDF's own text layer) found on one page.
 *
 * @param text the page's text, lines separated by newlines, no spurious spaces between CJK
 *     characters
 * @param words words with boxes and confidence, in reading order (empty for a text-layer page)
 * @param meanConfidence mean word confidence 0-100; 100 for a born-digital text layer
 * @param width width of the page image the boxes refer to, in pixels
 * @param height height of that image, in pixels
 * @param dpi resolution of that image
 * @param rotationDegrees clockwise rotation applied before reading (0, 90, 180, 270)
 * @param skewDegrees small-angle deskew applied before reading
 * @param languages the Tesseract languages used, e.g. {@code jpn} or {@code jpn_vert}; {@code
 *     text-layer} when no OCR ran
 */
public record PageText(
    String text,
    List<OcrWord> words,
    float meanConfidence,
    int width,
    int height,
    int dpi,
    int rotationDegrees,
    double skewDegrees,
    String languages) {}
