package jp.gyomu.ocr;

import java.util.List;

/**
 * What one Tesseract pass read.
 *
 * @param words in reading order
 */
record Recognition(List<RecognisedWord> words) {

  // Upside-down text reads at about 40, clean upright print at 90 and more.
  private static final double CONFIDENT = 70;

  double meanConfidence() {
    return words.stream().mapToDouble(RecognisedWord::confidence).average().orElse(0);
  }

  /** Whether Tesseract was sure of what it read, as it is not for upside-down text. */
  boolean isConfident() {
    return !words.isEmpty() && meanConfidence() >= CONFIDENT;
  }
}
