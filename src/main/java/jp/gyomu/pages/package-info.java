/**
 * Input files as pages, and searchable PDFs out: the library intake reads documents with. Depends
 * on {@code ocr} only, not on Spring, Camel or Camunda, nor on the rest of Gyomu.
 *
 * <ul>
 *   <li>{@link jp.gyomu.pages.PageSource#open} recognises a file by its first bytes ({@link
 *       jp.gyomu.pages.DocumentFormat}: PNG, JPEG, TIFF, BMP, PDF), checks page count and pixels
 *       against {@link jp.gyomu.pages.DocumentLimits} from headers alone, and decodes one page at a
 *       time ({@link jp.gyomu.pages.PageImage}, {@link jp.gyomu.pages.PageGeometry}); a file it
 *       refuses raises {@link jp.gyomu.pages.UnreadableDocumentException} with a reason a clerk can
 *       act on. PDFs are read with PDFBox ({@code PdfPageSource}: text layer, ignored scripts and
 *       attachments), images with ImageIO ({@code ImagePageSource}, {@code ImageResolution}).
 *   <li>{@link jp.gyomu.pages.PageTextReader} keeps a PDF page's own text where it is real text
 *       ({@code TextLayerCheck}) and runs OCR otherwise.
 *   <li>{@link jp.gyomu.pages.SearchablePdfWriter} writes page images with an invisible text layer
 *       ({@code GlyphlessFont}, {@code TextLines}; decision 0002).
 *   <li>{@link jp.gyomu.pages.FileNames} makes names from outside (uploads, a PDF's attachments)
 *       safe to show and to store.
 * </ul>
 *
 * <p>Documents, their states, the store and the pipeline that uses this library are {@code
 * ingestion}'s.
 */
package jp.gyomu.pages;
