package jp.gyomu.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import jp.gyomu.testdocs.CharacterErrorRate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TessApiOcrEngineTest {

  private static TessApiOcrEngine engine;

  @BeforeAll
  static void openEngine() {
    engine = new TessApiOcrEngine(OcrSettings.defaults().withMaxConcurrentPages(2));
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void readsEurotextWithFewErrors() {
    PageText page = read("tess4j/eurotext.png", 300, "eng");
    assertThat(cer(page, "tess4j/eurotext.png")).isLessThan(1.0);
  }

  private static PageText read(String path, int dpi, String languages) {
    BufferedImage image = RealPages.image(path);
    engine.read(image, dpi, languages);
    long start = System.nanoTime();
    PageText page = engine.read(image, dpi, languages);
    System.out.printf(
        "MEASURE %s %s %d ms rot=%d skew=%.2f lang=%s cer=%.4f%n%s%n",
        path,
        languages,
        (System.nanoTime() - start) / 1_000_000,
        page.rotationDegrees(),
        page.skewDegrees(),
        page.languages(),
        cer(page, path),
        page.text());
    return page;
  }

  private static double cer(PageText page, String path) {
    return CharacterErrorRate.of(page.text(), RealPages.groundTruth(path));
  }
}
