package jp.gyomu.pages;

/**
 * Decides whether a PDF page's own text is real text worth keeping instead of running OCR.
 *
 * <p>A scanned page often carries a few characters of text (a header stamped by the scanner, a page
 * number: {@code Test 1} on a screenshot PDF), and a PDF with a broken font encoding yields symbols
 * or replacement characters. Real text has at least {@link #MIN_READABLE_CHARACTERS} letters or
 * digits (any script), and they make up at least {@link #MIN_READABLE_SHARE} of its visible
 * characters.
 */
final class TextLayerCheck {

  static final int MIN_READABLE_CHARACTERS = 40;
  static final double MIN_READABLE_SHARE = 0.6;

  private TextLayerCheck() {}

  static boolean isRealText(String text) {
    if (text == null) {
      return false;
    }
    long visible = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    // replacement and private-use characters (fonts without a usable ToUnicode map) do not count
    long readable = text.codePoints().filter(Character::isLetterOrDigit).count();
    return readable >= MIN_READABLE_CHARACTERS && readable >= MIN_READABLE_SHARE * visible;
  }
}
