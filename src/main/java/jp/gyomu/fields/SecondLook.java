package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import jp.gyomu.ocr.OcrWord;

/**
 * Reads one region of a page image again as a single line with a second OCR model: a field's second
 * opinion on a value the first reading was unsure of ({@link ValueSecondOpinion}).
 */
@FunctionalInterface
public interface SecondLook {

  /** No second look: values stay as first read. */
  SecondLook NONE = (image, dpi, region) -> List.of();

  /**
   * @param image the upright page image the value's box refers to
   * @param region in the image's pixels
   * @return the words read, boxes in the image's pixels; none when nothing was read
   */
  List<OcrWord> readLine(BufferedImage image, int dpi, Rectangle region);

  /**
   * The region read as one line by the model the page was read with (a third, independent reading:
   * a crop has none of the page's layout); none when this look has no such reader.
   *
   * @param languages the page's OCR languages ({@code jpn})
   */
  default List<OcrWord> readLineAsPage(
      BufferedImage image, int dpi, Rectangle region, String languages) {
    return List.of();
  }

  /**
   * The region read as one line by this look's model, restricted to {@code characters} (the
   * characters of a closed set's options); none when this look has no such reader.
   */
  default List<OcrWord> readLineAmong(
      BufferedImage image, int dpi, Rectangle region, String characters) {
    return List.of();
  }

  /** Reads a region as one line by the named model, restricted to some characters or to none. */
  @FunctionalInterface
  interface LineReader {
    /**
     * @param characters the only characters the reading may hold, or empty for any
     */
    List<OcrWord> read(
        BufferedImage image, int dpi, Rectangle region, String model, String characters);
  }

  /** A look that reads by {@code model}, and by the page's own languages when asked. */
  static SecondLook by(LineReader reader, String model) {
    return new SecondLook() {
      @Override
      public List<OcrWord> readLine(BufferedImage image, int dpi, Rectangle region) {
        return reader.read(image, dpi, region, model, "");
      }

      @Override
      public List<OcrWord> readLineAmong(
          BufferedImage image, int dpi, Rectangle region, String characters) {
        return reader.read(image, dpi, region, model, characters);
      }

      @Override
      public List<OcrWord> readLineAsPage(
          BufferedImage image, int dpi, Rectangle region, String languages) {
        return reader.read(image, dpi, region, languages, "");
      }
    };
  }
}
