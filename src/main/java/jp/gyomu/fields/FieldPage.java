package jp.gyomu.fields;

import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.function.Supplier;
import jp.gyomu.ocr.PageText;

/**
 * One page as field reading sees it: what OCR read, and the upright page image its word boxes refer
 * to. Check boxes, codes and registration to a reference page need the pixels; the image is loaded
 * only when a field asks for it, and at most once.
 */
public final class FieldPage {

  private final PageText text;
  private final Supplier<BufferedImage> loader;
  private BufferedImage image;
  private boolean loaded;

  private FieldPage(PageText text, Supplier<BufferedImage> loader) {
    this.text = text;
    this.loader = loader;
  }

  /**
   * @param image the upright page image (boxes are in its pixels); may return null when there is
   *     none (a PDF's text layer)
   */
  public static FieldPage of(PageText text, Supplier<BufferedImage> image) {
    return new FieldPage(text, image);
  }

  public static FieldPage of(PageText text, BufferedImage image) {
    return new FieldPage(text, () -> image);
  }

  /** A page without pixels: fields read from boxes (check boxes, codes) are missing on it. */
  public static FieldPage textOnly(PageText text) {
    return new FieldPage(text, () -> null);
  }

  public PageText text() {
    return text;
  }

  public synchronized Optional<BufferedImage> image() {
    if (!loaded) {
      image = loader.get();
      loaded = true;
    }
    return Optional.ofNullable(image);
  }
}
