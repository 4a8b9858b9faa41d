package jp.gyomu.pages;

import java.awt.image.BufferedImage;

/**
 * One decoded page, ready for OCR.
 *
 * @param index zero-based page number in its document
 * @param image the pixels (8-bit grey for rendered PDF pages; as stored for image files)
 * @param dpi the image's resolution
 */
public record PageImage(int index, BufferedImage image, int dpi) {}
