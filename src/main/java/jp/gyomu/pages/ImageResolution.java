package jp.gyomu.pages;

import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The resolution of an image file: from its metadata when that is plausible for a scan, otherwise
 * estimated from the pixel size.
 *
 * <p>Metadata below 100 dpi is not trusted: 72 and 96 dpi are what many programs write when they do
 * not know. The estimate assumes an office page: an image with the proportions of A4 or Letter
 * (within 3 %) is a whole page, so its long side divided by the paper's long side in inches gives
 * the resolution, snapped to the nearest usual scanner setting; anything else (a cropped photo, a
 * snippet) is assumed to be 300 dpi, the usual scanner default.
 */
final class ImageResolution {

  static final int ASSUMED_DPI = 300;
  private static final int[] SCANNER_SETTINGS = {100, 150, 200, 240, 300, 400, 600, 1200};
  private static final double A4_LONG_INCHES = 297 / 25.4;
  private static final double A4_SHORT_INCHES = 210 / 25.4;
  private static final double LETTER_LONG_INCHES = 11;
  private static final double LETTER_SHORT_INCHES = 8.5;

  private ImageResolution() {}

  static int of(IIOMetadata metadata, int width, int height) {
    int stated = fromMetadata(metadata);
    return stated >= 100 && stated <= 2400 ? stated : estimate(width, height);
  }

  static int estimate(int width, int height) {
    int longSide = Math.max(width, height);
    double aspect = (double) longSide / Math.max(1, Math.min(width, height));
    if (near(aspect, A4_LONG_INCHES / A4_SHORT_INCHES)) {
      return snap(longSide / A4_LONG_INCHES);
    }
    if (near(aspect, LETTER_LONG_INCHES / LETTER_SHORT_INCHES)) {
      return snap(longSide / LETTER_LONG_INCHES);
    }
    return ASSUMED_DPI;
  }

  private static boolean near(double aspect, double paperAspect) {
    return Math.abs(aspect / paperAspect - 1) < 0.03;
  }

  private static int snap(double dpi) {
    for (int setting : SCANNER_SETTINGS) {
      if (Math.abs(dpi / setting - 1) < 0.08) {
        return setting;
      }
    }
    return (int) Math.round(dpi);
  }

  /** Reads the plugin-neutral metadata tree; 0 when the file states no resolution. */
  private static int fromMetadata(IIOMetadata metadata) {
    if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
      return 0;
    }
    Element root = (Element) metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
    NodeList sizes = root.getElementsByTagName("HorizontalPixelSize");
    if (sizes.getLength() == 0) {
      return 0;
    }
    try {
      double millimetresPerPixel =
          Double.parseDouble(((Element) sizes.item(0)).getAttribute("value"));
      return millimetresPerPixel > 0 ? (int) Math.round(25.4 / millimetresPerPixel) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
