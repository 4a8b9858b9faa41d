/**
 * OCR of page images: {@link jp.gyomu.ocr.OcrEngine} and its Tesseract implementation {@link
 * jp.gyomu.ocr.TessApiOcrEngine}. Depends on nothing else in Gyomu, nor on Spring or Camunda.
 *
 * <p>Use one engine for the whole application and close it on shutdown:
 *
 * <pre>{@code
 * OcrEngine ocr = new TessApiOcrEngine(OcrSettings.defaults());
 * PageText page = ocr.read(image, 300, TessApiOcrEngine.DEFAULT_LANGUAGES);
 * }</pre>
 *
 * <p>What happens to a page, cheapest first:
 *
 * <ol>
 *   <li>8-bit grey ({@code Greyscale}); only visibly noisy scans get a 3 x 3 median filter ({@code
 *       Despeckle}); ink sampled on a coarse grid ({@code InkSample}).
 *   <li>Lines running down ({@code LineDirection}) with Japanese requested: vertical Japanese, read
 *       with {@code jpn_vert}.
 *   <li>Deskew by projection-profile search up to {@link jp.gyomu.ocr.OcrSettings#maxSkewDegrees()}
 *       ({@code SkewEstimator}); upscale below {@link jp.gyomu.ocr.OcrSettings#minDpi()}; both in
 *       one interpolation ({@code PageStraightener}).
 *   <li>Read by a pooled Tesseract handle ({@code TesseractHandlePool}). When that reading is kept,
 *       ink no word covers (once table rules are taken away), such as a form's title the layout
 *       analysis dropped, is read patch by patch and kept if confident ({@code MissedInk}, {@code
 *       MissedText}).
 *   <li>Only when that reading is not confident, or its lines ran down without being vertical
 *       Japanese: Tesseract's orientation detection ({@code osd}) and, if the page is turned, a
 *       second reading of the page turned upright.
 *   <li>Headings put first ({@code ReadingOrder}), CJK spaces dropped ({@code PageTextAssembler}),
 *       yen amounts' misreads undone for Japanese ({@code YenAmounts}), boxes mapped back to the
 *       upright page at the caller's resolution ({@code PreparedPage}).
 * </ol>
 *
 * <p>Needs the system's libtesseract 5 (Debian: {@code libtesseract5}, found by its versioned name,
 * {@code libtesseract-dev} not needed) and traineddata {@code jpn jpn_vert osd} (plus {@code eng}
 * for English pages); set {@code OMP_THREAD_LIMIT=1} in the environment of the JVM.
 */
package jp.gyomu.ocr;
