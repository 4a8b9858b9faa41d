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

  // The defaults, written once: as text for the settings record's @DefaultValue (IntakeSettings),
  // and as DEFAULT for tools and tests. 2,700 megapixels hold 300 A4 pages at 300 dpi.
  public static final String DEFAULT_MAX_PAGES = "300";
  public static final String DEFAULT_MAX_PIXELS_PER_PAGE = "80000000";
  public static final String DEFAULT_MAX_DOCUMENT_MEGAPIXELS = "2700";

  /** The limits intake uses unless its settings ({@code gyomu.intake.*}) say otherwise. */
  public static final DocumentLimits DEFAULT =
      new DocumentLimits(
          Integer.parseInt(DEFAULT_MAX_PAGES),
          Long.parseLong(DEFAULT_MAX_PIXELS_PER_PAGE),
          Long.parseLong(DEFAULT_MAX_DOCUMENT_MEGAPIXELS) * 1_000_000L,
          64L << 20);

  public DocumentLimits {
    if (maxPages < 1 || maxPixelsPerPage < 1 || maxDocumentPixels < 1 || pdfMainMemoryBytes < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
