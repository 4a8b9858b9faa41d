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
}
