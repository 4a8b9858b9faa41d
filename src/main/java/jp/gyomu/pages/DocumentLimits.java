package jp.gyomu.pages;

/**
 * What intake agrees to decode, checked from headers before any pixel is allocated.
 *
 * @param maxPages pages per document
 * @param maxPixelsPerPage width x height of one page image; the default (80 million) admits A3 at
 *     600 dpi or A1 at 300 dpi and keeps a decoded grey page under 80 MB
 * @param maxDocumentPixels the pixels of all pages together: what reading the document costs
 * @param pdfMainMemoryBytes how much of a PDF PDFBox may buffer in memory before it uses temporary
 *     files
 */
public record DocumentLimits(
    int maxPages, long maxPixelsPerPage, long maxDocumentPixels, long pdfMainMemoryBytes) {

  /** For tools and tests; intake takes its limits from its settings ({@code gyomu.intake.*}). */
  public static final DocumentLimits DEFAULT =
      new DocumentLimits(500, 80_000_000L, 500 * 80_000_000L, 64L << 20);

  public DocumentLimits {
    if (maxPages < 1 || maxPixelsPerPage < 1 || maxDocumentPixels < 1 || pdfMainMemoryBytes < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
