package jp.gyomu.pages;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.gyomu.ocr.OcrEngine;
import jp.gyomu.ocr.PageText;

/**
 * Gets the text of one page: from the PDF's own text layer when that is real text (born-digital
 * pages need no OCR and lose nothing to it), otherwise by rendering the page and running OCR.
 */
public final class PageTextReader {

  /** {@link PageText#languages()} of a page whose text came from its text layer. */
  public static final String TEXT_LAYER = "text-layer";

  private final OcrEngine engine;
  private final boolean forceOcr;

  /**
   * @param forceOcr OCR every page even if it has a text layer (for PDFs whose text layer is known
   *     to be wrong, e.g. produced by a poor OCR elsewhere)
   */
  public PageTextReader(OcrEngine engine, boolean forceOcr) {
    this.engine = engine;
    this.forceOcr = forceOcr;
  }

  /**
   * @param languages Tesseract languages for OCR, e.g. {@code jpn}
   * @param timeLeft what is left of the document's time budget; OCR stops when it runs out
   * @return the text, and the page image when OCR ran (for the searchable PDF and the review UI)
   * @throws jp.gyomu.ocr.OcrDeadlineException if OCR ran past its deadline
   */
  public ReadPage read(PageSource source, int pageIndex, String languages, Duration timeLeft) {
    if (!forceOcr) {
      Optional<String> layer = source.textLayer(pageIndex).filter(TextLayerCheck::isRealText);
      if (layer.isPresent()) {
        PageGeometry geometry = source.geometry(pageIndex);
        PageText text =
            new PageText(
                layer.get(),
                List.of(),
                100,
                geometry.width(),
                geometry.height(),
                geometry.dpi(),
                0,
                0,
                TEXT_LAYER);
        return new ReadPage(text, Optional.empty());
      }
    }
    PageImage image = source.render(pageIndex);
    return new ReadPage(
        engine.read(image.image(), image.dpi(), languages, timeLeft), Optional.of(image));
  }

  /**
   * @param text what the page says
   * @param image the rendered page if OCR read it; empty when the text layer was kept
   */
  public record ReadPage(PageText text, Optional<PageImage> image) {}
}
