package jp.gyomu.ocr;

import java.awt.Rectangle;

/**
 * A word as Tesseract returns it, before clean-up.
 *
 * @param box in pixels of the image Tesseract read
 * @param block number of the layout block (paragraph region) Tesseract put the word in
 * @param line number of the text line (a column for vertical text) the word belongs to
 */
record RecognisedWord(String text, float confidence, Rectangle box, int block, int line) {}
