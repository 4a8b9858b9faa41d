package jp.gyomu.ocr;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI.ETEXT_DESC;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/**
 * One initialised Tesseract instance for fixed languages. Not thread-safe: one caller at a time,
 * which {@link TesseractHandlePool} guarantees.
 */
final class TesseractHandle implements AutoCloseable {

  private static final int TRUE = 1;
  private static final int RIL_WORD = TessPageIteratorLevel.RIL_WORD;
  private static final Path DEV_NULL = Path.of("/dev/null");
  private static final String INVERT_UNSURE_LINES = "tessedit_do_invert";
  private static final String WHITELIST = "tessedit_char_whitelist";

  private final TessAPI api;
  private final TessBaseAPI handle;
  private final String languages;
  // The image Tesseract holds now, so that regions of the page just read need no second copy.
  private BufferedImage imageSet;
  private int dpiSet;
  private boolean closed;

  private TesseractHandle(TessAPI api, TessBaseAPI handle, String languages) {
    this.api = api;
    this.handle = handle;
    this.languages = languages;
  }

  static TesseractHandle open(TessAPI api, Path tessdataDir, String languages) {
    TessBaseAPI handle = api.TessBaseAPICreate();
    if (api.TessBaseAPIInit2(
            handle, tessdataDir.toString(), languages, TessOcrEngineMode.OEM_DEFAULT)
        != 0) {
      api.TessBaseAPIDelete(handle);
      throw new IllegalStateException(
          "Tesseract cannot load languages '" + languages + "' from " + tessdataDir);
    }
    // The API defaults to one uniform block; full page layout analysis is what documents need.
    api.TessBaseAPISetPageSegMode(
        handle,
        languages.equals(OrientationDetector.OSD)
            ? TessPageSegMode.PSM_OSD_ONLY
            : TessPageSegMode.PSM_AUTO);
    if (Files.exists(DEV_NULL)) {
      // Tesseract's chatter ("Detected N diacritics") would otherwise go to stderr per page.
      api.TessBaseAPISetVariable(handle, "debug_file", DEV_NULL.toString());
    }
    // Tesseract 5 reads each line whose mean confidence is below 0.7 a second time, inverted, in
    // case it is light text on a dark ground: on whole scanned pages that is mostly noise and the
    // first reading of turned pages, read twice for nothing (decision 0018).
    api.TessBaseAPISetVariable(handle, INVERT_UNSURE_LINES, "0");
    return new TesseractHandle(api, handle, languages);
  }

  String languages() {
    return languages;
  }

  /**
   * Words in reading order with confidences and boxes in pixels of {@code grey}. The image stays
   * set until {@link #clear()}, for {@link #recogniseRegions} of the same page.
   *
   * @throws OcrDeadlineException if the deadline passed (Tesseract stops at its next word)
   */
  Recognition recognise(BufferedImage grey, int dpi, Deadline deadline) {
    deadline.check();
    setImage(grey, dpi);
    if (recognize(deadline) != 0) {
      throw new IllegalStateException("Tesseract failed to recognise the page");
    }
    return words();
  }

  /** Frees the image and results Tesseract holds (not its models): between two callers. */
  void clear() {
    if (!closed) {
      api.TessBaseAPIClear(handle);
    }
    imageSet = null;
  }

  /**
   * Reads each region of the image on its own, as one block of text, with no layout analysis.
   *
   * @param regions in pixels of {@code grey}
   * @return per region, its words with boxes in pixels of {@code grey}
   */
  List<Recognition> recogniseRegions(
      BufferedImage grey, int dpi, List<Rectangle> regions, Deadline deadline) {
    return recogniseEach(grey, dpi, regions, TessPageSegMode.PSM_SINGLE_BLOCK, true, deadline);
  }

  /**
   * Reads each region of the image on its own as one line of text, as dark text on light paper:
   * these are lines already found unsure (fields' crops, the second opinion's lines), and trying
   * each inverted too would double their cost for no value on the tuning forms (decision 0036).
   *
   * @param regions in pixels of {@code grey}
   * @return per region, its words with boxes in pixels of {@code grey}
   */
  List<Recognition> recogniseLines(
      BufferedImage grey, int dpi, List<Rectangle> regions, Deadline deadline) {
    return recogniseLines(grey, dpi, regions, deadline, "");
  }

  /**
   * @param characters the only characters the reading may hold ({@code tessedit_char_whitelist},
   *     which the LSTM models of Tesseract 5 honour), or empty for any
   */
  List<Recognition> recogniseLines(
      BufferedImage grey, int dpi, List<Rectangle> regions, Deadline deadline, String characters) {
    if (characters.isEmpty()) {
      return recogniseEach(grey, dpi, regions, TessPageSegMode.PSM_SINGLE_LINE, false, deadline);
    }
    api.TessBaseAPISetVariable(handle, WHITELIST, characters);
    try {
      return recogniseEach(grey, dpi, regions, TessPageSegMode.PSM_SINGLE_LINE, false, deadline);
    } finally {
      api.TessBaseAPISetVariable(handle, WHITELIST, "");
    }
  }

  private List<Recognition> recogniseEach(
      BufferedImage grey,
      int dpi,
      List<Rectangle> regions,
      int segmentation,
      boolean tryInverted,
      Deadline deadline) {
    List<Recognition> read = new ArrayList<>();
    if (regions.isEmpty()) {
      return read;
    }
    deadline.check();
    setImage(grey, dpi);
    api.TessBaseAPISetPageSegMode(handle, segmentation);
    // Small regions (table cells the layout dropped) do gain from the inverted reading (0018).
    api.TessBaseAPISetVariable(handle, INVERT_UNSURE_LINES, tryInverted ? "1" : "0");
    try {
      for (Rectangle r : regions) {
        api.TessBaseAPISetRectangle(handle, r.x, r.y, r.width, r.height);
        if (recognize(deadline) != 0) {
          read.add(new Recognition(List.of()));
          continue;
        }
        read.add(words());
      }
      return read;
    } finally {
      api.TessBaseAPISetVariable(handle, INVERT_UNSURE_LINES, "0");
      api.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_AUTO);
    }
  }

  /**
   * Tesseract's orientation detection; needs a handle opened with {@code osd}.
   *
   * @return the detected orientation, or {@link DetectedOrientation#UNKNOWN} when the page has too
   *     little text to tell
   */
  DetectedOrientation detectOrientation(BufferedImage grey, int dpi) {
    setImage(grey, dpi);
    try {
      IntBuffer degrees = IntBuffer.allocate(1);
      FloatBuffer confidence = FloatBuffer.allocate(1);
      FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
      PointerByReference script = new PointerByReference();
      if (api.TessBaseAPIDetectOrientationScript(
              handle, degrees, confidence, script, scriptConfidence)
          != TRUE) {
        return DetectedOrientation.UNKNOWN;
      }
      Pointer name = script.getValue();
      return new DetectedOrientation(
          degrees.get(0), confidence.get(0), name == null ? "" : name.getString(0));
    } finally {
      clear();
    }
  }

  /**
   * Tesseract's recognition under a monitor that carries the deadline: Tesseract checks it before
   * each word and gives up (returning -1) once it has passed.
   *
   * @throws OcrDeadlineException if the deadline passed before or while Tesseract ran
   */
  private int recognize(Deadline deadline) {
    ETEXT_DESC monitor = api.TessMonitorCreate();
    // Tess4J's Java copy of the monitor does not match Tesseract 5's layout (which has more
    // fields): it must never be written back over the native one, which would clear the deadline.
    monitor.setAutoSynch(false);
    try {
      api.TessMonitorSetDeadlineMSecs(monitor, deadline.remainingMillis());
      int result = api.TessBaseAPIRecognize(handle, monitor);
      deadline.check();
      return result;
    } finally {
      api.TessMonitorDelete(monitor);
    }
  }

  private void setImage(BufferedImage grey, int dpi) {
    if (closed) {
      throw new IllegalStateException("Tesseract handle is closed");
    }
    if (grey == imageSet && dpi == dpiSet) {
      // the page just read: a rectangle set on it is read without copying it again
      return;
    }
    byte[] pixels = Greyscale.pixels(grey);
    ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
    buffer.put(pixels).flip();
    api.TessBaseAPISetImage(handle, buffer, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
    api.TessBaseAPISetSourceResolution(handle, dpi);
    imageSet = grey;
    dpiSet = dpi;
  }

  private Recognition words() {
    List<RecognisedWord> words = new ArrayList<>();
    TessResultIterator results = api.TessBaseAPIGetIterator(handle);
    if (results == null) {
      return new Recognition(words);
    }
    try {
      TessPageIterator page = api.TessResultIteratorGetPageIterator(results);
      api.TessPageIteratorBegin(page);
      IntBuffer left = IntBuffer.allocate(1);
      IntBuffer top = IntBuffer.allocate(1);
      IntBuffer right = IntBuffer.allocate(1);
      IntBuffer bottom = IntBuffer.allocate(1);
      int block = -1;
      int line = -1;
      do {
        if (api.TessPageIteratorIsAtBeginningOf(page, TessPageIteratorLevel.RIL_BLOCK) == TRUE) {
          block++;
        }
        if (api.TessPageIteratorIsAtBeginningOf(page, TessPageIteratorLevel.RIL_TEXTLINE) == TRUE) {
          line++;
        }
        String text = text(api.TessResultIteratorGetUTF8Text(results, RIL_WORD));
        if (text.isBlank()
            || api.TessPageIteratorBoundingBox(page, RIL_WORD, left, top, right, bottom) != TRUE) {
          continue;
        }
        Rectangle box =
            new Rectangle(
                left.get(0), top.get(0), right.get(0) - left.get(0), bottom.get(0) - top.get(0));
        float confidence = api.TessResultIteratorConfidence(results, RIL_WORD);
        words.add(
            new RecognisedWord(
                text.strip(), confidence, box, Math.max(0, block), Math.max(0, line)));
      } while (api.TessPageIteratorNext(page, RIL_WORD) == TRUE);
    } finally {
      api.TessResultIteratorDelete(results);
    }
    return new Recognition(words);
  }

  private String text(Pointer utf8) {
    if (utf8 == null) {
      return "";
    }
    try {
      return utf8.getString(0, StandardCharsets.UTF_8.name());
    } finally {
      api.TessDeleteText(utf8);
    }
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      api.TessBaseAPIEnd(handle);
      api.TessBaseAPIDelete(handle);
    }
  }
}
