package jp.gyomu.ocr;

import java.awt.Rectangle;

/**
 * One recognised word (for Japanese often a single character or a short run).
 *
 * @param text the word as read, after Japanese clean-up
 * @param confidence Tesseract's confidence, 0 to 100
 * @param box where it stands, in pixels of the page image as given to the engine (after rotation)
 */
public record OcrWord(String text, float confidence, Rectangle box) {}
