package jp.gyomu.ocr;

import com.sun.jna.Native;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.sourceforge.tess4j.TessAPI;

/**
 * OCR with Tesseract through Tess4J's low-level JNA bindings to the system's libtesseract (Tess4J's
 * high-level class does not work with Debian's Leptonica).
 *
 * <p>Each page is turned upright (orientation detection), checked for vertical Japanese, deskewed
 * and, below {@link OcrSettings#minDpi()}, upscaled; then read by a pooled Tesseract handle. Word
 * boxes are reported on the upright page at the given resolution, so they can be drawn on the page
 * as a person sees it: {@link PageText#rotationDegrees()} is the clockwise quarter turn applied,
 * {@link PageText#skewDegrees()} the clockwise deskew applied after it (negative:
 * counter-clockwise), and boxes are not deskewed. At most {@link OcrSettings#maxConcurrentPages()}
 * pages are read at once, further callers wait; each of those readers keeps its own handle per
 * language set.
 *
 * <p>Each page has a deadline ({@link OcrSettings#pageDeadline()}, counted from when its reading
 * starts): Tesseract's monitor stops recognition at it, and no further step of the page starts
 * after it. Layout analysis and orientation detection cannot be stopped midway; they take seconds
 * even on the largest page admitted, so a page overruns its deadline by that much at most.
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
  private final OcrPhases phases = new OcrPhases();
  private final SecondOpinion secondOpinion;
  private volatile boolean closed;

  public TessApiOcrEngine(OcrSettings settings) {
    this.settings = settings;
    TessAPI api = Native.load(settings.tesseractLibrary(), TessAPI.class);
    this.handles = new TesseractHandlePool(api, settings.tessdataDir());
    this.pages = new Semaphore(settings.maxConcurrentPages(), true);
    this.orientation = new OrientationDetector(handles);
    this.skew = new SkewEstimator(settings.maxSkewDegrees());
    this.secondOpinion = SecondOpinion.of(settings.secondOpinion(), api);
  }

  @Override
  public PageText read(BufferedImage page, int dpi, String languages, Duration timeLeft) {
    if (dpi <= 0) {
      throw new IllegalArgumentException("dpi must be positive: " + dpi);
    }
    if (closed) {
      throw new IllegalStateException("OCR engine is closed");
    }
    pages.acquireUninterruptibly();
    try {
      Duration limit =
          timeLeft.compareTo(settings.pageDeadline()) < 0 ? timeLeft : settings.pageDeadline();
      return readPage(
          page,
          dpi,
          languages == null || languages.isBlank() ? DEFAULT_LANGUAGES : languages.strip(),
          Deadline.after(limit));
    } finally {
      pages.release();
    }
  }

  private PageText readPage(BufferedImage page, int dpi, String languages, Deadline deadline) {
    long start = System.nanoTime();
    BufferedImage grey = Despeckle.ifNoisy(Greyscale.of(page));
    InkSample inkAsGiven = InkSample.of(grey);
    phases.add(OcrPhases.Phase.PREPARE, start);
    // Lines that run down mean vertical Japanese or a page fed sideways. Asking the orientation
    // detector first spares a sideways page a whole reading as vertical text that is thrown away
    // (about twice what detection costs a vertical page).
    Integer detected = null;
    if (settings.detectOrientation()
        && !languageList(languages).contains(VERTICAL_JAPANESE)
        && LineDirection.runsDown(inkAsGiven)) {
      detected = detectOrientation(grey, dpi, deadline);
      if (detected == 90 || detected == 270) {
        return readTurned(grey, detected, dpi, languages, deadline, null).page();
      }
    }
    Attempt asGiven = readTurned(grey, 0, dpi, languages, deadline, inkAsGiven);
    // Orientation detection costs about as much as reading a small page: only pages that do not
    // read clearly as upright text pay for it.
    if (!settings.detectOrientation() || asGiven.readsUpright()) {
      return asGiven.page();
    }
    int rotation = detected != null ? detected : detectOrientation(grey, dpi, deadline);
    return rotation == 0
        ? asGiven.page()
        : readTurned(grey, rotation, dpi, languages, deadline, null).page();
  }

  private int detectOrientation(BufferedImage grey, int dpi, Deadline deadline) {
    deadline.check();
    long osd = System.nanoTime();
    int rotation = orientation.correctionDegrees(grey, dpi);
    phases.add(OcrPhases.Phase.ORIENTATION, osd);
    return rotation;
  }

  /**
   * @param inkAsGiven the page's ink sample when {@code rotation} is 0 and it is known, else null
   */
  private Attempt readTurned(
      BufferedImage grey,
      int rotation,
      int dpi,
      String requested,
      Deadline deadline,
      InkSample inkAsGiven) {
    long start = System.nanoTime();
    // The page as given is read as it is: a quarter turn of 0 would copy every pixel.
    BufferedImage upright = rotation == 0 ? grey : QuarterTurns.clockwise(grey, rotation);
    InkSample ink = inkAsGiven != null ? inkAsGiven : InkSample.of(upright);
    boolean linesRunDown = LineDirection.runsDown(ink);
    boolean vertical =
        languageList(requested).contains(VERTICAL_JAPANESE)
            || (languageList(requested).contains(HORIZONTAL_JAPANESE) && linesRunDown);
    String languages = vertical ? verticalVariant(requested) : requested;
    boolean japanese = languageList(languages).contains(HORIZONTAL_JAPANESE);
    double skewDegrees = skew.skewDegrees(ink, vertical);
    double scale = settings.readingScale(dpi);
    phases.add(OcrPhases.Phase.PREPARE, start);
    long straighten = System.nanoTime();
    PreparedPage prepared = PageStraightener.prepare(upright, dpi, -skewDegrees, scale);
    phases.add(OcrPhases.Phase.DESKEW, straighten);

    boolean horizontal = !vertical && !linesRunDown;
    Recognition firstReading =
        handles.withHandle(
            languages,
            h -> {
              long recognise = System.nanoTime();
              Recognition read = h.recognise(prepared.image(), prepared.dpi(), deadline);
              phases.add(OcrPhases.Phase.RECOGNITION, recognise);
              // Only a reading that will be kept is worth completing.
              if (!horizontal || !read.isConfident()) {
                return read;
              }
              long second = System.nanoTime();
              Recognition completed =
                  MissedText.add(read, h, prepared.image(), prepared.dpi(), deadline);
              phases.add(OcrPhases.Phase.SECOND_PASS, second);
              return completed;
            });
    // Unsure lines of a reading that will be kept, read again by a second model (decision 0013).
    Recognition recognition =
        horizontal && firstReading.isConfident()
            ? secondOpinion.review(
                firstReading, prepared.image(), prepared.dpi(), languages, deadline)
            : firstReading;
    long assemble = System.nanoTime();
    List<RecognisedWord> inReadingOrder =
        vertical ? recognition.words() : ReadingOrder.headingsFirst(recognition.words());
    UnaryOperator<String> fix = japanese ? YenAmounts::fix : UnaryOperator.identity();
    List<OcrWord> words =
        inReadingOrder.stream()
            .map(w -> new OcrWord(fix.apply(w.text()), w.confidence(), prepared.toUpright(w.box())))
            .toList();
    PageText page =
        new PageText(
            fix.apply(PageTextAssembler.text(inReadingOrder, vertical)),
            words,
            (float) recognition.meanConfidence(),
            upright.getWidth(),
            upright.getHeight(),
            dpi,
            rotation,
            skewDegrees == 0 ? 0 : -skewDegrees,
            languages);
    phases.add(OcrPhases.Phase.ASSEMBLE, assemble);
    // Tesseract reads some sideways pages well by itself, but its boxes then lie sideways.
    return new Attempt(page, recognition.isConfident() && (vertical || !linesRunDown));
  }

  private record Attempt(PageText page, boolean readsUpright) {}

  /** Where this engine's time went so far, by step of reading a page. */
  public OcrPhases phases() {
    return phases;
  }

  /** Handles opened so far for a language set, e.g. {@code jpn} or {@code osd}. */
  long openedHandles(String languages) {
    return handles.openedHandles(languages);
  }

  /** What the second opinion on unsure lines did so far. */
  public SecondOpinionCounts secondOpinionCounts() {
    return secondOpinion.counts();
  }

  private static List<String> languageList(String languages) {
    return Arrays.asList(languages.split("\\+"));
  }

  private static String verticalVariant(String languages) {
    return languageList(languages).stream()
        .map(l -> l.equals(HORIZONTAL_JAPANESE) ? VERTICAL_JAPANESE : l)
        .collect(Collectors.joining("+"));
  }

  /**
   * Reads one region of a page image again as a single line with another model (a field's second
   * opinion, e.g. Debian's {@code Japanese}): the words, boxes in the image's pixels; none when the
   * model is not installed in the tessdata folder or nothing was read.
   */
  public List<OcrWord> readLine(
      BufferedImage image, int dpi, Rectangle region, String model, Duration timeLeft) {
    return readLine(image, dpi, region, model, timeLeft, "");
  }

  /**
   * The same, the reading restricted to {@code characters} (a closed set's, e.g. 男女), or to any
   * character when empty.
   */
  public List<OcrWord> readLine(
      BufferedImage image,
      int dpi,
      Rectangle region,
      String model,
      Duration timeLeft,
      String characters) {
    if (!Files.isRegularFile(settings.tessdataDir().resolve(model + ".traineddata"))) {
      return List.of();
    }
    Rectangle inside = region.intersection(new Rectangle(image.getWidth(), image.getHeight()));
    if (inside.isEmpty()) {
      return List.of();
    }
    // a copy of the region alone: a sub-image shares its parent's pixel buffer
    BufferedImage crop = new BufferedImage(inside.width, inside.height, BufferedImage.TYPE_INT_RGB);
    crop.createGraphics()
        .drawImage(image.getSubimage(inside.x, inside.y, inside.width, inside.height), 0, 0, null);
    BufferedImage grey = Greyscale.of(crop);
    Rectangle whole = new Rectangle(grey.getWidth(), grey.getHeight());
    Recognition read =
        handles
            .withHandle(
                model,
                h ->
                    h.recogniseLines(
                        grey, dpi, List.of(whole), Deadline.after(timeLeft), characters))
            .get(0);
    return read.words().stream()
        .map(
            w -> {
              Rectangle box = new Rectangle(w.box());
              box.translate(inside.x, inside.y);
              return new OcrWord(w.text(), w.confidence(), box);
            })
        .toList();
  }

  /** Waits for pages being read, then ends every Tesseract handle; later reads fail. */
  @Override
  public void close() {
    closed = true;
    pages.acquireUninterruptibly(settings.maxConcurrentPages());
    handles.close();
    secondOpinion.close();
    // Callers that slipped past the check above get a permit, then the pool's refusal.
    pages.release(settings.maxConcurrentPages());
  }
}
