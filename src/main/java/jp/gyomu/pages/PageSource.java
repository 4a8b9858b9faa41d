package jp.gyomu.pages;

import static jp.gyomu.pages.UnreadableDocumentException.Problem.CORRUPT;
import static jp.gyomu.pages.UnreadableDocumentException.Problem.TOO_LARGE;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The pages of one input file, decoded one at a time on request. Opening reads only headers: page
 * count and every page's pixel size are known (and checked against {@link DocumentLimits}) before
 * any page is decoded, so a decompression bomb is refused without allocating it.
 *
 * <p>Not thread-safe: one source per document and worker. Close it to release the file.
 */
public interface PageSource extends Closeable {

  /**
   * Opens a file by its content type.
   *
   * @throws UnreadableDocumentException if the type is unsupported, the file is encrypted, corrupt
   *     or beyond the limits
   */
  static PageSource open(Path file, DocumentLimits limits) {
    DocumentFormat format = DocumentFormat.detect(readHead(file));
    PageSource source =
        format == DocumentFormat.PDF
            ? PdfPageSource.open(file, limits)
            : ImagePageSource.open(file, format);
    try {
      checkLimits(source, limits);
      return source;
    } catch (RuntimeException e) {
      closeQuietly(source, e);
      throw e;
    }
  }

  static PageSource open(Path file) {
    return open(file, DocumentLimits.DEFAULT);
  }

  DocumentFormat format();

  int pageCount();

  /** Pixel size and resolution of the image {@link #render} will return, read from headers only. */
  PageGeometry geometry(int pageIndex);

  /**
   * Decodes (images) or rasterises (PDF, 8-bit grey) one page.
   *
   * @throws UnreadableDocumentException with {@code CORRUPT} if the page data is damaged or
   *     truncated
   */
  PageImage render(int pageIndex);

  /** The page's own text (a PDF text layer), cleaned of spaces between CJK characters. */
  default Optional<String> textLayer(int pageIndex) {
    return Optional.empty();
  }

  /**
   * What the file carries besides its pages that Gyomu ignores (a PDF's scripts and attached
   * files), in words for the document's history; empty when there is nothing. Read from the file's
   * structure: nothing is run or extracted.
   */
  default Optional<String> ignoredContent() {
    return Optional.empty();
  }

  /** All pages in order, each decoded only when the iteration reaches it. */
  default Iterable<PageImage> pages() {
    return () ->
        new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < pageCount();
          }

          @Override
          public PageImage next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return render(next++);
          }
        };
  }

  @Override
  void close();

  private static byte[] readHead(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(DocumentFormat.HEAD_LENGTH);
    } catch (IOException e) {
      throw new UnreadableDocumentException(
          CORRUPT, "The file cannot be read: " + e.getMessage(), e);
    }
  }

  private static void checkLimits(PageSource source, DocumentLimits limits) {
    if (source.pageCount() > limits.maxPages()) {
      throw new UnreadableDocumentException(
          TOO_LARGE,
          "The document has "
              + source.pageCount()
              + " pages; at most "
              + limits.maxPages()
              + " are accepted. Split it into smaller files.");
    }
    long total = 0;
    for (int i = 0; i < source.pageCount(); i++) {
      PageGeometry page = source.geometry(i);
      total += page.pixels();
      if (page.pixels() > limits.maxPixelsPerPage()) {
        throw new UnreadableDocumentException(
            TOO_LARGE,
            String.format(
                "Page %d is %d x %d pixels (%d megapixels); at most %d megapixels are accepted."
                    + " Scan at 300 dpi or use a smaller paper size.",
                i + 1,
                page.width(),
                page.height(),
                page.pixels() / 1_000_000,
                limits.maxPixelsPerPage() / 1_000_000));
      }
    }
    if (total > limits.maxDocumentPixels()) {
      throw new UnreadableDocumentException(
          TOO_LARGE,
          String.format(
              "The document's %d pages hold %d megapixels in all; at most %d megapixels are read"
                  + " per document. Split it into smaller files, scan at 300 dpi or use a smaller"
                  + " paper size.",
              source.pageCount(), total / 1_000_000, limits.maxDocumentPixels() / 1_000_000));
    }
  }

  private static void closeQuietly(PageSource source, RuntimeException failure) {
    try {
      source.close();
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }
}
