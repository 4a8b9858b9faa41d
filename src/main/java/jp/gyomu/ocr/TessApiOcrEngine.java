package jp.gyomu.ocr;

import com.sun.jna.Native;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import net.sourceforge.tess4j.TessAPI;

/**
 * OCR with Tesseract through Tess4J's low-level JNA bindings to the system's libtesseract (Tess4J's
 * high-level class does not work with Debian's Leptonica).
 *
 * <p>Each page is turned upright (orientation detection), checked for vertical Japanese, deskewed
 * and, below {@link OcrSettings#minDpi()}, upscaled; then read by a pooled Tesseract handle. Word
 * boxes are reported on the upright page at the given resolution, so they can be drawn on the page
 * as a person sees it. At most {@link OcrSettings#maxConcurrentPages()} pages are read at once,
 * further callers wait; each of those readers keeps its own handle per language set.
 */
public final class TessApiOcrEngine implements OcrEngine, AutoCloseable {

  /** Japanese alone: {@code jpn+eng} turns Japanese lines into Latin gibberish. */
  public static final String DEFAULT_LANGUAGES = "jpn";

  private static final String HORIZONTAL_JAPANESE = "jpn";
  private static final String VERTICAL_JAPANESE = "jpn_vert";

  private final OcrSettings settings;
  private final TesseractHandlePool handles;
  private final Semaphore pages;
  private final OrientationDetector orientation;
  private final SkewEstimator skew;

  public TessApiOcrEngine(OcrSettings settings) {
    this.settings = settings;
    TessAPI api = Native.load(settings.tesseractLibrary(), TessAPI.class);
    this.handles = new TesseractHandlePool(api, settings.tessdataDir());
    this.pages = new Semaphore(settings.maxConcurrentPages(), true);
    this.orientation = new OrientationDetector(handles);
    this.skew = new SkewEstimator(settings.maxSkewDegrees());
  }

  @Override
  public PageText read(BufferedImage page, int dpi, String languages) {
    if (dpi <= 0) {
      throw new IllegalArgumentException("dpi must be positive: " + dpi);
    }
    pages.acquireUninterruptibly();
    try {
      return readPage(
          page,
          dpi,
          languages == null || languages.isBlank() ? DEFAULT_LANGUAGES : languages.strip());
    } finally {
      pages.release();
    }
  }

  private PageText readPage(BufferedImage page, int dpi, String requested) {
    BufferedImage grey = Greyscale.of(page);
    int rotation = settings.detectOrientation() ? orientation.correctionDegrees(grey, dpi) : 0;
    BufferedImage upright = QuarterTurns.clockwise(grey, rotation);
    InkSample ink = InkSample.of(upright);
    boolean vertical =
        languageList(requested).contains(VERTICAL_JAPANESE)
            || (languageList(requested).contains(HORIZONTAL_JAPANESE)
                && VerticalTextDetector.isVertical(ink));
    String languages = vertical ? verticalVariant(requested) : requested;
    double skewDegrees = skew.skewDegrees(ink, vertical);
    double scale = dpi < settings.minDpi() ? (double) settings.targetDpi() / dpi : 1;
    PreparedPage prepared = PageStraightener.prepare(upright, dpi, -skewDegrees, scale);

    List<RecognisedWord> recognised =
        handles.withHandle(languages, h -> h.recognise(prepared.image(), prepared.dpi()));
    List<OcrWord> words =
        recognised.stream()
            .map(w -> new OcrWord(w.text(), w.confidence(), prepared.toUpright(w.box())))
            .toList();
    return new PageText(
        PageTextAssembler.text(recognised, vertical),
        words,
        meanConfidence(words),
        upright.getWidth(),
        upright.getHeight(),
        dpi,
        rotation,
        skewDegrees == 0 ? 0 : -skewDegrees,
        languages);
  }

  /** Handles opened so far for a language set, e.g. {@code jpn} or {@code osd}. */
  long openedHandles(String languages) {
    return handles.openedHandles(languages);
  }

  private static List<String> languageList(String languages) {
    return Arrays.asList(languages.split("\\+"));
  }

  private static String verticalVariant(String languages) {
    return languageList(languages).stream()
        .map(l -> l.equals(HORIZONTAL_JAPANESE) ? VERTICAL_JAPANESE : l)
        .collect(Collectors.joining("+"));
  }

  private static float meanConfidence(List<OcrWord> words) {
    return words.isEmpty()
        ? 0
        : (float) words.stream().mapToDouble(OcrWord::confidence).average().orElse(0);
  }

  /** Waits for pages being read, then ends every Tesseract handle. */
  @Override
  public void close() {
    pages.acquireUninterruptibly(settings.maxConcurrentPages());
    handles.close();
  }
}
