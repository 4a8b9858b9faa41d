package jp.gyomu.testdocs;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A generated page and what is written on it.
 *
 * @param image the degraded page, 8-bit grey
 * @param dpi its resolution
 * @param lines every text drawn, in reading order, with its box on the page before skew
 */
public record TestDocument(BufferedImage image, int dpi, List<DrawnText> lines) {

  /** One line of text as drawn: a title, a field row ("label value") or a paragraph line. */
  public record DrawnText(String text, Rectangle box) {}

  /** The ground truth: the drawn lines, one per line. */
  public String groundTruth() {
    return lines.stream().map(DrawnText::text).collect(Collectors.joining("\n", "", "\n"));
  }
}
