package jp.gyomu.pages;

import static jp.gyomu.pages.UnreadableDocumentException.Problem.CORRUPT;
import static jp.gyomu.pages.UnreadableDocumentException.Problem.ENCRYPTED;
import static jp.gyomu.pages.UnreadableDocumentException.Problem.TOO_LARGE;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.RenderDestination;

/**
 * A PDF read with PDFBox from the file (not from memory), its pages rasterised in 8-bit grey at
 * {@value #RENDER_DPI} dpi, which is what Tesseract reads best.
 */
final class PdfPageSource implements PageSource {

  static final int RENDER_DPI = 300;
  private static final float POINTS_PER_INCH = 72f;

  private final PDDocument document;
  private final PDFRenderer renderer;

  private PdfPageSource(PDDocument document) {
    this.document = document;
    this.renderer = new PDFRenderer(document);
  }

  static PdfPageSource open(Path file, DocumentLimits limits) {
    PDDocument document;
    try {
      // big files stay on disk; parsed streams beyond the memory budget go to temporary files
      document =
          Loader.loadPDF(
              new RandomAccessReadBufferedFile(file.toFile()),
              "",
              null,
              null,
              MemoryUsageSetting.setupMixed(limits.pdfMainMemoryBytes()).streamCache);
    } catch (InvalidPasswordException e) {
      throw new UnreadableDocumentException(
          ENCRYPTED,
          "The PDF is protected by a password. Ask the sender for a copy without a password.",
          e);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableDocumentException(
          CORRUPT, "The PDF is damaged and cannot be opened (" + e.getMessage() + ").", e);
    }
    if (document.getNumberOfPages() < 1) {
      closeQuietly(document);
      throw new UnreadableDocumentException(CORRUPT, "The PDF has no pages.");
    }
    try {
      refuseHugeImages(document, limits);
    } catch (RuntimeException e) {
      closeQuietly(document);
      throw e;
    }
    return new PdfPageSource(document);
  }

  /**
   * Rendering decodes every image of a page at full size, so a small page can hide a decompression
   * bomb. Checks the images a page draws directly (what scanners produce) from their dictionaries,
   * without decoding them. Pages beyond the page limit are left to {@link PageSource}'s check.
   */
  private static void refuseHugeImages(PDDocument document, DocumentLimits limits) {
    int pages = Math.min(document.getNumberOfPages(), limits.maxPages());
    for (int i = 0; i < pages; i++) {
      PDResources resources = document.getPage(i).getResources();
      if (resources == null) {
        continue;
      }
      for (COSName name : resources.getXObjectNames()) {
        COSBase object =
            resources.getCOSObject().getCOSDictionary(COSName.XOBJECT).getDictionaryObject(name);
        if (object instanceof COSDictionary image
            && COSName.IMAGE.equals(image.getCOSName(COSName.SUBTYPE))) {
          long pixels = (long) image.getInt(COSName.WIDTH, 0) * image.getInt(COSName.HEIGHT, 0);
          if (pixels > limits.maxPixelsPerPage()) {
            throw new UnreadableDocumentException(
                TOO_LARGE,
                String.format(
                    "Page %d of the PDF holds an image of %d x %d pixels; at most %d megapixels are"
                        + " accepted.",
                    i + 1,
                    image.getInt(COSName.WIDTH, 0),
                    image.getInt(COSName.HEIGHT, 0),
                    limits.maxPixelsPerPage() / 1_000_000));
          }
        }
      }
    }
  }

  @Override
  public DocumentFormat format() {
    return DocumentFormat.PDF;
  }

  @Override
  public int pageCount() {
    return document.getNumberOfPages();
  }

  /** The size PDFRenderer will give: crop box at the render scale, turned by /Rotate. */
  @Override
  public PageGeometry geometry(int pageIndex) {
    PDPage page = page(pageIndex);
    PDRectangle crop = page.getCropBox();
    float scale = RENDER_DPI / POINTS_PER_INCH;
    int width = (int) Math.max(Math.floor(crop.getWidth() * scale), 1);
    int height = (int) Math.max(Math.floor(crop.getHeight() * scale), 1);
    int rotation = ((page.getRotation() % 360) + 360) % 360;
    return rotation == 90 || rotation == 270
        ? new PageGeometry(height, width, RENDER_DPI)
        : new PageGeometry(width, height, RENDER_DPI);
  }

  @Override
  public PageImage render(int pageIndex) {
    page(pageIndex);
    try {
      return new PageImage(
          pageIndex,
          renderer.renderImage(
              pageIndex, RENDER_DPI / POINTS_PER_INCH, ImageType.GRAY, RenderDestination.EXPORT),
          RENDER_DPI);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableDocumentException(
          CORRUPT,
          "Page " + (pageIndex + 1) + " of the PDF cannot be rendered (" + e.getMessage() + ").",
          e);
    }
  }

  /**
   * The page's text (see {@link PdfTextLayer}); empty if the page has no text at all. Whether the
   * text is worth keeping is {@link TextLayerCheck}'s decision.
   */
  @Override
  public Optional<String> textLayer(int pageIndex) {
    page(pageIndex);
    try {
      String text = PdfTextLayer.extract(document, pageIndex);
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableDocumentException(
          CORRUPT,
          "The text of page "
              + (pageIndex + 1)
              + " of the PDF cannot be read ("
              + e.getMessage()
              + ").",
          e);
    }
  }

  @Override
  public Optional<String> ignoredContent() {
    return PdfActiveContent.describe(document);
  }

  @Override
  public void close() {
    closeQuietly(document);
  }

  private PDPage page(int pageIndex) {
    if (pageIndex < 0 || pageIndex >= pageCount()) {
      throw new IndexOutOfBoundsException("page " + pageIndex + " of " + pageCount());
    }
    return document.getPage(pageIndex);
  }

  private static void closeQuietly(PDDocument document) {
    try {
      document.close();
    } catch (IOException ignored) {
      // the file handle is released either way
    }
  }
}
