package jp.gyomu.ocr;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real Tesseract engine for a test class: opened before its first test, closed after its last.
 * Opening loads the traineddata (about a second per language), so the tests of a class share it.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final TesseractEngineExtension tesseract = TesseractEngineExtension.onePageAtATime();
 * ... tesseract.engine().read(image, 300, "jpn") ...
 * </pre>
 */
public final class TesseractEngineExtension implements BeforeAllCallback, AfterAllCallback {

  private final OcrSettings settings;
  private TessApiOcrEngine engine;

  private TesseractEngineExtension(OcrSettings settings) {
    this.settings = settings;
  }

  /** The shipped defaults, one page at a time: what most engine tests read with. */
  public static TesseractEngineExtension onePageAtATime() {
    return with(OcrSettings.defaults().withMaxConcurrentPages(1));
  }

  public static TesseractEngineExtension with(OcrSettings settings) {
    return new TesseractEngineExtension(settings);
  }

  /** The class's engine; open from before its first test to after its last. */
  public TessApiOcrEngine engine() {
    if (engine == null) {
      throw new IllegalStateException(
          "register the extension on a static field with @RegisterExtension");
    }
    return engine;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    engine = new TessApiOcrEngine(settings);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }
}
