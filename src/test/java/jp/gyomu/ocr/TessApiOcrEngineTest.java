package jp.gyomu.ocr;

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
    measure("tess4j/eurotext.png", 300, "eng");
  }

  @Test
  void readsEurotextTurnedSideways() {
    measure("tess4j/eurotext90.png", 300, "eng");
  }

  @Test
  void readsEurotextSkewed() {
    measure("tess4j/eurotext_deskew.png", 300, "eng");
  }

  @Test
  void readsPhototest() {
    measure("tesseract-test/phototest.tif", 300, "eng");
  }

  @Test
  void readsPhototestTurnedLeft() {
    measure("tesseract-test/phototest-rotated-L.png", 300, "eng");
  }

  @Test
  void readsPhototestTurnedRight() {
    measure("tesseract-test/phototest-rotated-R.png", 300, "eng");
  }

  @Test
  void readsPhototestUpsideDown() {
    measure("tesseract-test/phototest-rotated-180.png", 300, "eng");
  }

  @Test
  void readsVerticalJapanese() {
    measure("pdfminer.six/jo-300dpi.png", 300, "jpn");
  }

  @Test
  void readsJapaneseForm() {
    measure("form", JapaneseFormPage.render(), JapaneseFormPage.groundTruth());
  }

  @Test
  void readsJapaneseFormFedAskew() {
    measure(
        "form2",
        JapaneseFormPage.askew(JapaneseFormPage.render(), 2),
        JapaneseFormPage.groundTruth());
  }

  @Test
  void readsJapaneseFormSideways() {
    measure(
        "form90",
        QuarterTurns.clockwise(JapaneseFormPage.render(), 90),
        JapaneseFormPage.groundTruth());
  }

  private static PageText measure(String path, int dpi, String languages) {
    BufferedImage image = RealPages.image(path);
    return measure(path, image, RealPages.groundTruth(path), dpi, languages);
  }

  private static PageText measure(String name, BufferedImage image, String truth) {
    return measure(name, image, truth, 300, "jpn");
  }

  private static PageText measure(
      String name, BufferedImage image, String truth, int dpi, String languages) {
    engine.read(image, dpi, languages);
    long start = System.nanoTime();
    PageText page = engine.read(image, dpi, languages);
    System.out.printf(
        "MEASURE %s %s %d ms rot=%d skew=%.2f lang=%s conf=%.1f cer=%.4f%n%s%n",
        name,
        languages,
        (System.nanoTime() - start) / 1_000_000,
        page.rotationDegrees(),
        page.skewDegrees(),
        page.languages(),
        page.meanConfidence(),
        CharacterErrorRate.of(page.text(), truth),
        page.text());
    return page;
  }
}
