package jp.gyomu.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.time.Duration;
import jp.gyomu.testdocs.DensePages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The page deadline against the real Tesseract: its monitor stops a slow recognition, and the
 * engine stays usable afterwards.
 */
class TessApiOcrEngineDeadlineTest {

  // 6000 x 6000 pixels (36 megapixels) of random words: unbounded, the engine read it in 52 s here
  // (about 4,100 words, jpn, one page at a time, 2 shared cores).
  private static final BufferedImage SLOW_PAGE = DensePages.page(6000, 16);
  private static final Duration DEADLINE = Duration.ofSeconds(1);
  // The deadline plus preparing the page and Tesseract's layout analysis, which no monitor stops:
  // 3.4 s here. Far below the unbounded 52 s, so only a working monitor passes.
  private static final Duration GENEROUS_BOUND = Duration.ofSeconds(20);

  @RegisterExtension
  static final TesseractEngineExtension tesseract =
      TesseractEngineExtension.with(
          OcrSettings.defaults().withMaxConcurrentPages(1).withPageDeadline(DEADLINE));

  @Test
  void aSlowPageIsStoppedAtItsDeadlineInsteadOfReadToTheEnd() {
    long start = System.nanoTime();
    OcrDeadlineException stopped =
        catchThrowableOfType(
            OcrDeadlineException.class, () -> tesseract.engine().read(SLOW_PAGE, 300, "jpn"));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf(
        "36 MP dense page with a 1 s deadline: stopped after %d ms%n", took.toMillis());

    assertThat(stopped).as("the page was read to the end in %s", took).isNotNull();
    assertThat(stopped.limit()).isEqualTo(DEADLINE);
    assertThat(stopped.elapsed()).isGreaterThanOrEqualTo(DEADLINE);
    assertThat(took).isLessThan(GENEROUS_BOUND);
  }

  @Test
  void theShorterOfTheDocumentsTimeLeftAndThePageDeadlineApplies() {
    Duration documentLeft = Duration.ofMillis(300);

    OcrDeadlineException stopped =
        catchThrowableOfType(
            OcrDeadlineException.class,
            () -> tesseract.engine().read(SLOW_PAGE, 300, "jpn", documentLeft));

    assertThat(stopped).isNotNull();
    assertThat(stopped.limit()).isEqualTo(documentLeft);
  }

  @Test
  void aNormalPageIsStillReadWithinTheDeadlineAfterAStoppedOne() {
    catchThrowableOfType(
        OcrDeadlineException.class, () -> tesseract.engine().read(SLOW_PAGE, 300, "jpn"));

    PageText page =
        tesseract.engine().read(RealPages.image("tesseract-test/phototest.tif"), 300, "eng");

    assertThat(page.text()).contains("This is a lot of 12 point text");
  }
}
